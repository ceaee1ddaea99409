import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { awards, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { awardPolicy } from "./policy";

/** The award with this id if the actor may see it; otherwise NotFound, as if it did not exist. */
export async function findVisibleAward(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}) {
  const query = db.select({ award: awards, unitPath: units.path, unitName: units.name }).from(awards).innerJoin(units, eq(units.id, awards.unitId)).where(eq(awards.id, id));
  const [row] = opts.forUpdate ? await query.for("update", { of: awards }) : await query;
  if (!row || !awardPolicy.view(actor, row)) throw new NotFound("award");
  return row;
}
