import { movementPolicy } from "./policy";
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { movementMilestones, movementParticipants, movements, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";

export const ListMovementsInput = z.object({
  unit: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()).catch(undefined),
  status: z.enum(["draft", "launched", "closed"]).optional().catch(undefined),
});

/** Movements of the actor's units, and those their units take part in; a subordinate's own part shows in its list. */
export async function listMovements(actor: Actor, db: DbOrTx, input: unknown) {
  const { unit: unitId, status } = parseInput(ListMovementsInput, input);
  const unit = unitId ? await findVisibleUnit(actor, db, unitId) : null;
  const scopes = movementPolicy.viewScopes(actor);
  const participating = sql`EXISTS (SELECT 1 FROM ${movementParticipants} INNER JOIN ${units} pu ON pu.id = ${movementParticipants.unitId} WHERE ${movementParticipants.movementId} = ${movements.id} AND ${withinScopes(sql`pu.path`, scopes)})`;
  const conditions: SQL[] = [or(withinScopes(units.path, scopes), participating)!];
  if (unit) conditions.push(eq(movements.unitId, unit.id));
  if (status) conditions.push(eq(movements.status, status));
  const rows = await db
    .select({
      id: movements.id, name: movements.name, kind: movements.kind, status: movements.status, startsOn: movements.startsOn, endsOn: movements.endsOn,
      registrationDeadline: movements.registrationDeadline, parentId: movements.parentId, unitId: units.id, unitName: units.name, unitCode: units.code,
    })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.unitId))
    .where(and(...conditions))
    .orderBy(desc(movements.startsOn), desc(movements.id))
    .limit(500);
  return { movements: rows, unit, status: status ?? null };
}

/** The milestones of these movements, by movement. */
export async function milestonesOf(db: DbOrTx, ids: number[]) {
  const rows = ids.length ? await db.select().from(movementMilestones).where(inArray(movementMilestones.movementId, ids)).orderBy(asc(movementMilestones.on), asc(movementMilestones.id)) : [];
  const byMovement = new Map<number, { on: string; name: string; kind: string }[]>();
  for (const m of rows) byMovement.set(m.movementId, [...(byMovement.get(m.movementId) ?? []), { on: m.on, name: m.name, kind: m.kind }]);
  return byMovement;
}
