// The repository stands alone: a clone with nothing beside it installs, starts and passes
// its tests. Nothing in it reads, or points readers to, a folder outside it; sources are
// cited by their own names.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/processes";

const TEXT = /\.(ts|tsx|js|mjs|json|md|sh|sql|yml|yaml)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name.startsWith(".git") || name === "data") return [];
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : TEXT.test(name) || name === "run" ? [file] : [];
  });
}

describe("the repository", () => {
  it("refers to nothing outside itself", () => {
    const outside = /\.\.\/shared\b|\bshared\/(data|seed|legal)\b|\b(STACK|DESIGN)\.md\b/;
    const found = files(ROOT)
      .filter((f) => !f.endsWith("repository.test.ts"))
      .flatMap((f) => readFileSync(f, "utf8").split("\n").flatMap((line, i) => (outside.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });
});
