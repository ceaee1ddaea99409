// The build: the TypeScript sources and the small pure-JavaScript libraries they load at
// start (Hono, Drizzle, zod, csv-parse, diff) bundled into dist/thidua.js with esbuild (the
// compiler tsx itself runs on, installed with it), so that Node reads one file instead of
// some hundreds at every start. `npm install` runs it once, `npm run build` again after
// changing the sources; `npm start` and `npx thidua` run it (bin/thidua.js), and fall back
// to the sources through tsx when it is missing or older than them. Type checking stays
// with `tsc --noEmit` (npm test).
//
// Left to node_modules (EXTERNAL): PGlite (it finds its .wasm and data files beside its own
// modules), native and heavy libraries, and everything loaded only when first needed. Code
// reached only through `import()` goes to chunks beside the bundle, loaded when first
// needed. The app's own files (migrations, static files, seed data) are read from src/ at
// run time (src/paths.ts).
//
//   node --import tsx scripts/build.ts [OUT_DIR]      (default: dist)
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_OUT_DIR = path.join(ROOT, "dist");
const ENTRY = "src/cli.ts";
const MANIFEST = "build.json";
/** Besides the sources, a build is stale once the installed packages change. */
const LOCKFILE = "package-lock.json";

const EXTERNAL = [
  "@electric-sql/pglite",
  "@electric-sql/pglite/*",
  "pg",
  "@node-rs/argon2",
  "sharp",
  "pdfmake",
  "pdfmake/*",
  "docx",
  "exceljs",
  "nodemailer",
];

/** dist/build.json: when the build started, the files it was made from and the files it wrote (relative). */
export interface BuildManifest {
  builtAt: number;
  inputs: string[];
  outputs: string[];
}

export interface BuildResult {
  outFile: string;
  bytes: number;
  /** The source files (and the lockfile) the build was made from. */
  inputs: string[];
  /** Packages that load when the app starts (imported statically from the entry, directly or not). */
  packagesAtStart: string[];
  /** Packages that load only when first needed (only ever reached through `import()`). */
  packagesOnDemand: string[];
}

const BUILTINS = new Set(builtinModules);
const packageName = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
const isBuiltin = (specifier: string) => specifier.startsWith("node:") || BUILTINS.has(packageName(specifier));
/** The package a bundled file belongs to ("node_modules/hono/dist/index.js" → "hono"), or null for the app's own. */
const packageOf = (input: string) => {
  const at = input.lastIndexOf("node_modules/");
  return at < 0 ? null : packageName(input.slice(at + "node_modules/".length));
};

/**
 * The packages the entry reaches through static imports only (what Node loads before the
 * app can answer, bundled or not), and those reached only through dynamic `import()`.
 */
export function packagesByLoadTime(metafile: esbuild.Metafile, entry = ENTRY): { atStart: string[]; onDemand: string[] } {
  const atStart = new Set<string>();
  const all = new Set<string>();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    const own = packageOf(file);
    if (own) all.add(own);
    for (const imp of input.imports) if (imp.external && !isBuiltin(imp.path)) all.add(packageName(imp.path));
  }
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const own = packageOf(file);
    if (own) atStart.add(own);
    for (const imp of metafile.inputs[file]?.imports ?? []) {
      if (imp.kind === "dynamic-import") continue;
      if (imp.external) {
        if (!isBuiltin(imp.path)) atStart.add(packageName(imp.path));
      } else queue.push(imp.path);
    }
  }
  return { atStart: [...atStart].sort(), onDemand: [...all].filter((p) => !atStart.has(p)).sort() };
}

/** How every bundle is made. */
function options(entries: Record<string, string>, outDir: string): esbuild.BuildOptions & { metafile: true } {
  return {
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    splitting: true,
    external: EXTERNAL,
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
 * Another entry point bundled the same way into its own folder, e.g. the benchmark's server
 * process (`bundle("bench/server-child.ts", "dist/bench")` writes dist/bench/server-child.js).
 * Returns the path of the entry's file.
 */
export async function bundle(entry: string, outDir: string): Promise<string> {
  const name = path.basename(entry).replace(/\.tsx?$/, "");
  await esbuild.build(options({ [name]: entry }, outDir));
  return path.join(outDir, `${name}.js`);
}

/**
 * Bundles the app into OUT_DIR (thidua.js, its chunks, source maps and the manifest), each
 * file written whole then renamed, the entry and the manifest last: a process starting
 * meanwhile runs the old build or the new one. Files of builds before the previous one are
 * removed (a server still running the previous build may yet load its chunks).
 */
export async function build(outDir = DEFAULT_OUT_DIR): Promise<BuildResult> {
  const builtAt = Date.now(); // before any source is read: a file saved during the build counts as newer
  const outFile = path.join(outDir, "thidua.js");
  const result = await esbuild.build({ ...options({ thidua: ENTRY }, outDir), write: false });
  mkdirSync(outDir, { recursive: true });
  const writeWhole = (file: string, contents: Uint8Array | string) => {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, contents);
    renameSync(temp, file);
  };
  const last = (file: string) => (file === outFile ? 2 : file === `${outFile}.map` ? 1 : 0);
  const outputs = [...result.outputFiles].sort((a, b) => last(a.path) - last(b.path));
  for (const file of outputs) writeWhole(file.path, file.contents);
  const manifestFile = path.join(outDir, MANIFEST);
  const previous = readManifest(manifestFile);
  const inputs = [...Object.keys(result.metafile.inputs).filter((file) => packageOf(file) === null), ...(existsSync(path.join(ROOT, LOCKFILE)) ? [LOCKFILE] : [])].sort();
  const written = outputs.map((file) => path.relative(outDir, file.path));
  writeWhole(manifestFile, `${JSON.stringify({ builtAt, inputs, outputs: written } satisfies BuildManifest, null, 1)}\n`);
  const keep = new Set([MANIFEST, ...written, ...(previous?.outputs ?? [])]);
  for (const name of readdirSync(outDir)) {
    if (/\.js(\.map)?$/.test(name) && !keep.has(name)) rmSync(path.join(outDir, name), { force: true });
  }
  const { atStart, onDemand } = packagesByLoadTime(result.metafile);
  return { outFile, bytes: statSync(outFile).size, inputs, packagesAtStart: atStart, packagesOnDemand: onDemand };
}

function readManifest(file: string): BuildManifest | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as BuildManifest;
  } catch {
    return undefined;
  }
}

/**
 * Whether OUT_DIR holds a build of the current sources: every file it was made from still
 * exists and is not newer than the build. bin/thidua.js makes the same check.
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
    `Build: ${path.relative(process.cwd(), built.outFile)} (${Math.round(built.bytes / 1024)} kB, ${built.inputs.filter((f) => f.startsWith("src/")).length} source files, ` +
      `${Math.round(performance.now() - started)} ms); loaded when first needed: ${built.packagesOnDemand.join(", ")}`,
  );
}
