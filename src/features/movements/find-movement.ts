import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { movementParticipants, movements, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { idFrom } from "../../web/params";
import { movementPolicy } from "./policy";

export type MovementRow = typeof movements.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

/**
 * The movement if the actor may see it: within their units, or one their unit takes part
 * in (a mass organisation's official sees the ward's movement it was invited to).
 * Otherwise NotFound, as if it did not exist. `forUpdate` locks the row, so that two
 * clicks on "launch" cannot both pass the status check.
 */
export async function findVisibleMovement(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}): Promise<{ movement: MovementRow; unit: UnitRow }> {
  const query = db.select().from(movements).where(eq(movements.id, id));
  const [movement] = opts.forUpdate ? await query.for("update") : await query;
  if (!movement) throw new NotFound("movement");
  const [unit] = await db.select().from(units).where(eq(units.id, movement.unitId));
  if (movementPolicy.view(actor, unit!)) return { movement, unit: unit! };
  const [participating] = await db
    .select({ one: sql<number>`1` })
    .from(movementParticipants)
    .innerJoin(units, eq(units.id, movementParticipants.unitId))
    .where(and(eq(movementParticipants.movementId, id), withinScopes(units.path, actor.scopes("movement.view"))))
    .limit(1);
  if (participating) return { movement, unit: unit! };
  throw new NotFound("movement");
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
