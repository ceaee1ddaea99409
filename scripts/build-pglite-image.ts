// Run after `npm install`: builds an image of a new embedded database for the installed
// PGlite version with the app's migrations applied, so that the first start copies it
// instead of creating a database cluster from scratch (3–5 s) and migrating it (about 2 s
// of CPU). Beside it, the list of migrations it holds: src/db/client.ts uses the image only
// when they are all among the sources' own, and applies any newer ones at start as usual.
// Without the image the app still starts.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { migrationHashes, openDatabase, pgliteImageInfoPath, pgliteImagePath } from "../src/db/client";

const file = pgliteImagePath();
const cluster = await PGlite.create({ extensions: { pg_trgm } });
const empty = await cluster.dumpDataDir("none");
await cluster.close();
const database = await openDatabase({ dataDir: "", pgliteImage: empty });
await database.migrate();
const image = await database.image!();
await database.close();

mkdirSync(path.dirname(file), { recursive: true });
const writeWhole = (target: string, contents: Uint8Array | string) => {
  writeFileSync(`${target}.tmp`, contents);
  renameSync(`${target}.tmp`, target);
};
// The list first, then the image, each written whole.
writeWhole(pgliteImageInfoPath(file), `${JSON.stringify({ migrations: migrationHashes() })}\n`);
writeWhole(file, gzipSync(new Uint8Array(await image.arrayBuffer())));
console.log(`PGlite image for the first start: ${path.relative(process.cwd(), file)}`);
