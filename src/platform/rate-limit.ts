// Fixed-window counters in PostgreSQL, so that every app process sees the same count.
import type { Database } from "../db/client";

export interface Limit {
  max: number;
  windowSeconds: number;
}

/** Seconds until the key may try again, or 0 if it is under its limit. */
export async function blockedFor(database: Database, key: string, limit: Limit): Promise<number> {
  const rows = await database.query<{ count: number; remaining: number }>(
    `SELECT count, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS remaining
       FROM rate_limits WHERE key = $1`,
    [key, limit.windowSeconds],
  );
  const row = rows[0];
  if (!row || row.remaining <= 0 || row.count < limit.max) return 0;
  return row.remaining;
}

/** Counts one more attempt in the current window and returns the count. */
export async function hit(database: Database, key: string, limit: Limit): Promise<number> {
  const rows = await database.query<{ count: number }>(
    `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN rate_limits.window_start + make_interval(secs => $2) <= now() THEN 1 ELSE rate_limits.count + 1 END,
       window_start = CASE WHEN rate_limits.window_start + make_interval(secs => $2) <= now() THEN now() ELSE rate_limits.window_start END
     RETURNING count`,
    [key, limit.windowSeconds],
  );
  return rows[0]!.count;
}

export async function clear(database: Database, key: string): Promise<void> {
  await database.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
}
