// People search on the national dataset, for three scopes: the system actor ("/"), an
// administrator of Hà Nội (~38,000 people) and of Phường Ba Đình (300), over the bench's
// queries (bench/registry.ts, SEARCHES) and 8 full names of generated people. Not part of
// `npm run bench`; the record of what was tried before the word index.
//
//   DATABASE_URL=postgres://… npm run generate            # once: ~1,000,000 people
//   DATABASE_URL=postgres://… node --import tsx bench/search-prototypes.ts [--explain "query"]
//
// What was tried (2 cores, 996,300 people, PostgreSQL 15):
//   - trigram GIN on people.search_text, exact counts: p95 > 300 ms; every match of a common
//     name ("nguyen", 315,000) is visited to count and order them.
//   - trigram, at most 50,001 matches gathered (MATERIALIZED), sorted among themselves; a walk
//     of people_sort_idx above that: p95 85 ms — names with 30,000–50,000 matches stay slow.
//   - the word index (migration 0004): person_words holds one row per distinct word of each
//     name, with the sort key, so a word's matches come out of the btree already in
//     Vietnamese order and a page costs a page. Findings on the way:
//       * the other words of a query checked by probing the index per candidate (EXISTS on
//         (word, sort_key, person_id)) cost ~2 µs a probe: 60 ms for "nguyen duc thang";
//         checked on a copy of search_text INCLUDEd in the index entry: 4 ms.
//       * the count is what costs: counting 50,000 entries of an index-only scan is 10–20 ms,
//         so searches count to 1,000 ("hơn 1.000 người"); the whole list still counts to 50,000.
//       * an unfinished word ("hoa": hoa, hoai, hoan, hoang) is a UNION ALL of one ordered scan
//         per word; PostgreSQL 15 does not merge such branches (Merge Append), it sorts them
//         all, so each branch is LIMITed first and the few thousand rows left are sorted.
//       * expanding the words in the same statement (recursive CTE + LATERAL) makes the plan's
//         estimated cost exceed jit_above_cost on a large table: 10–25 ms of JIT compilation
//         per search. There the words are looked up first, in their own statement; on a small
//         table (a ward on PGlite) in the same one, a round trip less.
//       * index-only scans need the visibility map: the generator VACUUMs person_words.
//   Result: p95 ~16–20 ms at country scope (see README), under 25 ms for Hà Nội and the ward.
import pg from "pg";
import { PgDialect } from "drizzle-orm/pg-core";
import { openDatabase } from "../src/db/client";
import { listPeople, peopleListStatement } from "../src/features/people/list-people";
import { Actor } from "../src/platform/actor";
import { percentile } from "./lib";
import { SEARCHES } from "./registry";

const BUDGET_MS = 120_000;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL: a database made by `npm run generate`");
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const query = async (text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as Record<string, unknown>[];
  const database = await openDatabase({ dataDir: "/nonexistent", databaseUrl: url });
  try {
    const explain = process.argv.indexOf("--explain");
    if (explain > 0) {
      const q = process.argv[explain + 1] ?? "";
      const { statement } = await peopleListStatement(Actor.system(), database.db, { q });
      if (!statement) return console.log("nothing can match");
      const sent = new PgDialect().sqlToQuery(statement);
      for (const r of await query(`EXPLAIN (ANALYZE, BUFFERS) ${sent.sql}`, sent.params)) console.log(r["QUERY PLAN"]);
      return;
    }
    const [range] = await query("SELECT min(id) AS lo, max(id) AS hi, count(*) AS n FROM people");
    const lo = Number(range!.lo), hi = Number(range!.hi);
    const ids = Array.from({ length: 8 }, (_, k) => Math.round(lo + ((hi - lo) * (k + 0.5)) / 8));
    const sampled = (await query("SELECT search_text FROM people WHERE id = ANY($1::int[]) ORDER BY id", [ids])).map((r) => String(r.search_text));
    const queries = [...SEARCHES, ...sampled];
    console.log(`${range!.n} people, ${queries.length} searches`);
    const [province] = await query("SELECT id, path FROM units WHERE code = '01'");
    const [ward] = await query("SELECT id, path FROM units WHERE code = '00004'");
    const scopes: [string, string, number][] = [
      ["country", "/", 0],
      ["province", String(province!.path), Number(province!.id)],
      ["ward", String(ward!.path), Number(ward!.id)],
    ];
    for (const [label, path, unitId] of scopes) {
      const actor =
        path === "/" ? Actor.system() : Actor.user({ id: 0, email: "bench@thidua.test", fullName: "Bench", lang: "vi" }, [{ role: "admin", unitId, unitPath: path }]);
      for (const q of queries.slice(0, 3)) await listPeople(actor, database.db, { q });
      const started = performance.now();
      const times: { q: string; ms: number }[] = [];
      for (const q of queries) {
        if (performance.now() - started > BUDGET_MS) break;
        const t = performance.now();
        await listPeople(actor, database.db, { q });
        times.push({ q, ms: performance.now() - t });
      }
      const ms = times.map((t) => t.ms);
      const worst = [...times].sort((a, b) => b.ms - a.ms).slice(0, 4).map((t) => `"${t.q}" ${Math.round(t.ms)}`).join(", ");
      console.log(`${label.padEnd(9)} p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(6)} ms  max ${Math.max(...ms).toFixed(0).padStart(5)} ms  (slowest: ${worst})`);
    }
  } finally {
    await pool.end();
    await database.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
