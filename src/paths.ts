// Where the app's own files are, the same whether it runs from the sources (this file is
// src/paths.ts, through tsx) or from the build (one bundle, dist/thidua.js, where every
// module's import.meta.url is the bundle's): both sit one folder below the package root.
// Migrations, static files and seed data are read from src/ in both cases.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package's root folder (where package.json is). */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A path inside the package, e.g. `fromRoot("src", "db", "migrations")`. */
export const fromRoot = (...parts: string[]): string => path.join(ROOT, ...parts);
