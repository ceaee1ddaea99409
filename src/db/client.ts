// Opens the system of record: embedded PGlite in DATA_DIR, or a PostgreSQL server
// when DATABASE_URL is set. Everything above this file sees the same `Db`.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite, types, type Results, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { runDataMigrations } from "./data-migrations";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { fromRoot } from "../paths";
import * as schema from "./schema";

const migrationsFolder = fromRoot("src", "db", "migrations");
/** Held while migrating, so that two processes starting together on one server migrate once. */
const MIGRATION_LOCK = 7_272_024;

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

/** Rows of a hand-written SQL statement, whichever driver runs it. */
export async function selectRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export type RawQuery = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface Database {
  kind: "pglite" | "postgres";
  db: Db;
  /**
   * Plain driver access, for bulk SQL, backups and the benchmark's raw-SQL floor. A `name` makes it
   * a prepared statement on a PostgreSQL server (parsed and planned once per connection), for a
   * statement a public page runs on every request; PGlite runs it as it is.
   */
  query<T = Record<string, unknown>>(text: string, params?: unknown[], opts?: { name?: string }): Promise<T[]>;
  /**
   * Runs `fn` in one transaction on one connection with plain SQL: a consistent
   * snapshot for backups (`readOnly`), all-or-nothing for restores and bulk loads.
   */
  rawTransaction<T>(fn: (query: RawQuery) => Promise<T>, opts?: { readOnly?: boolean }): Promise<T>;
  /** Brings the schema up to date; runs in-process at every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole database as an image, for test templates. */
  image?: () => Promise<Blob | File>;
}

// Drizzle hands PGlite the same "leave it as text" parsers with every query, and PGlite
// merges them into a copy of its whole parser table each time (about a tenth of a
// page's CPU). Setting them once on the instance and dropping the per-query copy gives
// Drizzle identical results for less work.
const asText = (value: string) => value;
const DRIZZLE_PARSERS = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, asText]),
);

interface Queryable {
  query: PGlite["query"];
}

function stripParsers<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(obj, prop) {
      if (prop === "query") {
        return (text: string, params?: unknown[], opts?: { rowMode?: "array" | "object" }) =>
          obj.query(text, params, opts?.rowMode ? { rowMode: opts.rowMode } : undefined);
      }
      const value = Reflect.get(obj, prop, obj);
      return typeof value === "function" ? value.bind(obj) : value;
    },
  });
}

function withoutPerQueryParsers(client: PGlite): PGlite {
  const proxied = stripParsers(client);
  return new Proxy(proxied, {
    get(obj, prop) {
      if (prop === "transaction") {
        return <T>(fn: (tx: Transaction) => Promise<T>) => client.transaction((tx) => fn(stripParsers(tx)));
      }
      return Reflect.get(obj, prop, obj);
    },
  });
}

/** Timestamps come back as Date objects, as they do from the server driver. */
function rowsWithDates<T>(result: Results<Record<string, unknown>>): T[] {
  const stamps = result.fields.filter((f) => f.dataTypeID === types.TIMESTAMPTZ || f.dataTypeID === types.TIMESTAMP).map((f) => f.name);
  if (stamps.length === 0) return result.rows as T[];
  for (const row of result.rows) for (const name of stamps) if (typeof row[name] === "string") row[name] = new Date(row[name] as string);
  return result.rows as T[];
}

/**
 * Whether the newest migration is applied already, by the test drizzle's migrator makes
 * before its transaction (the newest applied `created_at` against the newest migration's),
 * in one query. On PGlite the
 * migrator's own steps (CREATE SCHEMA and CREATE TABLE IF NOT EXISTS, the same SELECT, then
 * an empty transaction) cost about 0.2 s of CPU at every start; the check costs a few ms.
 */
async function migrationsApplied(client: PGlite): Promise<boolean> {
  const newest = readMigrationFiles({ migrationsFolder }).at(-1)?.folderMillis;
  try {
    const { rows } = await client.query<{ created_at: string | number | bigint | null }>(
      `select created_at from "drizzle"."__drizzle_migrations" order by created_at desc limit 1`,
    );
    return newest !== undefined && rows[0]?.created_at != null && Number(rows[0].created_at) >= newest;
  } catch {
    return false; // a new database: no migrations table yet
  }
}

/** Where `npm install` leaves an image of a new database for this PGlite version (scripts/build-pglite-image.ts). */
export function pgliteImagePath(): string {
  const modules = fromRoot("node_modules");
  const { version } = JSON.parse(readFileSync(path.join(modules, "@electric-sql/pglite/package.json"), "utf8")) as { version: string };
  return path.join(modules, ".cache/thidua", `pglite-${version}.tar.gz`);
}

/** Beside the image: the migrations applied in it, by drizzle's hash of each file. */
export const pgliteImageInfoPath = (image = pgliteImagePath()) => image.replace(/\.tar\.gz$/, ".json");

/** The migrations of these sources, by drizzle's hash of each file. */
export const migrationHashes = (): string[] => readMigrationFiles({ migrationsFolder }).map((m) => m.hash);

/**
 * The image made at install time, if any: a new data folder starts from it instead of from
 * initdb. It holds the migrations of the sources it was made from, so it is used only when
 * each of them is one of ours (not after switching to older sources); an image without the
 * list is an empty cluster.
 */
export function installedImage(file = pgliteImagePath()): Blob | undefined {
  if (!existsSync(file)) return undefined;
  const info = pgliteImageInfoPath(file);
  if (existsSync(info)) {
    const { migrations } = JSON.parse(readFileSync(info, "utf8")) as { migrations: string[] };
    const ours = new Set(migrationHashes());
    if (!migrations.every((hash) => ours.has(hash))) return undefined;
  }
  return new Blob([readFileSync(file)], { type: "application/gzip" });
}

export interface DatabaseOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  poolSize?: number;
  /** Tests start PGlite from a migrated image in memory (0.6 s instead of 3 s). */
  pgliteImage?: Blob;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    // The server driver loads only when a server is used (PGlite installations never need it).
    const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
      import("pg"),
      import("drizzle-orm/node-postgres"),
      import("drizzle-orm/node-postgres/migrator"),
    ]);
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle connection the server drops (a restart, an idle timeout) is discarded by the
    // pool and the next query opens another; unhandled, the error would end the process.
    pool.on("error", () => {});
    // Fail fast with a clear error instead of on the first request.
    try {
      await pool.query("SELECT 1");
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
    return {
      kind: "postgres",
      db: drizzlePg(pool, { schema }) as unknown as Db,
      async query(text, params, opts) {
        return (await (opts?.name ? pool.query({ name: opts.name, text, values: params as unknown[] }) : pool.query(text, params as unknown[]))).rows;
      },
      async rawTransaction(fn, opts) {
        const client = await pool.connect();
        try {
          await client.query(opts?.readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
          const result = await fn(async (text, params) => (await client.query(text, params as unknown[])).rows);
          await client.query("COMMIT");
          return result;
        } catch (err) {
          await client.query("ROLLBACK").catch(() => {});
          throw err;
        } finally {
          client.release();
        }
      },
      async migrate() {
        const client = await pool.connect();
        try {
          await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
          await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
          client.release();
        }
        await runDataMigrations((text, params) => (this as Database).query(text, params), (fn) => (this as Database).rawTransaction(fn));
      },
      close: () => pool.end(),
    };
  }
  const options = { extensions: { pg_trgm }, parsers: DRIZZLE_PARSERS };
  const pgdata = path.join(opts.dataDir, "pgdata");
  const image = opts.pgliteImage ?? (existsSync(pgdata) ? undefined : installedImage());
  const client = opts.pgliteImage
    ? await PGlite.create({ loadDataDir: opts.pgliteImage, ...options })
    : await PGlite.create(pgdata, image ? { ...options, loadDataDir: image } : options);
  const db = drizzlePglite(withoutPerQueryParsers(client), { schema });
  return {
    kind: "pglite",
    db: db as unknown as Db,
    async migrate() {
      if (!(await migrationsApplied(client))) await migratePglite(db, { migrationsFolder });
      await runDataMigrations((text, params) => (this as Database).query(text, params), (fn) => (this as Database).rawTransaction(fn));
    },
    rawTransaction: (fn) => client.transaction((tx) => fn(async (text, params) => rowsWithDates(await tx.query(text, params as unknown[])))),
    async query(text, params) {
      return rowsWithDates(await client.query(text, params as unknown[]));
    },
    close: () => client.close(),
    image: () => client.dumpDataDir("none"),
  };
}

/**
 * Runs queries one after another and gives their results like Promise.all: inside a transaction
 * they share one connection, which takes one query at a time (node-postgres warns, and will
 * refuse, when a second is sent before the first returns).
 */
export async function inSequence<T extends readonly (() => Promise<unknown>)[] | []>(steps: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const step of steps) out.push(await step());
  return out as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
