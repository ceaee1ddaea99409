// A participant reports its progress on one criterion, with evidence (tiến độ thực hiện).
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { checkins } from "../../db/schema";
import { CHECKIN_STATUSES } from "../../domain/progress/values";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound, ValidationError } from "../../platform/errors";
import type { UploadedFile } from "../../platform/uploads";
import { fields, parseInput } from "../../platform/validation";
import { dateErrors, readValue, requestKey } from "./checkin-input";
import { attachEvidence, prepareEvidence } from "./evidence";
import { findCriterion, findVisibleMovement, reportingUnit } from "./find-movement";

export const RecordCheckinInput = z.object({
  unitId: fields.id("errors.choose_unit"),
  criterionId: fields.id("errors.checkin_criterion"),
  reportedOn: fields.date(),
  status: z.enum(CHECKIN_STATUSES, { error: "errors.checkin_status" }),
  /** A number, a percentage (0–100), or yes/no (true/false, "yes"/"no", 1/0) by the criterion's measure. */
  value: z.union([z.string(), z.number(), z.boolean()], { error: "errors.checkin_value_required" }),
  narrative: z.string().trim().max(4000, "errors.too_long").default(""),
  requestKey: requestKey(),
});

/** Whether the actor reports for this participant of this movement: checked before the files are read. */
export async function assertMayReport(actor: Actor, db: Db, movementId: number, unitId: number): Promise<void> {
  reportingUnit(actor, await findVisibleMovement(actor, db, movementId), unitId);
}

/** Who may report what, when: the movement (kept from closing meanwhile), the participant, the criterion, the value and the date. */
async function checkCheckin(actor: Actor, db: DbOrTx, movementId: number, values: z.output<typeof RecordCheckinInput>, now: Date, opts: { forShare?: boolean } = {}) {
  const movement = await findVisibleMovement(actor, db, movementId, opts);
  const participant = reportingUnit(actor, movement, values.unitId);
  const criterion = await findCriterion(db, movement.id, values.criterionId);
  if (!criterion) throw ValidationError.field("criterionId", "errors.checkin_criterion");
  const value = readValue("value", criterion.measure, values.value);
  const errors = { ...dateErrors("reportedOn", values.reportedOn, movement, now), ...value.errors };
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return { movement, participant, criterion, value };
}

/**
 * Stores one check-in and its files in one transaction. Every problem, the files' included,
 * is found before anything is written. The same request key twice (a double click, a retried
 * POST) gives back the check-in the first one stored.
 */
export async function recordCheckin(actor: Actor, movementId: number, input: unknown, db: Db, files: readonly UploadedFile[] = [], now = new Date()) {
  const values = parseInput(RecordCheckinInput, input);
  // Checked before the photos are processed, and again where it counts: in the writing transaction.
  await checkCheckin(actor, db, movementId, values, now);
  const evidence = await prepareEvidence(files);

  return db.transaction(async (tx) => {
    const { movement, participant, criterion, value } = await checkCheckin(actor, tx, movementId, values, now, { forShare: true });
    const [row] = await tx
      .insert(checkins)
      .values({
        movementId: movement.id, unitId: participant.unitId, criterionId: criterion.id, reportedOn: values.reportedOn,
        status: values.status, value: value.value, narrative: values.narrative, createdBy: actor.id, requestKey: values.requestKey ?? null,
      })
      .onConflictDoNothing({ target: checkins.requestKey })
      .returning();
    if (!row) {
      // Already stored by the first of two identical requests: answer with it.
      const [existing] = await tx.select().from(checkins).where(and(eq(checkins.requestKey, values.requestKey!), eq(checkins.unitId, participant.unitId)));
      if (!existing) throw new NotFound("checkin");
      return { checkin: existing, evidence: [], repeated: true };
    }
    const stored = await attachEvidence(tx, actor, { checkinId: row.id }, evidence);
    await audit(tx, actor, {
      action: "checkin.recorded", entityType: "checkin", entityId: row.id, unit: { id: participant.unitId, path: participant.path },
      after: { ...row, evidence: stored.map((e) => ({ sha256: e.sha256, name: e.name, kind: e.kind })) },
    });
    return { checkin: row, evidence: stored, repeated: false };
  });
}
