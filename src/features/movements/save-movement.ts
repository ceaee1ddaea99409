// Shared by creating and editing a movement: checks the choices against what the unit may
// pick, then writes milestones, links and participants (replacing the earlier ones).
import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { movementLinks, movementMilestones, movementParticipants } from "../../db/schema";
import { periodProblems } from "../../domain/movements/movement";
import { ValidationError, type FieldErrors } from "../../platform/errors";
import { launchablePlans, linkableMovements, participantChoices } from "./form-choices";
import type { MovementValues } from "./movement-input";

type UnitRef = { id: number; path: string };

/** Every problem at once, as the form shows them. */
export async function checkMovement(tx: Tx, unit: UnitRef, values: MovementValues, movementId: number | null): Promise<void> {
  const problems: FieldErrors = {};
  for (const [field, key] of Object.entries(periodProblems(values))) problems[field] = { key };
  if (values.planDocumentId !== null) {
    const plans = await launchablePlans(tx, unit);
    if (!plans.some((p) => p.id === values.planDocumentId)) problems.planDocumentId = { key: "errors.movement_plan_unknown" };
  }
  if (values.linkedIds.length > 0) {
    const linkable = new Set((await linkableMovements(tx, unit, movementId)).map((m) => m.id));
    if (values.linkedIds.some((id) => !linkable.has(id))) problems.linkedIds = { key: "errors.movement_link_unknown" };
  }
  if (values.participantIds.length > 0) {
    const allowed = new Set((await participantChoices(tx, unit)).map((u) => u.id));
    if (values.participantIds.some((id) => !allowed.has(id))) problems.participantIds = { key: "errors.movement_participant_unknown" };
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
}

export async function writeMovementParts(tx: Tx, movementId: number, values: Pick<MovementValues, "milestones" | "linkedIds" | "participantIds">): Promise<void> {
  await tx.delete(movementMilestones).where(eq(movementMilestones.movementId, movementId));
  await tx.delete(movementLinks).where(eq(movementLinks.movementId, movementId));
  await tx.delete(movementParticipants).where(eq(movementParticipants.movementId, movementId));
  const milestones = [...values.milestones].sort((a, b) => a.on.localeCompare(b.on));
  if (milestones.length > 0) await tx.insert(movementMilestones).values(milestones.map((m) => ({ movementId, on: m.on, name: m.name, kind: m.kind })));
  const linked = [...new Set(values.linkedIds)];
  if (linked.length > 0) await tx.insert(movementLinks).values(linked.map((linkedId) => ({ movementId, linkedId })));
  const participants = [...new Set(values.participantIds)];
  if (participants.length > 0) await tx.insert(movementParticipants).values(participants.map((unitId) => ({ movementId, unitId })));
}

/** The movement's own columns from the input. */
export function movementColumns(values: MovementValues) {
  const { name, kind, planDocumentId, startsOn, endsOn, registrationDeadline, description } = values;
  return { name, kind, planDocumentId, startsOn, endsOn, registrationDeadline, description };
}
