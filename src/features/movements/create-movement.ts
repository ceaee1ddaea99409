import type { Db } from "../../db/client";
import { movements } from "../../db/schema";
import { GOVERNMENT_KINDS } from "../../domain/documents/issuing-body";
import { isUnitKind } from "../../domain/access/unit-kinds";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { CreateMovementInput } from "./movement-input";
import { movementPolicy } from "./policy";
import { checkMovement, movementColumns, writeMovementParts } from "./save-movement";

/** Starts a movement as a draft of the unit, from an issued plan or on its own. */
export async function createMovement(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CreateMovementInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(movementPolicy.manage(actor, unit), "movement.manage");
    // Movements are launched by People's Committees; their sub-units take part.
    if (!isUnitKind(unit.kind) || !GOVERNMENT_KINDS.includes(unit.kind)) throw ValidationError.field("unitId", "errors.movement_unit_cannot_launch");
    await checkMovement(tx, unit, values, null);
    const [movement] = await tx.insert(movements).values({ unitId: unit.id, ...movementColumns(values), createdBy: actor.id }).returning();
    await writeMovementParts(tx, movement!.id, values);
    await audit(tx, actor, { action: "movement.created", entityType: "movement", entityId: movement!.id, unit, after: values });
    return movement!;
  });
}
