// The chair (or a vice-chair presiding) opens the vote once the quorum is present. Online, the
// session gets its ballot key now; on paper, the counting committee enters the counts later.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { councilSessionMembers, councilSessions } from "../../db/schema";
import { mayPreside, type CouncilPost } from "../../domain/council/posts";
import { quorumOf } from "../../domain/council/quorum";
import type { SessionRules } from "../../domain/council/rules";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden, ValidationError } from "../../platform/errors";
import { newSessionKey } from "./ballot-seal";
import { sessionSeat } from "./seat";

export async function openVoting(actor: Actor, sessionId: number, db: Db, now = new Date()) {
  return db.transaction(async (tx) => {
    const found = await sessionSeat(actor, tx, sessionId, "update");
    const s = found.session;
    if (!mayPreside(found.member.post as CouncilPost) || found.member.attendance !== "present") throw new Forbidden("council.preside");
    if (s.status !== "invited") throw ValidationError.field("_form", s.status === "draft" ? "errors.council_not_invited" : "errors.council_vote_already_open");
    const seats = await tx.select({ attendance: councilSessionMembers.attendance }).from(councilSessionMembers).where(eq(councilSessionMembers.sessionId, sessionId));
    const quorum = quorumOf(seats.length, seats.filter((m) => m.attendance === "present").length, s.rules as SessionRules);
    if (!quorum.met) throw ValidationError.field("_form", "errors.council_no_quorum", { present: quorum.present, required: quorum.required, members: quorum.members });
    const key = s.ballotMode === "online" ? newSessionKey(sessionId).sealed : null;
    const [row] = await tx
      .update(councilSessions)
      .set({ status: "voting", ballotKey: key, chairMemberId: found.member.memberId, votingOpenedAt: now })
      .where(eq(councilSessions.id, sessionId))
      .returning();
    await audit(tx, actor, { action: "council_session.voting_opened", entityType: "council_session", entityId: sessionId, unit: { id: s.unitId, path: found.unitPath }, after: { quorum } });
    return row!;
  });
}
