// The units whose own rules the calculator can apply: those where the actor reads the catalogue.
import { asc, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { cataloguePolicy } from "../catalogue/policy";

export async function bonusUnitChoices(actor: Actor, db: Db): Promise<{ id: number; name: string }[]> {
  const paths = cataloguePolicy.viewScopes(actor);
  if (paths.length === 0) return [];
  return db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.path, paths)).orderBy(asc(units.sortKey)).limit(100);
}
