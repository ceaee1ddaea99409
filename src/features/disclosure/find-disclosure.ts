import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { disclosures, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { disclosurePolicy } from "./policy";

/** A disclosure the actor manages (its government's standing member); otherwise NotFound, as if it did not exist. */
export async function findManagedDisclosure(actor: Actor, db: DbOrTx, id: number) {
  const [row] = await db
    .select({ disclosure: disclosures, unitPath: units.path, unitName: units.name })
    .from(disclosures)
    .innerJoin(units, eq(units.id, disclosures.unitId))
    .where(eq(disclosures.id, id));
  if (!row || !disclosurePolicy.manage(actor, { path: row.unitPath })) throw new NotFound("disclosure");
  return row;
}
