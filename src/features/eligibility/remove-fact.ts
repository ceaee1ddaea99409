// Removes a fact entered by mistake (a discipline, a hold, an initiative, an assessment), with the
// reason; the audit entry keeps what was removed.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { awardHolds, disciplines, initiatives, yearlyAssessments } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { RemoveFactInput, type FactKind } from "./fact-input";
import { FACT_ENTITY, findFactPerson } from "./find-fact-person";
import { factOf } from "./record-assessment";
import { disciplineFact } from "./record-discipline";
import { holdFact } from "./record-hold";
import { initiativeFact } from "./record-initiative";

const TABLES = { assessment: yearlyAssessments, discipline: disciplines, hold: awardHolds, initiative: initiatives } as const;
const DESCRIBE: Record<FactKind, (row: never) => Record<string, unknown>> = { assessment: factOf, discipline: disciplineFact, hold: holdFact, initiative: initiativeFact };

export async function removeFact(actor: Actor, personId: number, input: unknown, db: Db) {
  const values = parseInput(RemoveFactInput, input);
  return db.transaction(async (tx) => {
    const person = await findFactPerson(actor, tx, personId, "manage");
    const table = TABLES[values.kind];
    // The fact must be this person's: another person's id answers as one that does not exist.
    const [row] = await tx
      .delete(table)
      .where(and(eq(table.id, values.factId), eq(table.personId, person.id)))
      .returning();
    if (!row) throw new NotFound(values.kind);
    await audit(tx, actor, {
      action: "eligibility.fact_removed",
      entityType: FACT_ENTITY,
      entityId: person.id,
      unit: person.unit,
      before: DESCRIBE[values.kind](row as never),
      after: { kind: values.kind, id: values.factId, removed: true, reason: values.reason },
    });
    return { kind: values.kind, id: values.factId, removed: true };
  });
}
