// A backup is one gzip file of JSON lines: a header, then the rows of every table
// in pages. It is the same on PGlite and on a server, so it also moves a ward's
// embedded database onto a PostgreSQL server.
import { createWriteStream } from "node:fs";
import { rename } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import type { Database, RawQuery } from "../../db/client";
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION } from "./tables";

const PAGE = 2000;

export interface BackupSummary {
  file: string;
  rows: Record<string, number>;
}

async function* lines(query: RawQuery, source: string, counts: Record<string, number>): AsyncGenerator<string> {
  const migrations = await query<{ hash: string }>(`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id`);
  yield JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), source, migrations: migrations.map((m) => m.hash) }) + "\n";
  for (const table of BACKUP_TABLES) {
    if (table.derived) continue;
    counts[table.name] = 0;
    for (let offset = 0; ; offset += PAGE) {
      // row_to_json keeps every column with its exact text form (timestamps, numbers, json).
      const rows = await query<{ r: unknown }>(
        `SELECT row_to_json(t) AS r FROM (SELECT * FROM ${table.name} ORDER BY ${table.orderBy} LIMIT ${PAGE} OFFSET ${offset}) t`,
      );
      if (rows.length === 0) break;
      counts[table.name]! += rows.length;
      yield JSON.stringify({ table: table.name, rows: rows.map((x) => x.r) }) + "\n";
      if (rows.length < PAGE) break;
    }
  }
  yield JSON.stringify({ end: true, rows: counts }) + "\n";
}

/** Writes the backup to a temporary file, then renames it, so a failed backup leaves no half file. */
export async function backupDatabase(database: Database, file: string): Promise<BackupSummary> {
  const counts: Record<string, number> = {};
  const partial = `${file}.partial`;
  // One snapshot for the whole backup: writes made meanwhile are either all in or all out.
  await database.rawTransaction(
    (query) => pipeline(Readable.from(lines(query, database.kind, counts)), createGzip(), createWriteStream(partial, { mode: 0o600 })),
    { readOnly: true },
  );
  await rename(partial, file);
  return { file, rows: counts };
}
