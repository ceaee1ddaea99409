// Reviews (sơ kết "interim", tổng kết "final"): the participant assesses itself on a criterion,
// then the movement's unit assesses it. Every value set or changed is kept with the old value,
// the new one and, for a change, the reason.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { assessmentChanges, assessments } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { readValue } from "./checkin-input";
import { findCriterion, findVisibleMovement } from "./find-movement";
import { progressPolicy } from "./policy";

export const STAGES = ["interim", "final"] as const;
export type Stage = (typeof STAGES)[number];

export const AssessInput = z.object({
  unitId: fields.id("errors.choose_unit"),
  criterionId: fields.id("errors.checkin_criterion"),
  stage: z.enum(STAGES, { error: "assessments.error_stage" }),
  /** "self": the participant's own assessment; "unit": the movement's unit's. */
  side: z.enum(["self", "unit"], { error: "assessments.error_side" }),
  value: z.union([z.string(), z.number(), z.boolean()], { error: "errors.checkin_value_required" }),
  note: z.string().trim().max(2000, "errors.too_long").default(""),
  /** Required when a value already given is changed. */
  reason: z.string().trim().max(1000, "errors.too_long").default(""),
});

export async function assessCriterion(actor: Actor, movementId: number, input: unknown, db: Db) {
  const values = parseInput(AssessInput, input);
  return db.transaction(async (tx) => {
    // Read in the writing transaction, the movement kept from closing meanwhile.
    const movement = await findVisibleMovement(actor, tx, movementId, { forShare: true });
    const participant = movement.participants.find((p) => p.unitId === values.unitId);
    if (!participant) throw ValidationError.field("unitId", "errors.choose_unit");
    authorize(
      values.side === "self" ? progressPolicy.participate(actor, participant) : progressPolicy.assessAsUnit(actor, { path: movement.unitPath }),
      `assessment.${values.side}`,
    );
    authorize(movement.status !== "draft", "assessment.movement_not_launched");
    const criterion = await findCriterion(tx, movement.id, values.criterionId);
    if (!criterion) throw ValidationError.field("criterionId", "errors.checkin_criterion");
    const { value, errors } = readValue("value", criterion.measure, values.value);
    if (value === null) throw new ValidationError(errors);
    const key = and(eq(assessments.movementId, movement.id), eq(assessments.unitId, participant.unitId), eq(assessments.criterionId, criterion.id), eq(assessments.stage, values.stage));
    await tx.insert(assessments).values({ movementId: movement.id, unitId: participant.unitId, criterionId: criterion.id, stage: values.stage }).onConflictDoNothing();
    // Locked: two assessors saving at once are recorded one after the other, each with its old value.
    const [before] = await tx.select().from(assessments).where(key).for("update");
    const old = values.side === "self" ? before!.selfValue : before!.unitValue;
    if (values.side === "unit" && before!.selfValue === null) throw ValidationError.field("value", "assessments.error_self_first");
    const changed = old !== null && old !== value;
    if (changed && values.reason === "") throw ValidationError.field("reason", "assessments.error_reason_required");
    const set = values.side === "self" ? { selfValue: value, selfNote: values.note } : { unitValue: value, unitNote: values.note };
    const [after] = await tx.update(assessments).set({ ...set, updatedAt: new Date() }).where(eq(assessments.id, before!.id)).returning();
    if (old !== value) {
      await tx.insert(assessmentChanges).values({ assessmentId: before!.id, side: values.side, oldValue: old, newValue: value, reason: values.reason, changedBy: actor.id });
    }
    await audit(tx, actor, {
      action: `assessment.${values.side}`, entityType: "assessment", entityId: before!.id, unit: { id: participant.unitId, path: participant.path },
      before, after: { ...after, reason: values.reason || null },
    });
    return after!;
  });
}
