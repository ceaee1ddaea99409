// Activities and events of a movement (hoạt động): ceremonies, talks with historical witnesses,
// visits to families of war invalids and martyrs, culture and sports. Kept ready for the
// public portal (title, date, place, description, photos).
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { activities } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import type { UploadedFile } from "../../platform/uploads";
import { fields, parseInput } from "../../platform/validation";
import { checkReportedOn } from "../../domain/progress/values";
import { requestKey } from "./checkin-input";
import { attachEvidence, prepareEvidence } from "./evidence";
import { findVisibleMovement } from "./find-movement";
import { progressPolicy } from "./policy";

export const ACTIVITY_KINDS = ["ceremony", "talk", "visit", "culture_sports", "other"] as const;

export const RecordActivityInput = z.object({
  /** The unit that held it: a participant, or the movement's own unit. */
  unitId: fields.id("errors.choose_unit"),
  title: fields.requiredText(300),
  kind: z.enum(ACTIVITY_KINDS, { error: "activities.error_kind" }),
  happenedOn: fields.date(),
  place: z.string().trim().max(300, "errors.too_long").default(""),
  participants: z.string().trim().max(2000, "errors.too_long").default(""),
  description: z.string().trim().max(8000, "errors.too_long").default(""),
  requestKey: requestKey(),
});

/** Units on whose behalf the actor may record an activity of this movement. */
export function activityUnits(actor: Actor, movement: Awaited<ReturnType<typeof findVisibleMovement>>) {
  const own = { unitId: movement.unitId, name: movement.unitName, kind: "", path: movement.unitPath };
  return [own, ...movement.participants.filter((p) => p.unitId !== movement.unitId)].filter((u) => progressPolicy.participate(actor, u));
}

/** Whether the actor may record an activity of this movement for some unit: checked before the photos are read. */
export async function assertMayRecordActivity(actor: Actor, db: Db, movementId: number): Promise<void> {
  const movement = await findVisibleMovement(actor, db, movementId);
  authorize(activityUnits(actor, movement).length > 0, "activity.create");
}

/** Whose activity, when: the movement (kept from closing meanwhile), the unit, the date within the period. */
async function checkActivity(actor: Actor, db: DbOrTx, movementId: number, values: z.output<typeof RecordActivityInput>, opts: { forShare?: boolean } = {}) {
  const movement = await findVisibleMovement(actor, db, movementId, opts);
  const unit = activityUnits(actor, movement).find((u) => u.unitId === values.unitId);
  if (!unit) throw ValidationError.field("unitId", "errors.choose_unit");
  authorize(movement.status !== "draft", "activity.movement_not_launched");
  // Within the movement's period; the date is when it happened, so not a later day either.
  const verdict = checkReportedOn(values.happenedOn, movement, "9999-12-31");
  if (verdict !== "ok") throw ValidationError.field("happenedOn", "errors.checkin_date_outside", { from: movement.startsOn.split("-").reverse().join("/"), to: movement.endsOn.split("-").reverse().join("/") });
  return { movement, unit };
}

export async function recordActivity(actor: Actor, movementId: number, input: unknown, db: Db, files: readonly UploadedFile[] = []) {
  const values = parseInput(RecordActivityInput, input);
  // Checked before the photos are processed, and again in the writing transaction.
  await checkActivity(actor, db, movementId, values);
  const photos = await prepareEvidence(files);

  return db.transaction(async (tx) => {
    const { movement, unit } = await checkActivity(actor, tx, movementId, values, { forShare: true });
    const [row] = await tx
      .insert(activities)
      .values({ ...values, movementId: movement.id, unitId: unit.unitId, createdBy: actor.id, requestKey: values.requestKey ?? null })
      .onConflictDoNothing({ target: activities.requestKey })
      .returning();
    if (!row) {
      const [existing] = await tx.select().from(activities).where(and(eq(activities.requestKey, values.requestKey!), eq(activities.movementId, movement.id)));
      if (!existing) throw new NotFound("activity");
      return { activity: existing, evidence: [], repeated: true };
    }
    const stored = await attachEvidence(tx, actor, { activityId: row.id }, photos);
    await audit(tx, actor, { action: "activity.recorded", entityType: "activity", entityId: row.id, unit: { id: unit.unitId, path: unit.path }, after: { ...row, evidence: stored.map((e) => e.sha256) } });
    return { activity: row, evidence: stored, repeated: false };
  });
}
