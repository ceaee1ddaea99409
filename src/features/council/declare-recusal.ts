// A member declares that they will not take part in an item's vote (a conflict the records do
// not show), with the reason, before they vote on it and before the vote closes.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ballotVoters, councilItems, councilRecusals, writtenOpinions } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { sessionSeat } from "./seat";
import { RecusalInput } from "./session-input";

export async function declareRecusal(actor: Actor, sessionId: number, input: unknown, db: Db) {
  const { itemId, note } = parseInput(RecusalInput, input);
  return db.transaction(async (tx) => {
    const found = await sessionSeat(actor, tx, sessionId, "share");
    if (found.session.status !== "invited" && found.session.status !== "voting") throw ValidationError.field("_form", "errors.council_vote_closed");
    const [item] = await tx.select({ id: councilItems.id }).from(councilItems).where(and(eq(councilItems.id, itemId), eq(councilItems.sessionId, sessionId)));
    if (!item) throw ValidationError.field("itemId", "errors.council_choose_item");
    const me = found.member.memberId;
    const [voted] = await tx.select({ m: ballotVoters.memberId }).from(ballotVoters).where(and(eq(ballotVoters.itemId, itemId), eq(ballotVoters.memberId, me)));
    const [wrote] = await tx.select({ m: writtenOpinions.memberId }).from(writtenOpinions).where(and(eq(writtenOpinions.itemId, itemId), eq(writtenOpinions.memberId, me)));
    if (voted || wrote) throw ValidationError.field("itemId", "errors.council_recusal_after_vote");
    const [row] = await tx.insert(councilRecusals).values({ itemId, memberId: me, reason: "declared", note }).onConflictDoNothing().returning();
    if (!row) throw ValidationError.field("itemId", "errors.council_already_recused");
    await audit(tx, actor, { action: "council_session.recusal_declared", entityType: "council_session", entityId: sessionId, unit: { id: found.session.unitId, path: found.unitPath }, after: row });
    return row;
  });
}
