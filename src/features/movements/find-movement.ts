import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { movementParticipants, movements, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { idFrom } from "../../web/params";
import { movementPolicy } from "./policy";

export type MovementRow = typeof movements.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export interface ParticipantRow {
  unitId: number;
  name: string;
  kind: string;
  path: string;
  code: string | null;
}

/**
 * The movement if the actor may see it (movementPolicy.view: its unit, or a participant once
 * launched); otherwise NotFound, as if it did not exist. Every page, API route, CLI command
 * and download of a movement and its children finds it here. `forUpdate` locks the row, so
 * that two clicks on "launch" cannot both pass the status check; `forShare` keeps it from
 * changing (closing) until a write that depends on its state (a check-in) commits.
 */
export async function findVisibleMovement(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean; forShare?: boolean } = {}): Promise<{ movement: MovementRow; unit: UnitRow; participants: ParticipantRow[] }> {
  const query = db.select().from(movements).where(eq(movements.id, id));
  const [movement] = opts.forUpdate ? await query.for("update") : opts.forShare ? await query.for("share") : await query;
  if (!movement) throw new NotFound("movement");
  const [unit] = await db.select().from(units).where(eq(units.id, movement.unitId));
  const participants = await participantsOf(db, id);
  if (!movementPolicy.view(actor, { status: movement.status, unitPath: unit!.path }, participants)) throw new NotFound("movement");
  return { movement, unit: unit!, participants };
}

/** The participants of a movement with their units, in Vietnamese order. */
export function participantsOf(db: DbOrTx, movementId: number): Promise<ParticipantRow[]> {
  return db
    .select({ unitId: units.id, name: units.name, kind: units.kind, path: units.path, code: units.code })
    .from(movementParticipants)
    .innerJoin(units, eq(units.id, movementParticipants.unitId))
    .where(eq(movementParticipants.movementId, movementId))
    .orderBy(asc(units.sortKey), asc(units.id));
}

/** Ids are PostgreSQL integers: a larger number from a URL names nothing (and must not reach the query). */
export const MAX_ID = 2_147_483_647;

export function rowId(value: string | undefined, entity: string): number {
  const id = idFrom(value, entity);
  if (id > MAX_ID) throw new NotFound(entity);
  return id;
}

/** The ids on a materialised path, the unit itself last: "/1/4/9/" → [1, 4, 9]. */
export function pathIds(path: string): number[] {
  return path.split("/").filter(Boolean).map(Number);
}
