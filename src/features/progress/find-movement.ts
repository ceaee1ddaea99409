// A movement as the actor may see it, with what progress needs of it: its unit, its period,
// its criteria and its participants.
import { and, asc, eq } from "drizzle-orm";
import { findVisibleMovement as findMovement, type MovementRow, type ParticipantRow } from "../movements/find-movement";
import type { DbOrTx } from "../../db/client";
import { criteria } from "../../db/schema";
import { isMeasure, type Measure } from "../../domain/progress/values";
import type { Actor } from "../../platform/actor";
import { Forbidden, NotFound } from "../../platform/errors";
import { progressPolicy } from "./policy";

export type MovementParticipant = ParticipantRow;

export async function criteriaOf(db: DbOrTx, movementId: number) {
  const rows = await db.select().from(criteria).where(eq(criteria.movementId, movementId)).orderBy(asc(criteria.position), asc(criteria.id));
  // An unknown measure is read as a count rather than failing the page.
  return rows.map((c) => ({ ...c, measure: (isMeasure(c.measure) ? c.measure : "number") as Measure }));
}

export type VisibleMovement = MovementRow & { unitName: string; unitPath: string; participants: MovementParticipant[] };

/** The movement as progress needs it, found by the movements area's one visibility rule. */
export async function findVisibleMovement(actor: Actor, db: DbOrTx, movementId: number, opts: { forShare?: boolean } = {}): Promise<VisibleMovement> {
  const { movement, unit, participants } = await findMovement(actor, db, movementId, opts);
  return { ...movement, unitName: unit.name, unitPath: unit.path, participants };
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
