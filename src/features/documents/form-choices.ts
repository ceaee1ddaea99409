// The choices a plan form offers: units that may issue, directives to cite, units to send to.
import { documentPolicy } from "./policy";
import { and, asc, eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { documents, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { listDirectives } from "../directives/list-directives";
import { committeeUnits } from "../units/committee-units";

/** People's Committees still in being where the actor writes documents. */
export const draftingUnits = (actor: Actor, db: DbOrTx) => committeeUnits(db, documentPolicy.writeScopes(actor), { openOnly: true });

/** Plans the actor can start a copy from. */
export function copyablePlans(actor: Actor, db: DbOrTx) {
  return db
    .select({ id: documents.id, summary: documents.summary, numberSymbol: documents.numberSymbol, unitName: units.name })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(and(eq(documents.typeCode, "KH"), withinScopes(units.path, documentPolicy.draftScopes(actor))))
    .orderBy(sql`${documents.id} DESC`)
    .limit(200);
}

/** For the edit form: the unit itself, the units above and below it, and the directives it received. */
export async function planFormChoices(actor: Actor, db: DbOrTx, unit: { id: number; parentId: number | null }) {
  const nearby = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(or(eq(units.id, unit.id), eq(units.parentId, unit.id), unit.parentId ? eq(units.id, unit.parentId) : sql`false`), sql`${units.validTo} IS NULL`))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(300);
  return { recipientUnits: nearby, directives: await listDirectives(actor, db) };
}
