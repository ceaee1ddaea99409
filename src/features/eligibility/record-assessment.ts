// Sets a person's rating for a year (đánh giá, xếp loại): creates it, or changes it with the
// reason, the old value kept in the audit entry's before/after.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { yearlyAssessments } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { AssessmentInput } from "./fact-input";
import { FACT_ENTITY, findFactPerson } from "./find-fact-person";

export async function recordAssessment(actor: Actor, personId: number, input: unknown, db: Db) {
  const values = parseInput(AssessmentInput, input);
  return db.transaction(async (tx) => {
    const person = await findFactPerson(actor, tx, personId, "manage");
    const [existing] = await tx
      .select()
      .from(yearlyAssessments)
      .where(and(eq(yearlyAssessments.personId, person.id), eq(yearlyAssessments.year, values.year)))
      .for("update");
    if (!existing) {
      const [row] = await tx
        .insert(yearlyAssessments)
        .values({ personId: person.id, year: values.year, rating: values.rating, note: values.note, recordedBy: actor.id })
        .returning();
      await audit(tx, actor, { action: "eligibility.assessment_recorded", entityType: FACT_ENTITY, entityId: person.id, unit: person.unit, after: factOf(row!) });
      return { assessment: row!, changed: false };
    }
    if (existing.rating === values.rating && existing.note === values.note) return { assessment: existing, changed: false };
    if (values.reason.length < 5) throw ValidationError.field("reason", "eligibility.errors.change_reason_required", { year: values.year });
    const [row] = await tx
      .update(yearlyAssessments)
      .set({ rating: values.rating, note: values.note, recordedBy: actor.id, updatedAt: new Date() })
      .where(eq(yearlyAssessments.id, existing.id))
      .returning();
    await audit(tx, actor, {
      action: "eligibility.assessment_changed",
      entityType: FACT_ENTITY,
      entityId: person.id,
      unit: person.unit,
      before: factOf(existing),
      after: { ...factOf(row!), reason: values.reason },
    });
    return { assessment: row!, changed: true };
  });
}

/** What the history shows of an assessment. */
export const factOf = (a: { id: number; year: number; rating: string; note: string }) => ({ kind: "assessment", id: a.id, year: a.year, rating: a.rating, ...(a.note ? { note: a.note } : {}) });
