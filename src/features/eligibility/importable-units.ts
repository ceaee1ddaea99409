import { asc } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { eligibilityPolicy } from "./policy";

/**
 * Units whose people's facts the actor keeps, for the import form's choice. Units that have
 * ended are offered too: their earlier years' assessments are still recorded.
 */
export function importableUnits(actor: Actor, db: DbOrTx) {
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(withinScopes(units.path, eligibilityPolicy.manageScopes(actor)))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(1000);
}
