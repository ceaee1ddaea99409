// "Within these units and their sub-units" as SQL, from materialised unit paths.
import { like, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

export function withinScopes(pathColumn: PgColumn | SQL, scopes: readonly string[]): SQL {
  if (scopes.length === 0) return sql`false`;
  return or(...scopes.map((scope) => like(pathColumn as PgColumn, `${scope}%`)))!;
}
