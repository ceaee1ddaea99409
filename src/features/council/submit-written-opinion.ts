// A member who will not attend sends a written opinion (phiếu lấy ý kiến) on the items before
// the session's deadline. It is signed, so it is not secret: it is named in the minutes. It may
// be changed until the deadline; a member recorded present votes by ballot instead.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { councilItems, councilRecusals, writtenOpinions } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { sessionSeat } from "./seat";
import { OpinionInput } from "./session-input";

export async function submitWrittenOpinion(actor: Actor, sessionId: number, input: unknown, db: Db, now = new Date()) {
  const { choices, note } = parseInput(OpinionInput, input);
  const itemIds = Object.keys(choices).map(Number);
  if (itemIds.length === 0) throw ValidationError.field("choices", "errors.council_choice");
  return db.transaction(async (tx) => {
    const found = await sessionSeat(actor, tx, sessionId, "share");
    const s = found.session;
    if (s.status !== "invited" && s.status !== "voting") throw ValidationError.field("_form", "errors.council_vote_closed");
    if (s.opinionsUntil && now > s.opinionsUntil) throw ValidationError.field("_form", "errors.council_opinions_closed");
    if (found.member.attendance === "present") throw ValidationError.field("_form", "errors.council_opinion_when_present");
    const me = found.member.memberId;
    const items = await tx.select({ id: councilItems.id }).from(councilItems).where(and(eq(councilItems.sessionId, sessionId), inArray(councilItems.id, itemIds)));
    if (items.length !== itemIds.length) throw ValidationError.field("choices", "errors.council_choose_item");
    const recused = await tx.select({ itemId: councilRecusals.itemId }).from(councilRecusals).where(and(eq(councilRecusals.memberId, me), inArray(councilRecusals.itemId, itemIds)));
    if (recused.length) throw ValidationError.field("choices", "errors.council_recused");
    for (const itemId of itemIds) {
      await tx
        .insert(writtenOpinions)
        .values({ itemId, memberId: me, choice: choices[itemId]!, note, submittedAt: now })
        .onConflictDoUpdate({ target: [writtenOpinions.itemId, writtenOpinions.memberId], set: { choice: choices[itemId]!, note, submittedAt: now } });
    }
    await audit(tx, actor, { action: "council_session.written_opinion", entityType: "council_session", entityId: sessionId, unit: { id: s.unitId, path: found.unitPath }, after: { memberId: me, choices, note } });
    return { items: itemIds.length };
  });
}
