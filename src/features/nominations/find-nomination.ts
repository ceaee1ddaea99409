import { and, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { councilItems, councilMembers, councilSessionMembers, councilSessions, nominations, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { nominationPolicy } from "./policy";

export type NominationRow = typeof nominations.$inferSelect;

/**
 * The nomination if the actor may see it (its nominating organisation's officials and those
 * above, or the screening government); otherwise NotFound, as if it did not exist. `forUpdate`
 * locks the row, so that two clicks on "accept" cannot both pass the status check.
 */
export async function findVisibleNomination(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}) {
  const screening = alias(units, "screening");
  const query = db
    .select({ nomination: nominations, unitPath: units.path, unitName: units.name, unitKind: units.kind, screeningPath: screening.path, screeningName: screening.name })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(screening, eq(screening.id, nominations.screeningUnitId))
    .where(eq(nominations.id, id));
  const [row] = opts.forUpdate ? await query.for("update", { of: nominations }) : await query;
  if (!row) throw new NotFound("nomination");
  if (!nominationPolicy.view(actor, row) && !(await onInvitedAgenda(actor, db, id))) throw new NotFound("nomination");
  return row;
}

/** A council member sees the dossiers of a session's agenda from the invitation on (not before). */
export async function onInvitedAgenda(actor: Actor, db: DbOrTx, nominationId: number): Promise<boolean> {
  if (!actor.id) return false;
  const [seat] = await db
    .select({ id: councilItems.id })
    .from(councilItems)
    .innerJoin(councilSessions, eq(councilSessions.id, councilItems.sessionId))
    .innerJoin(councilSessionMembers, eq(councilSessionMembers.sessionId, councilSessions.id))
    .innerJoin(councilMembers, eq(councilMembers.id, councilSessionMembers.memberId))
    .where(and(eq(councilItems.nominationId, nominationId), ne(councilSessions.status, "draft"), eq(councilMembers.userId, actor.id)))
    .limit(1);
  return !!seat;
}
