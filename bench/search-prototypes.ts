// People search on the national dataset: the app's listPeople beside two prototypes of
// a change to src/features/people/list-people.ts, over the same queries as the bench
// (bench/registry.ts, SEARCHES), for three scopes: the system actor ("/"), an
// administrator of Hà Nội (~38,000 people) and of Phường Ba Đình (300). Not part of `npm run bench`.
//
//   DATABASE_URL=postgres://… npm run generate            # once: ~1,000,000 people
//   DATABASE_URL=postgres://… node --import tsx bench/search-prototypes.ts
//
// Variants:
//   app      listPeople as it is: rows (ORDER BY sort_key LIMIT 50) and an exact count(*), in parallel.
//   capped   one statement: at most CAP matches through the trigram index (MATERIALIZED),
//            their count and the first 50 in Vietnamese order; only when there are more than
//            CAP (a common name: matches are dense) a second one walks people_sort_idx.
//            The count above CAP is shown as "more than CAP". A query of one or two letters,
//            which trigrams cannot narrow, matches whole words ("le" finds the word Lê or Lệ,
//            not "le" inside other words), written so that the trigram index serves it.
import pg from "pg";
import { openDatabase } from "../src/db/client";
import { foldForSearch } from "../src/domain/text/vietnamese";
import { listPeople } from "../src/features/people/list-people";
import { Actor } from "../src/platform/actor";
import { percentile } from "./lib";
import { SEARCHES } from "./registry";

/** Above the largest group of people sharing a given name (Trang, Linh: ~21,000 in 1,000,000). */
const CAP = Number(process.env.SEARCH_CAP ?? 50_000);
const PAGE = 50;
const BUDGET_MS = 120_000;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");
type Query = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** The "capped" variant: exact results, a total up to CAP, two statements only for common names. */
async function capped(query: Query, q: string, scope: string) {
  const folded = foldForSearch(q);
  const word = escapeLike(folded);
  // Short: the word on its own, first, inside or last (each pattern has whole trigrams).
  const short = folded.length < 3;
  const match = (t: string) =>
    short ? `(${t}.search_text = $1 OR ${t}.search_text LIKE $2 OR ${t}.search_text LIKE $3 OR ${t}.search_text LIKE $4)` : `${t}.search_text LIKE $1`;
  const params: unknown[] = short ? [folded, `${word} %`, `% ${word} %`, `% ${word}`] : [`%${word}%`];
  // The whole country needs no unit test; a narrower scope is a semi-join on the unit path.
  const inScope = (t: string) => (scope === "/" ? "" : ` AND ${t}.unit_id IN (SELECT id FROM units WHERE path LIKE $${params.push(`${scope}%`)})`);
  const scoped = inScope("people");
  const rows = await query(
    `WITH m AS MATERIALIZED (SELECT id, sort_key FROM people WHERE ${match("people")}${scoped} LIMIT ${CAP + 1}),
          top AS (SELECT id, sort_key FROM m ORDER BY sort_key, id LIMIT ${PAGE})
     SELECT (SELECT count(*) FROM m) AS total, p.id, p.full_name, p.gender, u.id AS unit_id, u.name AS unit_name
       FROM top JOIN people p ON p.id = top.id JOIN units u ON u.id = p.unit_id
      ORDER BY top.sort_key, top.id`,
    params,
  );
  const total = Number(rows[0]?.total ?? 0);
  if (total <= CAP) return { rows, total };
  const walk = await query(
    `SELECT p.id, p.full_name, p.gender, u.id AS unit_id, u.name AS unit_name
       FROM people p JOIN units u ON u.id = p.unit_id
      WHERE ${match("p")}${scoped.replaceAll("people.", "p.")} ORDER BY p.sort_key, p.id LIMIT ${PAGE}`,
    params,
  );
  return { rows: walk, total: CAP + 1 };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL: a database made by `npm run generate`");
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const query: Query = async (text, params) => (await pool.query(text, params)).rows;
  const database = await openDatabase({ dataDir: "/nonexistent", databaseUrl: url });
  try {
    const [range] = await query("SELECT min(id) AS lo, max(id) AS hi, count(*) AS n FROM people", []);
    const lo = Number(range!.lo), hi = Number(range!.hi);
    const ids = Array.from({ length: 8 }, (_, k) => Math.round(lo + ((hi - lo) * (k + 0.5)) / 8));
    const sampled = (await query("SELECT search_text FROM people WHERE id = ANY($1::int[]) ORDER BY id", [ids])).map((r) => String(r.search_text));
    const queries = [...SEARCHES, ...sampled];
    console.log(`${range!.n} people, ${queries.length} searches`);
    const [province] = await query("SELECT id, path FROM units WHERE code = '01'", []);
    const [ward] = await query("SELECT id, path FROM units WHERE code = '00004'", []);
    const scopes: [string, string, number][] = [
      ["country", "/", 0],
      ["province", String(province!.path), Number(province!.id)],
      ["ward", String(ward!.path), Number(ward!.id)],
    ];
    const variants: [string, (q: string) => Promise<unknown>][] = scopes.flatMap(([label, path, unitId]) => {
      const actor =
        path === "/" ? Actor.system() : Actor.user({ id: 0, email: "bench@thidua.test", fullName: "Bench", lang: "vi" }, [{ role: "admin", unitId, unitPath: path }]);
      return [
        [`app ${label}`, (q: string) => listPeople(actor, database.db, { q })],
        [`capped ${label}`, (q: string) => capped(query, q, path)],
      ] as [string, (q: string) => Promise<unknown>][];
    });
    for (const [name, run] of variants) {
      for (const q of queries.slice(0, 3)) await run(q);
      const started = performance.now();
      const times: { q: string; ms: number }[] = [];
      for (const q of queries) {
        if (performance.now() - started > BUDGET_MS) break;
        const t = performance.now();
        await run(q);
        times.push({ q, ms: performance.now() - t });
      }
      const ms = times.map((t) => t.ms);
      const worst = [...times].sort((a, b) => b.ms - a.ms).slice(0, 4).map((t) => `"${t.q}" ${Math.round(t.ms)}`).join(", ");
      console.log(`${name.padEnd(16)} p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(6)} ms  max ${Math.max(...ms).toFixed(0).padStart(5)} ms  (slowest: ${worst})`);
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
