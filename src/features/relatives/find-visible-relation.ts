import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { people, personRelations, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { personPolicy } from "../people/policy";

/** A relation as the actor may see it: the person's unit is theirs to see; otherwise NotFound. */
export async function findVisibleRelation(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ relation: personRelations, unitId: units.id, unitPath: units.path })
    .from(personRelations)
    .innerJoin(people, eq(people.id, personRelations.personId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(personRelations.id, id));
  const [row] = opts.forUpdate ? await query.for("update", { of: personRelations }) : await query;
  if (!row || !personPolicy.view(actor, row)) throw new NotFound("relation");
  return row;
}
