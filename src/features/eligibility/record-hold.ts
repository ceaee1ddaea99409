// Records a hold (tạm hoãn xét khen thưởng): why, from when, and until when if known.
import type { Db } from "../../db/client";
import { awardHolds } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { parseInput } from "../../platform/validation";
import { assertPeriod, HoldInput } from "./fact-input";
import { FACT_ENTITY, findFactPerson } from "./find-fact-person";

export async function recordHold(actor: Actor, personId: number, input: unknown, db: Db) {
  const values = parseInput(HoldInput, input);
  assertPeriod(values.startsOn, values.endsOn);
  return db.transaction(async (tx) => {
    const person = await findFactPerson(actor, tx, personId, "manage");
    const [row] = await tx.insert(awardHolds).values({ personId: person.id, ...values, recordedBy: actor.id }).returning();
    await audit(tx, actor, { action: "eligibility.hold_recorded", entityType: FACT_ENTITY, entityId: person.id, unit: person.unit, after: holdFact(row!) });
    return row!;
  });
}

export const holdFact = (h: { id: number; reason: string; startsOn: string; endsOn: string | null }) => ({ kind: "hold", id: h.id, reason: h.reason, startsOn: h.startsOn, endsOn: h.endsOn });
