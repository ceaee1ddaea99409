import { inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";

/** The names of the units where the actor holds a role, for the home page. */
export async function roleUnitNames(actor: Actor, db: DbOrTx): Promise<Map<number, string>> {
  const ids = [...new Set(actor.assignments.map((a) => a.unitId))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((u) => [u.id, u.name]));
}
