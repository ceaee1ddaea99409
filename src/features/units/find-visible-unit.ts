import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { unitPolicy } from "./policy";

/** The unit with this id if the actor may see it; otherwise NotFound, as if it did not exist. */
export async function findVisibleUnit(actor: Actor, db: DbOrTx, id: number) {
  const [unit] = await db.select().from(units).where(eq(units.id, id));
  if (!unit || !unitPolicy.view(actor, unit)) throw new NotFound("unit");
  return unit;
}
