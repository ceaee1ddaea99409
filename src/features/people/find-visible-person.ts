import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { people, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { personPolicy } from "./policy";

/** The person with this id if the actor may see them; otherwise NotFound, as if they did not exist. */
export async function findVisiblePerson(actor: Actor, db: DbOrTx, id: number) {
  const [row] = await db
    .select({ person: people, unitPath: units.path, unitName: units.name })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(people.id, id));
  if (!row || !personPolicy.view(actor, row)) throw new NotFound("person");
  return row;
}
