// A council session as the actor may see it: the unit's officials who see its council, and the
// session's own members once they are invited. Anyone else gets NotFound, as if it did not exist.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { councilMembers, councilSessionMembers, councilSessions, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { councilPolicy } from "./policy";

export type SessionRow = typeof councilSessions.$inferSelect;

export interface VisibleSession {
  session: SessionRow;
  unitPath: string;
  unitName: string;
  /** The actor's membership in this session (their council member id and post), if any. */
  member: { memberId: number; post: string; attendance: string | null } | null;
}

/** The actor's seat in a session: they were in post on its date and are on its list. */
export async function seatOf(db: DbOrTx, sessionId: number, userId: number) {
  const [row] = await db
    .select({ memberId: councilMembers.id, post: councilMembers.post, attendance: councilSessionMembers.attendance })
    .from(councilSessionMembers)
    .innerJoin(councilMembers, eq(councilMembers.id, councilSessionMembers.memberId))
    .where(and(eq(councilSessionMembers.sessionId, sessionId), eq(councilMembers.userId, userId)));
  return row ?? null;
}

/** `forUpdate` locks the session row (status changes); `forShare` lets ballots go on together but not past a closing. */
export async function findVisibleSession(actor: Actor, db: DbOrTx, id: number, opts: { lock?: "update" | "share" } = {}): Promise<VisibleSession> {
  const query = db
    .select({ session: councilSessions, unitPath: units.path, unitName: units.name })
    .from(councilSessions)
    .innerJoin(units, eq(units.id, councilSessions.unitId))
    .where(eq(councilSessions.id, id));
  const [row] = opts.lock ? await query.for(opts.lock, { of: councilSessions }) : await query;
  if (!row) throw new NotFound("council_session");
  const member = actor.id ? await seatOf(db, id, actor.id) : null;
  const invited = row.session.status !== "draft";
  if (!councilPolicy.view(actor, row) && !(member && invited)) throw new NotFound("council_session");
  return { ...row, member: member && (invited || councilPolicy.view(actor, row)) ? member : null };
}
