// A bare PGlite process for the memory baseline: plain Node (no tsx, no app code)
// opens PGlite on the data folder it is given and waits. It loads the extensions that
// the database has installed (pg_trgm, …), as the app must, and no more.
import { PGlite } from "@electric-sql/pglite";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node bench/bare-pglite.mjs PGDATA_FOLDER");

const probe = await PGlite.create(dir);
const installed = (await probe.query("select extname from pg_extension where extname <> 'plpgsql'")).rows.map((r) => r.extname);
await probe.close();
const extensions = {};
for (const name of installed) {
  const mod = await import(`@electric-sql/pglite/contrib/${name}`);
  extensions[name] = mod[name];
}

const db = await PGlite.create(dir, { extensions });
await db.query("select count(*) from units");
process.once("SIGTERM", async () => {
  await db.close();
  process.exit(0);
});
console.log(`BARE_READY ${installed.join(",")}`);
setInterval(() => {}, 1 << 30);
