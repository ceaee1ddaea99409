// Downloading an evidence file: allowed to whoever may see the check-in's participant or the activity's movement.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { activities, checkins } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { contentTypeOf } from "../../platform/uploads";
import { readStoredFile } from "../documents/stored-file";
import { evidenceFile } from "./evidence";
import { findVisibleMovement } from "./find-movement";
import { progressPolicy } from "./policy";

export async function readEvidence(actor: Actor, db: DbOrTx, id: number) {
  const file = await evidenceFile(db, id);
  if (!file) throw new NotFound("evidence");
  if (file.checkinId) {
    const [c] = await db.select({ movementId: checkins.movementId, unitId: checkins.unitId }).from(checkins).where(eq(checkins.id, file.checkinId));
    const movement = await findVisibleMovement(actor, db, c!.movementId);
    const participant = movement.participants.find((p) => p.unitId === c!.unitId);
    if (!participant || !progressPolicy.viewParticipant(actor, { path: movement.unitPath }, participant)) throw new NotFound("evidence");
  } else {
    const [a] = await db.select({ movementId: activities.movementId }).from(activities).where(eq(activities.id, file.activityId!));
    await findVisibleMovement(actor, db, a!.movementId);
  }
  return { name: file.name, contentType: contentTypeOf(file.kind), bytes: await readStoredFile(db, file.sha256) };
}
