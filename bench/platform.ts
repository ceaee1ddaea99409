// Platform figures: start-up time, throughput of an authenticated page against the same
// SQL through the plain driver, and idle memory — on PGlite and on a PostgreSQL server.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { bundle, DEFAULT_OUT_DIR } from "../scripts/build";
import { IDLE_MS } from "../src/platform/idle-collect";
import {
  AsyncLines,
  type DatabaseKind,
  type Figures,
  combine,
  freePort,
  idleRssMb,
  load,
  spawnChild,
  waitForLine,
  waitForOk,
} from "./lib";

export interface PlatformOptions {
  /** Seconds of measured load per route (after a one-second warm-up). */
  seconds: number;
  connections: number;
  /** Temporary folders made here, removed by the caller. */
  temp: string[];
}

export function tempDir(opts: PlatformOptions, prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `thidua-bench-${prefix}-`));
  opts.temp.push(dir);
  return dir;
}

/** How long a server is left without requests before its idle memory is read. */
const IDLE_MEASURE_MS = IDLE_MS + 3000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Spawns `thidua serve` and times it from spawn until /healthz answers 200; then stops it.
 * With `idleRss`, first waits for the idle process's resident memory.
 */
async function timeStart(env: Record<string, string>, idleRss = false): Promise<{ ms: number; rss: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawnChild(["bin/thidua.js", "serve"], { ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "error" });
  try {
    const ms = await waitForOk(`http://127.0.0.1:${port}/healthz`, child, started);
    // Idle: past the collection an idle server runs 3 s after starting (src/platform/idle-collect.ts).
    return { ms, rss: idleRss ? await idleRssMb(child.pid, IDLE_MEASURE_MS) : Number.NaN };
  } finally {
    const code = await child.stop();
    if (code !== 0) console.warn(`  (thidua serve ended with ${code} on SIGTERM)`);
  }
}

/**
 * Cold start on empty storage, then the median of three warm starts on the same storage,
 * and the idle memory of the last one (the real `thidua serve` process, before any load).
 */
export async function startup(figures: Figures, database: DatabaseKind, env: Record<string, string>): Promise<void> {
  figures.add("cold_start", (await timeStart(env)).ms, "ms", database);
  const warm: number[] = [];
  let rss = Number.NaN;
  for (let i = 0; i < 3; i++) {
    const run = await timeStart(env, i === 2);
    warm.push(run.ms);
    rss = run.rss;
  }
  figures.add("warm_start", median(warm), "ms", database);
  figures.add("serve_idle_rss_after_start", rss, "MB", database);
}

/**
 * Starts bench/server-child.ts (the app, the raw-SQL route and hello-world in one process),
 * bundled like the app's build (dist/bench/server-child.js), so that it runs and weighs
 * what `npm start` does, without tsx.
 */
async function startServerChild(env: Record<string, string>) {
  const lines = new AsyncLines();
  const script = await bundle("bench/server-child.ts", path.join(DEFAULT_OUT_DIR, "bench"));
  const child = spawnChild([script], { ...env, LOG_LEVEL: "error" }, { onLine: lines.push });
  const ready = JSON.parse(await waitForLine(child, lines, "BENCH_READY")) as {
    appPort: number;
    rawPort: number;
    cookie: string;
    pageSql: string[];
    rawSql: string[];
    sqlMatch: boolean;
  };
  return { child, ...ready };
}

/**
 * Requests per second and p95 latency of GET /units for a signed-in administrator of a
 * ward with ~200 units, beside the same SQL through the plain driver and hello-world,
 * all served by one process; then that process's idle memory. Returns its pid's last RSS.
 */
export async function throughput(figures: Figures, database: DatabaseKind, env: Record<string, string>, opts: PlatformOptions): Promise<number> {
  const server = await startServerChild(env);
  try {
    if (!server.sqlMatch) {
      console.warn("  WARNING: the raw route no longer runs the page's SQL; update bench/server-child.ts.");
      console.warn(`  page: ${server.pageSql.join("\n        ")}\n  raw:  ${server.rawSql.join("\n        ")}`);
    }
    console.log(`  /units runs ${server.pageSql.length} SQL statements per request${server.sqlMatch ? " (raw route: the same)" : ""}`);
    figures.add("idle_rss_before_load", await idleRssMb(server.child.pid, IDLE_MEASURE_MS), "MB", database);

    const app = `http://127.0.0.1:${server.appPort}`;
    const raw = `http://127.0.0.1:${server.rawPort}`;
    const headers = { cookie: server.cookie };
    const page = await fetch(`${app}/units`, { headers });
    const html = await page.text();
    if (page.status !== 200 || !html.includes("<table")) throw new Error(`/units answered ${page.status}: ${html.slice(0, 300)}`);
    const rawCheck = await fetch(`${raw}/units`, { headers });
    const json = (await rawCheck.json()) as { units: unknown[]; total: number };
    if (rawCheck.status !== 200 || json.units.length === 0) throw new Error(`raw /units answered ${rawCheck.status}`);
    console.log(`  ward holds ${json.total} units; a page shows ${json.units.length} (${html.length} bytes of HTML)`);

    const warmUp = (url: string) => load(url, { connections: opts.connections, seconds: 1, headers }); // JIT, caches, pool
    const measure = async (url: string, seconds: number) => {
      const r = await load(url, { connections: opts.connections, seconds, headers, serverPid: server.child.pid });
      if (r.non2xx || r.errors) console.warn(`  WARNING: ${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
      return r;
    };
    await warmUp(`${raw}/hello`);
    const hello = await measure(`${raw}/hello`, opts.seconds);
    figures.add("hello_world_rps", hello.rps, "req/s", database);
    // The ratio compares two runs: alternate them (raw, page, page, raw) so that other work
    // on the machine, which comes and goes, weighs on both alike.
    await warmUp(`${raw}/units`);
    await warmUp(`${app}/units`);
    const half = opts.seconds / 2;
    const rawRuns = [await measure(`${raw}/units`, half)];
    const pageRuns = [await measure(`${app}/units`, half), await measure(`${app}/units`, half)];
    rawRuns.push(await measure(`${raw}/units`, half));
    const rawSql = combine(rawRuns);
    const pageRun = combine(pageRuns);
    figures.add("units_raw_sql_rps", rawSql.rps, "req/s", database);
    figures.add("units_raw_sql_p95", rawSql.p95Ms, "ms", database);
    figures.add("units_raw_sql_cpu_per_request", rawSql.cpuMsPerRequest, "ms", database);
    figures.add("units_page_rps", pageRun.rps, "req/s", database);
    figures.add("units_page_p95", pageRun.p95Ms, "ms", database);
    figures.add("units_page_cpu_per_request", pageRun.cpuMsPerRequest, "ms", database);
    figures.add("page_to_raw_sql_ratio", pageRun.rps / rawSql.rps, "ratio", database);
    // The same comparison by the app process's CPU per request: steadier when other work
    // shares the machine. On PostgreSQL it leaves out the database server's own work.
    figures.add("page_to_raw_sql_cpu_ratio", rawSql.cpuMsPerRequest / pageRun.cpuMsPerRequest, "ratio", database);

    const idle = await idleRssMb(server.child.pid, IDLE_MEASURE_MS);
    figures.add("idle_rss_after_load", idle, "MB", database);
    return idle;
  } finally {
    await server.child.stop();
  }
}

/** RSS of a plain Node process that only opens PGlite on a copy of `dataDir`'s database. */
export async function barePglite(opts: PlatformOptions, dataDir: string): Promise<number> {
  const copy = tempDir(opts, "bare");
  cpSync(path.join(dataDir, "pgdata"), path.join(copy, "pgdata"), { recursive: true });
  const lines = new AsyncLines();
  const child = spawnChild(["bench/bare-pglite.mjs", path.join(copy, "pgdata")], {}, { onLine: lines.push });
  try {
    await waitForLine(child, lines, "BARE_READY", 60_000);
    return await idleRssMb(child.pid);
  } finally {
    await child.stop();
  }
}

export async function pglite(figures: Figures, opts: PlatformOptions): Promise<void> {
  const dataDir = tempDir(opts, "pglite");
  const env = { DATA_DIR: dataDir };
  await startup(figures, "pglite", env);
  const app = await throughput(figures, "pglite", env, opts);
  const bare = await barePglite(opts, dataDir);
  figures.add("bare_pglite_idle_rss", bare, "MB", "pglite");
  figures.add("idle_rss_above_bare_pglite", app - bare, "MB", "pglite");
}

/** A new empty database on the cluster; its URL. */
export async function createDatabase(clusterUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return clusterUrl.replace(/\/[^/]*$/, `/${name}`);
}

export async function postgres(figures: Figures, opts: PlatformOptions, clusterUrl: string): Promise<void> {
  const env = { DATA_DIR: tempDir(opts, "pg"), DATABASE_URL: await createDatabase(clusterUrl, "bench_platform") };
  await startup(figures, "postgres", env);
  await throughput(figures, "postgres", env, opts);
}
