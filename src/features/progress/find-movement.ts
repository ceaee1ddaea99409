// A movement as the actor may see it, with what progress needs of it: its unit, its period,
// its criteria and its participants.
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { criteria, movementParticipants, movements, units } from "../../db/schema";
import { isMeasure, type Measure } from "../../domain/progress/values";
import type { Actor } from "../../platform/actor";
import { Forbidden, NotFound } from "../../platform/errors";
import { progressPolicy } from "./policy";

export interface MovementParticipant {
  unitId: number;
  name: string;
  kind: string;
  path: string;
}

export async function loadMovement(db: DbOrTx, movementId: number) {
  const [row] = await db
    .select({ movement: movements, unitName: units.name, unitPath: units.path })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.unitId))
    .where(eq(movements.id, movementId));
  return row ? { ...row.movement, unitName: row.unitName, unitPath: row.unitPath } : null;
}

export async function participantsOf(db: DbOrTx, movementId: number): Promise<MovementParticipant[]> {
  return db
    .select({ unitId: units.id, name: units.name, kind: units.kind, path: units.path })
    .from(movementParticipants)
    .innerJoin(units, eq(units.id, movementParticipants.unitId))
    .where(eq(movementParticipants.movementId, movementId))
    .orderBy(asc(units.sortKey), asc(units.id));
}

export async function criteriaOf(db: DbOrTx, movementId: number) {
  const rows = await db.select().from(criteria).where(eq(criteria.movementId, movementId)).orderBy(asc(criteria.position), asc(criteria.id));
  // An unknown measure is read as a count rather than failing the page.
  return rows.map((c) => ({ ...c, measure: (isMeasure(c.measure) ? c.measure : "number") as Measure }));
}

export type VisibleMovement = NonNullable<Awaited<ReturnType<typeof loadMovement>>> & { participants: MovementParticipant[] };

/** The movement if the actor may see it (in its unit, or as a participant); otherwise NotFound. */
export async function findVisibleMovement(actor: Actor, db: DbOrTx, movementId: number): Promise<VisibleMovement> {
  const movement = await loadMovement(db, movementId);
  if (!movement) throw new NotFound("movement");
  const participants = await participantsOf(db, movementId);
  // A draft is still the unit's own business: participants see a movement once it is launched.
  const visibleTo = movement.status === "draft" ? [] : participants;
  if (!progressPolicy.viewMovement(actor, { path: movement.unitPath }, visibleTo)) throw new NotFound("movement");
  return { ...movement, participants };
}

/**
 * The participant unit on whose behalf the actor reports: one of the movement's participants
 * that the actor takes part for. A movement not yet launched (or closed) takes no reports.
 */
export function reportingUnit(actor: Actor, movement: VisibleMovement, unitId: number): MovementParticipant {
  const participant = movement.participants.find((p) => p.unitId === unitId);
  if (!participant) throw new NotFound("participant");
  if (!progressPolicy.participate(actor, participant)) throw new Forbidden("movement.participate");
  if (movement.status !== "launched") throw new Forbidden("movement.not_launched");
  return participant;
}

/** Participants the actor may report for (their own units among the participants). */
export const ownParticipants = (actor: Actor, movement: VisibleMovement) => movement.participants.filter((p) => progressPolicy.participate(actor, p));

export async function findCriterion(db: DbOrTx, movementId: number, criterionId: number) {
  const [row] = await db.select().from(criteria).where(and(eq(criteria.id, criterionId), eq(criteria.movementId, movementId)));
  return row ? { ...row, measure: (isMeasure(row.measure) ? row.measure : "number") as Measure } : null;
}
