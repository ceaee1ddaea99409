import { and, asc, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { units } from "../../db/schema";
import { GOVERNMENT_KINDS } from "../../domain/documents/issuing-body";

/**
 * People's Committees (province, commune, ward, special zone) under the given unit paths (a
 * policy's scopes: where the actor may draft, manage…), in Vietnamese order, for the forms' choices; `openOnly` leaves out units that ended.
 */
export function committeeUnits(db: DbOrTx, scopes: readonly string[], opts: { openOnly?: boolean } = {}) {
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(withinScopes(units.path, scopes), inArray(units.kind, [...GOVERNMENT_KINDS]), opts.openOnly ? sql`${units.validTo} IS NULL` : sql`true`))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(500);
}
