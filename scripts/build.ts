// The build: the TypeScript sources bundled into one JavaScript file, dist/thidua.js, with
// esbuild (the compiler tsx itself runs on, installed with it). `npm install` runs it
// once, `npm run build` again after changing the sources; `npm start` and `npx thidua`
// run it (bin/thidua.js), and fall back to the sources through tsx when it is missing or
// older than them. Type checking stays with `tsc --noEmit` (npm test).
//
// Packages stay outside the bundle (Node loads them from node_modules), and the app's own
// files (migrations, static files, seed data) are read from src/ at run time: the bundle
// must sit one folder below the package root, as src/paths.ts expects.
//
//   node --import tsx scripts/build.ts [OUT_DIR]      (default: dist)
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_OUT_DIR = path.join(ROOT, "dist");
const ENTRY = "src/cli.ts";
const MANIFEST = "build.json";

/** dist/build.json: when the build started, and the source files it was made from (relative to the root). */
export interface BuildManifest {
  builtAt: number;
  inputs: string[];
}

export interface BuildResult {
  outFile: string;
  bytes: number;
  inputs: string[];
  /** Packages that load when the app starts (imported statically from the entry, directly or not). */
  packagesAtStart: string[];
  /** Packages that load only when first needed (only ever reached through `import()`). */
  packagesOnDemand: string[];
}

const BUILTINS = new Set(builtinModules);
const packageName = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
const isBuiltin = (specifier: string) => specifier.startsWith("node:") || BUILTINS.has(packageName(specifier));

/**
 * The packages the entry reaches through static imports only (what Node loads before the
 * app can answer), and those reached only through dynamic `import()` somewhere.
 */
export function packagesByLoadTime(metafile: esbuild.Metafile, entry = ENTRY): { atStart: string[]; onDemand: string[] } {
  const atStart = new Set<string>();
  const all = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imp of input.imports) if (imp.external && !isBuiltin(imp.path)) all.add(packageName(imp.path));
  }
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imp of metafile.inputs[file]?.imports ?? []) {
      if (imp.kind === "dynamic-import") continue;
      if (imp.external) {
        if (!isBuiltin(imp.path)) atStart.add(packageName(imp.path));
      } else queue.push(imp.path);
    }
  }
  return { atStart: [...atStart].sort(), onDemand: [...all].filter((p) => !atStart.has(p)).sort() };
}

/** How every bundle is made: the sources in, the packages left to node_modules. */
function options(entry: string, outFile: string): esbuild.BuildOptions & { metafile: true } {
  return {
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    keepNames: true, // class and function names as in the sources (errors, logs)
    sourcemap: "linked", // for `node --enable-source-maps bin/thidua.js …`
    metafile: true,
    logLevel: "warning",
  };
}

/**
 * Another entry point bundled the same way, e.g. the benchmark's server process. OUT_FILE
 * must sit one folder below the root (in dist/), like the app's bundle.
 */
export async function bundle(entry: string, outFile: string): Promise<esbuild.Metafile> {
  return (await esbuild.build(options(entry, outFile))).metafile;
}

/** Bundles the app into OUT_DIR/thidua.js (with a source map and the manifest), each file written whole then renamed. */
export async function build(outDir = DEFAULT_OUT_DIR): Promise<BuildResult> {
  const builtAt = Date.now(); // before any source is read: a file saved during the build counts as newer
  const outFile = path.join(outDir, "thidua.js");
  const result = await esbuild.build({ ...options(ENTRY, outFile), write: false });
  mkdirSync(outDir, { recursive: true });
  const writeWhole = (file: string, contents: Uint8Array | string) => {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, contents);
    renameSync(temp, file);
  };
  // The map before the code, the manifest last: a process starting meanwhile runs the old build or the new one.
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith(".js")) - Number(b.path.endsWith(".js")));
  for (const file of outputs) writeWhole(file.path, file.contents);
  const inputs = Object.keys(result.metafile.inputs).sort();
  writeWhole(path.join(outDir, MANIFEST), `${JSON.stringify({ builtAt, inputs } satisfies BuildManifest, null, 1)}\n`);
  const { atStart, onDemand } = packagesByLoadTime(result.metafile);
  return { outFile, bytes: statSync(outFile).size, inputs, packagesAtStart: atStart, packagesOnDemand: onDemand };
}

/**
 * Whether OUT_DIR holds a build of the current sources: every source file it was made from
 * still exists and is not newer than the build. bin/thidua.js makes the same check.
 */
export function buildIsCurrent(outDir = DEFAULT_OUT_DIR): boolean {
  try {
    const manifest = JSON.parse(readFileSync(path.join(outDir, MANIFEST), "utf8")) as BuildManifest;
    statSync(path.join(outDir, "thidua.js"));
    return manifest.inputs.every((file) => statSync(path.join(ROOT, file)).mtimeMs <= manifest.builtAt);
  } catch {
    return false;
  }
}

/** Builds unless OUT_DIR already holds a build of the current sources. */
export async function ensureBuild(outDir = DEFAULT_OUT_DIR): Promise<void> {
  if (!buildIsCurrent(outDir)) await build(outDir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const outDir = path.resolve(process.argv[2] ?? DEFAULT_OUT_DIR);
  const built = await build(outDir);
  console.log(
    `Build: ${path.relative(process.cwd(), built.outFile)} (${Math.round(built.bytes / 1024)} kB, ${built.inputs.length} source files, ` +
      `${Math.round(performance.now() - started)} ms); loaded when first needed: ${built.packagesOnDemand.join(", ")}`,
  );
}
