// Routes parse, call one use case and render: they neither query the database nor decide
// permissions. This reads the route files themselves, so a shortcut is caught in review.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FEATURES = path.resolve(__dirname, "../../src/features");
const routeFiles = readdirSync(FEATURES).flatMap((area) =>
  ["routes.tsx", "api.ts"].map((f) => path.join(FEATURES, area, f)).filter((f) => {
    try {
      return readFileSync(f, "utf8").length > 0;
    } catch {
      return false;
    }
  }),
);

describe("thin routes", () => {
  it("finds the route files of every area", () => {
    expect(routeFiles.length).toBeGreaterThan(15);
  });

  it.each(routeFiles.map((f) => [path.relative(FEATURES, f), f]))("%s does not touch the database", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const imports = [...text.matchAll(/^import (?!type )[^;]*?from "([^"]+)";/gms)].map((m) => m[1]!);
    expect(imports.filter((i) => i === "drizzle-orm" || /(^|\/)db\//.test(i))).toEqual([]);
    expect(text).not.toMatch(/\.select\(|\.insert\(|\.update\(|\.delete\(|\.execute\(/);
  });

  it.each(routeFiles.filter((f) => f.endsWith(".tsx")).map((f) => [path.relative(FEATURES, f), f]))("%s leaves its pages to the pages files", (_name, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/<Layout\b/);
    expect(text.match(/^(export )?function [A-Z]\w*\(/gm) ?? []).toEqual([]);
  });

  it.each(routeFiles.map((f) => [path.relative(FEATURES, f), f]))("%s asks the policies, not the roles", (_name, file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(/actor\)?\.(can|scopes)\(|\.scopes\("/);
  });
});

describe("one rule per resource", () => {
  const useCases = readdirSync(FEATURES).flatMap((area) =>
    readdirSync(path.join(FEATURES, area))
      .filter((f) => /\.tsx?$/.test(f) && !/(^policy|\.test)\.tsx?$/.test(f) && f !== "policy.ts")
      .map((f) => path.join(FEATURES, area, f)),
  );
  it.each(useCases.map((f) => [path.relative(FEATURES, f), f]))("%s asks its area's policy rather than the role table", (_name, file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(/actor\)?\.(can|scopes)\(/);
  });
});
