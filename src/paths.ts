// Where the app's own files are, the same whether it runs from the sources (this file is
// src/paths.ts, through tsx) or from the build (dist/thidua.js and its chunks, where every
// module's import.meta.url is the bundle file's): the package root is the nearest folder
// above that holds package.json. Migrations, static files and seed data are read from src/
// in both cases.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** The package's root folder (where package.json is). */
export const ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. `fromRoot("src", "db", "migrations")`. */
export const fromRoot = (...parts: string[]): string => path.join(ROOT, ...parts);
