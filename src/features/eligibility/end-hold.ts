// Ends a hold that still lasts: the investigation closed, the complaint settled.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { awardHolds } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { assertPeriod, EndHoldInput } from "./fact-input";
import { FACT_ENTITY, findFactPerson } from "./find-fact-person";
import { holdFact } from "./record-hold";

export async function endHold(actor: Actor, personId: number, input: unknown, db: Db) {
  const values = parseInput(EndHoldInput, input);
  return db.transaction(async (tx) => {
    const person = await findFactPerson(actor, tx, personId, "manage");
    const [hold] = await tx
      .select()
      .from(awardHolds)
      .where(and(eq(awardHolds.id, values.holdId), eq(awardHolds.personId, person.id)))
      .for("update");
    if (!hold) throw new NotFound("hold");
    if (hold.endsOn) throw ValidationError.field("holdId", "eligibility.errors.hold_ended", { date: hold.endsOn });
    assertPeriod(hold.startsOn, values.endsOn);
    const [row] = await tx.update(awardHolds).set({ endsOn: values.endsOn }).where(eq(awardHolds.id, hold.id)).returning();
    await audit(tx, actor, { action: "eligibility.hold_ended", entityType: FACT_ENTITY, entityId: person.id, unit: person.unit, before: holdFact(hold), after: holdFact(row!) });
    return row!;
  });
}
