// Migrations SQL alone cannot write: stored keys computed by the app's own rules (the
// Vietnamese sort order lives in src/domain/text, not in the database). Each runs once,
// after the SQL migrations, claimed by a row of app_state in the same transaction, so two
// processes starting together run it once.
import { personSortKey } from "../domain/text/vietnamese";
import type { RawQuery } from "./client";

interface DataMigration {
  id: string;
  run(query: RawQuery): Promise<void>;
}

const BATCH = 2000;

/** Recomputes a derived text column of every row of a table from another column. */
async function recompute(query: RawQuery, table: string, from: string, to: string, key: (value: string) => string) {
  for (let after = 0; ; ) {
    const rows = await query<{ id: number; value: string }>(`SELECT id, ${from} AS value FROM ${table} WHERE id > $1 ORDER BY id LIMIT ${BATCH}`, [after]);
    if (rows.length === 0) return;
    await query(
      `UPDATE ${table} SET ${to} = v.key FROM (SELECT unnest($1::int[]) AS id, unnest($2::text[]) AS key) v WHERE ${table}.id = v.id AND ${table}.${to} IS DISTINCT FROM v.key`,
      [rows.map((r) => r.id), rows.map((r) => key(r.value))],
    );
    after = rows.at(-1)!.id;
  }
}

export const DATA_MIGRATIONS: DataMigration[] = [
  // People sort by given name, then the middle name word by word, then the family name
  // ("Nguyễn Thị Huyền" before "Nguyễn Thị Ngọc Huyền"); keys stored before 0012 compared the
  // whole reversed name and put a longer middle name first.
  { id: "0012_person_sort_keys", run: (query) => recompute(query, "people", "full_name", "sort_key", personSortKey) },
];

const keyOf = (m: DataMigration) => `data_migration:${m.id}`;

/**
 * Runs the data migrations not done yet. A start with all of them done costs one read, no
 * write; one still to do is claimed and run in one transaction.
 */
export async function runDataMigrations(
  query: RawQuery,
  rawTransaction: <T>(fn: (query: RawQuery) => Promise<T>) => Promise<T>,
): Promise<void> {
  const done = new Set((await query<{ key: string }>(`SELECT key FROM app_state WHERE key LIKE 'data_migration:%'`)).map((r) => r.key));
  for (const migration of DATA_MIGRATIONS.filter((m) => !done.has(keyOf(m)))) {
    await rawTransaction(async (tx) => {
      const claimed = await tx(`INSERT INTO app_state (key, value) VALUES ($1, 'done') ON CONFLICT (key) DO NOTHING RETURNING key`, [keyOf(migration)]);
      if (claimed.length) await migration.run(tx);
    });
  }
}
