// Registry figures: importing the official list, generating the national dataset, and
// the two reads that must stay fast on it — a diacritic-free people search and a
// province's page with its ~100 communes. On PostgreSQL over the whole country
// (bench/generate-national.ts, ~1,000,000 people); on PGlite over one ward, for reference.
import { peopleImport } from "./people-import";
import { eq } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import { loadConfig } from "../src/config";
import type { Database } from "../src/db/client";
import { roleAssignments, units, users } from "../src/db/schema";
import { startSession } from "../src/features/accounts/sessions";
import { listPeople, peopleListStatement } from "../src/features/people/list-people";
import { Actor } from "../src/platform/actor";
import { openRuntime, type Runtime } from "../src/server";
import { createApp } from "../src/web/app";
import { DEFAULT_WARD_CODE, generate, type GenerateResult } from "./generate-national";
import { type DatabaseKind, type Figures, percentile } from "./lib";
import { type PlatformOptions, createDatabase, tempDir } from "./platform";

/** Thành phố Hà Nội: 126 communes and wards, its page lists them all. */
const TREE_PROVINCE_CODE = "01";
const TREE_REQUESTS = 50;
/** Every measuring loop stops here even if not finished (the figures say how many ran). */
const SEARCH_BUDGET_MS = 90_000;
const TREE_BUDGET_MS = 30_000;

/**
 * What people type in the search box, without tones: family names alone, family and
 * middle name, given names, full names, two-letter family names (matched as whole words),
 * a miss. Full names of a few generated people are added at run time.
 */
export const SEARCHES = [
  "nguyen van an", "tran thi", "hoa", "le minh", "pham thi huong", "hoang duc", "thu trang", "vu", "dang van hung",
  "bui thi lan", "ngoc anh", "do quang", "ho", "ngo thi mai", "duong", "minh tuan", "thanh", "phuong", "hai",
  "nguyen thi thu", "tran van", "le thi hoa", "pham", "huynh", "vo van", "dinh", "ly", "trinh", "doan", "luong",
  "mai anh", "linh", "nguyen", "tran", "le", "nguyen hoang", "phan van", "quach", "giang", "lo van", "nong",
  "thach", "y bhin", "nguyen van", "tran thi thu", "lan", "tuan", "nguyen duc thang", "le van long", "hoang thi",
  "kim", "son", "trung", "cuong", "dung", "huyen", "trang", "nguyen thi ngoc anh", "xuan truong",
] as const;

const ms = (from: number) => performance.now() - from;

/** Names of people spread over the table, folded: looking up one particular person. */
async function sampledNames(database: Database, n: number): Promise<string[]> {
  const [range] = await database.query<{ lo: number | null; hi: number | null }>("SELECT min(id) AS lo, max(id) AS hi FROM people");
  if (range?.lo == null || range.hi == null) return [];
  const ids = Array.from({ length: n }, (_, k) => Math.round(Number(range.lo) + ((Number(range.hi) - Number(range.lo)) * (k + 0.5)) / n));
  const rows = await database.query<{ search_text: string }>("SELECT search_text FROM people WHERE id = ANY($1::int[]) ORDER BY id", [ids]);
  return rows.map((r) => r.search_text);
}

export interface SearchTiming {
  q: string;
  ms: number;
  total: number;
}

/** Each search once through listPeople as the system actor, after a short warm-up; bounded in time. */
export async function timeSearches(database: Database, queries: readonly string[], budgetMs = SEARCH_BUDGET_MS): Promise<SearchTiming[]> {
  const actor = Actor.system();
  for (const q of queries.slice(0, 3)) await listPeople(actor, database.db, { q }); // plans, caches, pool
  const started = performance.now();
  const timings: SearchTiming[] = [];
  for (const q of queries) {
    if (ms(started) > budgetMs) break;
    const t = performance.now();
    const result = await listPeople(actor, database.db, { q });
    timings.push({ q, ms: ms(t), total: result.total });
  }
  return timings;
}

async function searchFigures(figures: Figures, database: Database, kind: DatabaseKind): Promise<SearchTiming[]> {
  const queries = [...SEARCHES, ...(await sampledNames(database, 8))];
  const timings = await timeSearches(database, queries);
  if (timings.length < queries.length) console.warn(`  NOTE: search stopped after ${timings.length} of ${queries.length} queries (time budget)`);
  const times = timings.map((t) => t.ms);
  figures.add("people_search_p50", percentile(times, 50), "ms", kind);
  figures.add("people_search_p95", percentile(times, 95), "ms", kind);
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`  ${timings.length} searches; slowest: ${slowest.map((t) => `"${t.q}" ${Math.round(t.ms)} ms (${t.total} found)`).join(", ")}`);
  return timings;
}

/** A signed-in administrator of `unitId`: the session cookie, and the CSRF cookie a browser would hold. */
async function adminCookie(runtime: Runtime, app: ReturnType<typeof createApp>, unitId: number): Promise<string> {
  const { db } = runtime.deps.database;
  const email = `bench-registry-${unitId}@thidua.test`;
  let [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) {
    [user] = await db.insert(users).values({ email, fullName: "Quản trị Đo đạc", passwordHash: null }).returning({ id: users.id });
    await db.insert(roleAssignments).values({ userId: user!.id, unitId, role: "admin" });
  }
  const jar = [`thidua_session=${await startSession(db, user!.id, { ip: "127.0.0.1" })}`];
  for (const line of (await app.request("/sign-in")).headers.getSetCookie()) {
    const pair = line.split(";")[0]!;
    if (pair.startsWith("thidua_csrf=")) jar.push(pair);
  }
  return jar.join("; ");
}

/** GET /units/:id of a province through the app in this process: median and p95 of 50 after 5 warm-ups. */
async function treePageFigures(figures: Figures, runtime: Runtime, kind: DatabaseKind): Promise<void> {
  const { db } = runtime.deps.database;
  const [province] = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.code, TREE_PROVINCE_CODE));
  if (!province) throw new Error(`no province ${TREE_PROVINCE_CODE}`);
  const children = (await runtime.deps.database.query<{ n: string }>("SELECT count(*) AS n FROM units WHERE parent_id = $1", [province.id]))[0]!.n;
  const app = createApp(runtime.deps);
  const cookie = await adminCookie(runtime, app, province.id);
  const get = async () => {
    const res = await app.request(`/units/${province.id}`, { headers: { cookie } });
    const html = await res.text();
    if (res.status !== 200) throw new Error(`/units/${province.id} answered ${res.status}: ${html.slice(0, 300)}`);
    return html;
  };
  const html = await get();
  const links = (html.match(/<li><a href="\/units\/\d+"/g) ?? []).length;
  if (links < Number(children)) throw new Error(`/units/${province.id} shows ${links} of ${children} sub-units`);
  for (let i = 0; i < 4; i++) await get();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < TREE_REQUESTS && ms(started) < TREE_BUDGET_MS; i++) {
    const t = performance.now();
    await get();
    times.push(ms(t));
  }
  console.log(`  ${province.name}: ${children} sub-units, ${html.length} bytes of HTML, ${times.length} requests`);
  figures.add("unit_tree_page_median", percentile(times, 50), "ms", kind);
  figures.add("unit_tree_page_p95", percentile(times, 95), "ms", kind);
}

function generatorLines(result: GenerateResult) {
  console.log(
    `  ${result.communes} communes, ${result.subUnits} sub-units (${Math.round(result.subUnitsMs)} ms), ${result.people} people: ` +
      `rows ${Math.round(result.loadMs)} ms + indexes ${Math.round(result.indexMs)} ms, ANALYZE ${Math.round(result.analyzeMs)} ms`,
  );
}

const openBench = (env: Record<string, string | undefined>) =>
  openRuntime(loadConfig({ ...env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" }), { info() {}, error: (m) => console.error(`  ${m}`) });

/** PGlite: the official list into an empty database, then one ward of 3,000 people. */
export async function pglite(figures: Figures, opts: PlatformOptions): Promise<void> {
  const runtime = await openBench({ DATA_DIR: tempDir(opts, "registry"), DATABASE_URL: "" }); // created and migrated: not timed
  try {
    const result = await generate(runtime.deps.database, { ward: true, wardCode: DEFAULT_WARD_CODE, peoplePerCommune: 3000 });
    figures.add("official_list_import", result.officialImportMs, "ms", "pglite");
    generatorLines(result);
    await searchFigures(figures, runtime.deps.database, "pglite");
    await treePageFigures(figures, runtime, "pglite");
  } finally {
    await runtime.close();
  }
  await peopleImport(figures);
}

/** PostgreSQL: the official list into an empty database, then the whole country. */
export async function postgres(figures: Figures, opts: PlatformOptions, clusterUrl: string): Promise<void> {
  const asked = Math.floor(Number(process.env.BENCH_PEOPLE_PER_COMMUNE ?? 300));
  const perCommune = Number.isFinite(asked) && asked >= 1 ? Math.min(10_000, asked) : 300;
  const url = await createDatabase(clusterUrl, "bench_registry");
  const runtime = await openBench({ DATA_DIR: tempDir(opts, "registry-pg"), DATABASE_URL: url });
  try {
    const result = await generate(runtime.deps.database, { databaseUrl: url, peoplePerCommune: perCommune });
    figures.add("official_list_import", result.officialImportMs, "ms", "postgres");
    figures.add("generator_people_per_second", result.peoplePerSecond, "people/s", "postgres");
    generatorLines(result);
    const timings = await searchFigures(figures, runtime.deps.database, "postgres");
    await explainSlowest(url, runtime.deps.database, timings);
    await treePageFigures(figures, runtime, "postgres");
  } finally {
    await runtime.close();
  }
  await peopleImport(figures, clusterUrl);
}

/**
 * When the search misses its target, the plan of the slowest search: the statement listPeople
 * runs for the system actor (scope "/"), as Drizzle sends it.
 */
async function explainSlowest(url: string, database: Database, timings: SearchTiming[]): Promise<void> {
  const times = timings.map((t) => t.ms);
  if (percentile(times, 95) <= 50) return;
  const worst = [...timings].sort((a, b) => b.ms - a.ms)[0]!;
  const { statement } = await peopleListStatement(Actor.system(), database.db, { q: worst.q });
  if (!statement) return;
  const query = new PgDialect().sqlToQuery(statement);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.sql}`, query.params);
    console.log(`  EXPLAIN ANALYZE of "${worst.q}":\n${rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n")}`);
  } finally {
    await client.end();
  }
}
