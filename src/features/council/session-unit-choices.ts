// The units whose council sessions the actor may call: where they prepare sessions.
import { asc, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { councilPolicy } from "./policy";

export async function sessionUnitChoices(actor: Actor, db: Db): Promise<{ id: number; name: string }[]> {
  const scopes = councilPolicy.prepareScopes(actor);
  if (scopes.length === 0) return [];
  // A council sits at a level of government: the units the actor prepares for, not their sub-units.
  return db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.path, scopes)).orderBy(asc(units.sortKey));
}
