import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { movements } from "../../db/schema";
import { movementAllows } from "../../domain/movements/movement";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleMovement } from "./find-movement";
import { MovementFields } from "./movement-input";
import { movementPolicy } from "./policy";
import { checkMovement, movementColumns, writeMovementParts } from "./save-movement";

/** Edits a draft movement: its fields, milestones, links and participants. */
export async function updateMovement(actor: Actor, id: number, input: unknown, db: Db) {
  const values = parseInput(MovementFields, input);
  return db.transaction(async (tx) => {
    const { movement, unit } = await findVisibleMovement(actor, tx, id, { forUpdate: true });
    authorize(movementPolicy.manage(actor, unit), "movement.manage");
    if (!movementAllows(movement.status, "edit")) throw ValidationError.field("_form", "errors.movement_not_draft");
    await checkMovement(tx, unit, values, movement.id);
    const [saved] = await tx.update(movements).set(movementColumns(values)).where(eq(movements.id, movement.id)).returning();
    await writeMovementParts(tx, movement.id, values);
    await audit(tx, actor, { action: "movement.updated", entityType: "movement", entityId: movement.id, unit, before: movement, after: values });
    return saved!;
  });
}
