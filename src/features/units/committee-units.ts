import { and, asc, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { units } from "../../db/schema";
import type { Permission } from "../../domain/access/roles";
import { GOVERNMENT_KINDS } from "../../domain/documents/issuing-body";
import type { Actor } from "../../platform/actor";

/**
 * People's Committees (province, commune, ward, special zone) where the actor holds the
 * permission, in Vietnamese order, for the forms' choices; `openOnly` leaves out units that ended.
 */
export function committeeUnits(actor: Actor, db: DbOrTx, permission: Permission, opts: { openOnly?: boolean } = {}) {
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(withinScopes(units.path, actor.scopes(permission)), inArray(units.kind, [...GOVERNMENT_KINDS]), opts.openOnly ? sql`${units.validTo} IS NULL` : sql`true`))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(500);
}
