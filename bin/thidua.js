#!/usr/bin/env node
// Runs the build (dist/thidua.js, made by `npm install` or `npm run build`; see
// scripts/build.ts) when it is up to date with the sources. When it is missing, or a
// source file it was made from is newer or gone, runs the TypeScript sources through tsx
// instead, and says so on one line.
import { readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);

/** The same check as buildIsCurrent() in scripts/build.ts. */
function buildIsCurrent() {
  try {
    const manifest = JSON.parse(readFileSync(new URL("dist/build.json", root), "utf8"));
    statSync(new URL("dist/thidua.js", root));
    return manifest.inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= manifest.builtAt);
  } catch {
    return false;
  }
}

if (buildIsCurrent()) {
  await import("../dist/thidua.js");
} else {
  if (process.env.LOG_LEVEL !== "silent") {
    console.error(
      "(Bản dựng dist/ thiếu hoặc cũ hơn mã nguồn: chạy mã nguồn qua tsx, khởi động chậm hơn; cập nhật bằng npm run build. " +
        "/ The build in dist/ is missing or older than the sources: running them through tsx, which starts slower; npm run build updates it.)",
    );
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli.ts");
}
