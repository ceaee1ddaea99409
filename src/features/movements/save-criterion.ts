import { and, eq, max } from "drizzle-orm";
import type { Db } from "../../db/client";
import { criteria } from "../../db/schema";
import { criterionProblems, normalisedTarget } from "../../domain/movements/criteria";
import { movementAllows } from "../../domain/movements/movement";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError, type FieldErrors } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleMovement } from "./find-movement";
import { CriterionInput } from "./movement-input";
import { movementPolicy } from "./policy";

function checkedCriterion(input: unknown) {
  const values = parseInput(CriterionInput, input);
  const problems = criterionProblems(values);
  if (Object.keys(problems).length > 0) throw new ValidationError(Object.fromEntries(Object.entries(problems).map(([f, key]) => [f, { key }])) as FieldErrors);
  // A percentage is measured in "%" unless the writer said otherwise.
  const unitLabel = values.unitLabel ?? (values.measure === "percent" ? "%" : null);
  return { ...values, unitLabel, target: normalisedTarget(values.measure, values.target) };
}

/** Criteria are set while the movement is a draft; at launch participants commit to them (see movementAllows). */
async function editableMovement(actor: Actor, tx: Parameters<Parameters<Db["transaction"]>[0]>[0], movementId: number) {
  const found = await findVisibleMovement(actor, tx, movementId, { forUpdate: true });
  authorize(movementPolicy.manage(actor, found.unit), "movement.manage");
  if (!movementAllows(found.movement.status, "edit_criteria")) throw ValidationError.field("_form", "errors.movement_criteria_fixed");
  return found;
}

export async function addCriterion(actor: Actor, movementId: number, input: unknown, db: Db) {
  const values = checkedCriterion(input);
  return db.transaction(async (tx) => {
    const { unit } = await editableMovement(actor, tx, movementId);
    const [last] = await tx.select({ n: max(criteria.position) }).from(criteria).where(eq(criteria.movementId, movementId));
    const [row] = await tx.insert(criteria).values({ movementId, position: (last?.n ?? 0) + 1, ...values }).returning();
    await audit(tx, actor, { action: "criterion.added", entityType: "criterion", entityId: row!.id, unit, after: row });
    return row!;
  });
}

export async function updateCriterion(actor: Actor, movementId: number, criterionId: number, input: unknown, db: Db) {
  const values = checkedCriterion(input);
  return db.transaction(async (tx) => {
    const { unit } = await editableMovement(actor, tx, movementId);
    const [before] = await tx.select().from(criteria).where(and(eq(criteria.id, criterionId), eq(criteria.movementId, movementId)));
    if (!before) throw new NotFound("criterion");
    const [row] = await tx.update(criteria).set(values).where(eq(criteria.id, criterionId)).returning();
    await audit(tx, actor, { action: "criterion.updated", entityType: "criterion", entityId: criterionId, unit, before, after: row });
    return row!;
  });
}
