import { personPolicy } from "./policy";
import { and, asc, gte, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";

/** Units still open where the actor may record people, in Vietnamese order, for the forms' choices. */
export function manageableUnits(actor: Actor, db: DbOrTx) {
  const today = new Date().toISOString().slice(0, 10);
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(withinScopes(units.path, personPolicy.manageScopes(actor)), or(isNull(units.validTo), gte(units.validTo, today))))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(1000);
}
