// Records a recognised initiative (sáng kiến) with how far its recognition reaches.
import type { Db } from "../../db/client";
import { initiatives } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { parseInput } from "../../platform/validation";
import { InitiativeInput } from "./fact-input";
import { FACT_ENTITY, findFactPerson } from "./find-fact-person";

export async function recordInitiative(actor: Actor, personId: number, input: unknown, db: Db) {
  const values = parseInput(InitiativeInput, input);
  return db.transaction(async (tx) => {
    const person = await findFactPerson(actor, tx, personId, "manage");
    const [row] = await tx.insert(initiatives).values({ personId: person.id, ...values, recordedBy: actor.id }).returning();
    await audit(tx, actor, { action: "eligibility.initiative_recorded", entityType: FACT_ENTITY, entityId: person.id, unit: person.unit, after: initiativeFact(row!) });
    return row!;
  });
}

export const initiativeFact = (i: { id: number; title: string; scope: string; recognisedOn: string; recognisedBy: string }) => ({
  kind: "initiative",
  id: i.id,
  title: i.title,
  scope: i.scope,
  recognisedOn: i.recognisedOn,
  recognisedBy: i.recognisedBy,
});
