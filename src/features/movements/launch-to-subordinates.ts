import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { criteria, movementMilestones, movements } from "../../db/schema";
import { movementAllows } from "../../domain/movements/movement";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleMovement } from "./find-movement";
import { subordinateChoices } from "./form-choices";
import { SubordinatesInput } from "./movement-input";
import { movementPolicy } from "./policy";

/**
 * A higher level (a province, or a unit above communes and wards) launches its movement to
 * all or some of its subordinate units; a draft is launched by it. Each chosen unit gets its
 * own part: a draft movement with the same name, kind, period, milestones and criteria
 * (parentId = this one), to which it adds its own participants and which it launches
 * itself. A unit that already has its part is skipped, so sending the same choice twice
 * creates nothing more; more units can be added later.
 */
export async function launchToSubordinates(actor: Actor, id: number, input: unknown, db: Db) {
  const { unitIds } = parseInput(SubordinatesInput, input);
  return db.transaction(async (tx) => {
    // The lock on the parent serialises two launches, so the "already has its part" check holds.
    const { movement, unit } = await findVisibleMovement(actor, tx, id, { forUpdate: true });
    authorize(movementPolicy.manage(actor, unit), "movement.manage");
    if (!movementAllows(movement.status, "launch_to_subordinates")) throw ValidationError.field("_form", "errors.movement_closed");
    const subordinates = await subordinateChoices(tx, unit);
    if (subordinates.length === 0) throw ValidationError.field("unitIds", "errors.movement_no_subordinates");
    const byId = new Map(subordinates.map((s) => [s.id, s]));
    if (unitIds !== "all" && unitIds.some((u) => !byId.has(u))) throw ValidationError.field("unitIds", "errors.movement_subordinate_unknown");
    const chosen = unitIds === "all" ? subordinates : [...new Set(unitIds)].map((u) => byId.get(u)!);

    const ownCriteria = await tx.select().from(criteria).where(eq(criteria.movementId, id)).orderBy(asc(criteria.position));
    // Launching to subordinates launches the movement itself (its criteria are fixed from now
    // on), so every part copies the same criteria, whenever it is created.
    if (movement.status === "draft") {
      if (ownCriteria.length === 0) throw ValidationError.field("criteria", "errors.movement_needs_criterion");
      await tx.update(movements).set({ status: "launched", launchedAt: new Date() }).where(eq(movements.id, id));
      await audit(tx, actor, { action: "movement.launched", entityType: "movement", entityId: id, unit, before: { status: "draft" }, after: { status: "launched", toSubordinates: true } });
    }

    const existing = await tx.select({ unitId: movements.unitId }).from(movements).where(eq(movements.parentId, id));
    const already = new Set(existing.map((e) => e.unitId));
    const milestones = await tx.select().from(movementMilestones).where(eq(movementMilestones.movementId, id)).orderBy(asc(movementMilestones.on));

    const created: { id: number; unitId: number }[] = [];
    for (const sub of chosen.filter((s) => !already.has(s.id))) {
      const [child] = await tx
        .insert(movements)
        .values({
          unitId: sub.id, parentId: id, planDocumentId: movement.planDocumentId, name: movement.name, kind: movement.kind,
          startsOn: movement.startsOn, endsOn: movement.endsOn, registrationDeadline: movement.registrationDeadline,
          description: movement.description, createdBy: actor.id,
        })
        .returning();
      if (milestones.length > 0) await tx.insert(movementMilestones).values(milestones.map((m) => ({ movementId: child!.id, on: m.on, name: m.name, kind: m.kind })));
      if (ownCriteria.length > 0) await tx.insert(criteria).values(ownCriteria.map(({ id: _id, movementId: _m, ...c }) => ({ ...c, movementId: child!.id })));
      await audit(tx, actor, { action: "movement.launched_to_subordinate", entityType: "movement", entityId: child!.id, unit: sub, after: { parentId: id, name: movement.name } });
      created.push({ id: child!.id, unitId: sub.id });
    }
    const parts = await tx.select({ id: movements.id, unitId: movements.unitId }).from(movements).where(and(eq(movements.parentId, id), inArray(movements.unitId, chosen.map((c) => c.id))));
    return { created, skipped: chosen.length - created.length, parts };
  });
}
