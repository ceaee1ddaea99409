import { asc } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { assertMayImportAwards } from "./import-awards";
import { awardPolicy } from "./policy";

/** Units into whose registry the actor may import awards (ended ones too: their older awards come in), in Vietnamese order. */
export async function awardImportUnits(actor: Actor, db: DbOrTx) {
  assertMayImportAwards(actor);
  return db.select({ id: units.id, name: units.name }).from(units).where(withinScopes(units.path, awardPolicy.manageScopes(actor))).orderBy(asc(units.sortKey), asc(units.id)).limit(1000);
}
