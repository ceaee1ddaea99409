import { count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { criteria, movementParticipants, movements } from "../../db/schema";
import { launchProblems, movementAllows } from "../../domain/movements/movement";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError, type FieldErrors } from "../../platform/errors";
import { findVisibleMovement } from "./find-movement";
import { movementPolicy } from "./policy";

/** Launches a draft: from now on participants register, and its criteria are fixed. */
export async function launchMovement(actor: Actor, id: number, db: Db) {
  return db.transaction(async (tx) => {
    const { movement, unit } = await findVisibleMovement(actor, tx, id, { forUpdate: true });
    authorize(movementPolicy.manage(actor, unit), "movement.manage");
    if (!movementAllows(movement.status, "launch")) throw ValidationError.field("_form", "errors.movement_not_draft");
    const [p] = await tx.select({ n: count() }).from(movementParticipants).where(eq(movementParticipants.movementId, id));
    const [c] = await tx.select({ n: count() }).from(criteria).where(eq(criteria.movementId, id));
    const problems = launchProblems({ participants: p!.n, criteria: c!.n });
    if (Object.keys(problems).length > 0) throw new ValidationError(Object.fromEntries(Object.entries(problems).map(([f, key]) => [f, { key }])) as FieldErrors);
    const [saved] = await tx.update(movements).set({ status: "launched", launchedAt: new Date() }).where(eq(movements.id, id)).returning();
    await audit(tx, actor, { action: "movement.launched", entityType: "movement", entityId: id, unit, before: { status: movement.status }, after: { status: "launched" } });
    return saved!;
  });
}

/** Closes a launched movement: no more registrations or decisions. */
export async function closeMovement(actor: Actor, id: number, db: Db) {
  return db.transaction(async (tx) => {
    const { movement, unit } = await findVisibleMovement(actor, tx, id, { forUpdate: true });
    authorize(movementPolicy.manage(actor, unit), "movement.manage");
    if (!movementAllows(movement.status, "close")) throw ValidationError.field("_form", "errors.movement_not_launched");
    const [saved] = await tx.update(movements).set({ status: "closed" }).where(eq(movements.id, id)).returning();
    await audit(tx, actor, { action: "movement.closed", entityType: "movement", entityId: id, unit, before: { status: movement.status }, after: { status: "closed" } });
    return saved!;
  });
}
