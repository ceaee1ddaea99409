// Fixed-window counters in PostgreSQL, so that every app process sees the same count.
// An attempt is counted before it is checked (`take`), in one statement, so parallel
// attempts cannot all slip under the limit before any of them is recorded.
import type { Database } from "../db/client";

export interface Limit {
  max: number;
  windowSeconds: number;
}

/**
 * Counts one attempt in the current window, atomically. Returns 0 when this attempt is
 * within the limit, otherwise the seconds until the window ends (the attempt must not run).
 */
const TAKE = `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN rate_limits.window_start + make_interval(secs => $2) <= now() THEN 1 ELSE rate_limits.count + 1 END,
       window_start = CASE WHEN rate_limits.window_start + make_interval(secs => $2) <= now() THEN now() ELSE rate_limits.window_start END
     RETURNING count, greatest(1, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now())))::int AS remaining`;

export async function take(database: Database, key: string, limit: Limit): Promise<number> {
  const rows = await database.query<{ count: number; remaining: number }>(TAKE, [key, limit.windowSeconds]);
  const row = rows[0]!;
  return row.count > limit.max ? row.remaining : 0;
}

/** Gives back an attempt that turned out to be legitimate (a successful sign-in from a shared address). */
export async function giveBack(database: Database, key: string): Promise<void> {
  await database.query(`UPDATE rate_limits SET count = greatest(count - 1, 0) WHERE key = $1`, [key]);
}

export async function clear(database: Database, key: string): Promise<void> {
  await database.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
}
