// Records a discipline (kỷ luật): its form, the decision, the day decided and the last day it runs.
import type { Db } from "../../db/client";
import { disciplines } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { parseInput } from "../../platform/validation";
import { assertPeriod, DisciplineInput } from "./fact-input";
import { FACT_ENTITY, findFactPerson } from "./find-fact-person";

export async function recordDiscipline(actor: Actor, personId: number, input: unknown, db: Db) {
  const values = parseInput(DisciplineInput, input);
  assertPeriod(values.decidedOn, values.endsOn);
  return db.transaction(async (tx) => {
    const person = await findFactPerson(actor, tx, personId, "manage");
    const [row] = await tx.insert(disciplines).values({ personId: person.id, ...values, recordedBy: actor.id }).returning();
    await audit(tx, actor, { action: "eligibility.discipline_recorded", entityType: FACT_ENTITY, entityId: person.id, unit: person.unit, after: disciplineFact(row!) });
    return row!;
  });
}

export const disciplineFact = (d: { id: number; form: string; decision: string; decidedOn: string; endsOn: string | null }) => ({
  kind: "discipline",
  id: d.id,
  form: d.form,
  decision: d.decision,
  decidedOn: d.decidedOn,
  endsOn: d.endsOn,
});
