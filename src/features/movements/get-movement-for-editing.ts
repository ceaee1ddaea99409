import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { criteria, movementLinks, movementMilestones, movementParticipants } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { authorize, NotFound } from "../../platform/errors";
import { findVisibleMovement } from "./find-movement";
import { movementPolicy } from "./policy";

/** A movement as its edit form needs it (its managers only): milestones, links and participants. */
export async function getMovementForEditing(actor: Actor, db: DbOrTx, id: number) {
  const { movement, unit } = await findVisibleMovement(actor, db, id);
  authorize(movementPolicy.manage(actor, unit), "movement.manage");
  const [milestones, links, participants] = await Promise.all([
    db.select().from(movementMilestones).where(eq(movementMilestones.movementId, id)).orderBy(asc(movementMilestones.on)),
    db.select().from(movementLinks).where(eq(movementLinks.movementId, id)),
    db.select().from(movementParticipants).where(eq(movementParticipants.movementId, id)),
  ]);
  return { movement, unit, milestones, links, participants };
}

/** One criterion of a movement, for its edit form (the movement's managers only). */
export async function getCriterionForEditing(actor: Actor, db: DbOrTx, movementId: number, criterionId: number) {
  const { movement, unit } = await findVisibleMovement(actor, db, movementId);
  authorize(movementPolicy.manage(actor, unit), "movement.manage");
  const [criterion] = await db.select().from(criteria).where(and(eq(criteria.id, criterionId), eq(criteria.movementId, movementId)));
  if (!criterion) throw new NotFound("criterion");
  return { movement, unit, criterion };
}
