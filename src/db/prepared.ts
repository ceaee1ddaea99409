// Statements run on every request (session, user, roles) are prepared once per
// database, so Drizzle does not build their SQL again each time. Inside a
// transaction the ordinary query builder is used.
import type { DbOrTx } from "./client";

const cache = new WeakMap<object, Map<string, unknown>>();

export function prepared<T>(db: DbOrTx, name: string, build: () => T): T {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(name) as T | undefined;
  if (!statement) statements.set(name, (statement = build()));
  return statement;
}
