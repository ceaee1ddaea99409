// A present member casts their secret ballots (bỏ phiếu kín), one per item, from a phone or a
// computer. What is written: that the member has voted on the item (to refuse a second ballot),
// and, apart from it, the ballot sealed under the session's key with no id, time or voter. The
// receipt is kept beside "has voted" sealed under the form's one-time token, so a retried
// request (same token) answers with the same receipts and counts nothing twice. Casting writes
// nothing to the audit log: the log's timestamps and order would line ballots up with voters,
// and its single chain head would make every ballot wait for every other.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ballotBox, ballotVoters, councilItems, councilRecusals } from "../../db/schema";
import type { Choice } from "../../domain/council/tally";
import type { Actor } from "../../platform/actor";
import { Forbidden, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { newReceiptCode, openReceipt, openSessionKey, sealBallot, sealReceipt } from "./ballot-seal";
import { lockForBallot } from "./ballot-lock";
import { sessionSeat } from "./seat";
import { BallotInput } from "./session-input";

export interface CastResult {
  /** itemId → receipt code. */
  receipts: Record<number, string>;
  /** The same form sent again: nothing new was counted. */
  repeated: boolean;
}

export async function castBallots(actor: Actor, sessionId: number, input: unknown, db: Db): Promise<CastResult> {
  const { token, choices } = parseInput(BallotInput, input);
  const itemIds = Object.keys(choices).map(Number).sort((a, b) => a - b);
  if (itemIds.length === 0) throw ValidationError.field("choices", "errors.council_choice");
  return db.transaction(async (tx) => {
    // Shared with other ballots, exclusive of closing the vote (ballot-lock.ts).
    await lockForBallot(tx, sessionId);
    const found = await sessionSeat(actor, tx, sessionId);
    const s = found.session;
    if (s.status !== "voting" || s.ballotMode !== "online" || !s.ballotKey) throw ValidationError.field("_form", s.status === "closed" ? "errors.council_vote_closed" : "errors.council_vote_not_open");
    if (found.member.attendance !== "present") throw new Forbidden("council.vote");
    const me = found.member.memberId;
    // The items asked for, with the member's recusal from each, in one query.
    const items = await tx
      .select({ id: councilItems.id, recused: councilRecusals.memberId })
      .from(councilItems)
      .leftJoin(councilRecusals, and(eq(councilRecusals.itemId, councilItems.id), eq(councilRecusals.memberId, me)))
      .where(and(eq(councilItems.sessionId, sessionId), inArray(councilItems.id, itemIds)));
    if (items.length !== itemIds.length) throw ValidationError.field("choices", "errors.council_choose_item");
    if (items.some((i) => i.recused !== null)) throw ValidationError.field("choices", "errors.council_recused");
    const receipts: Record<number, string> = Object.fromEntries(itemIds.map((itemId) => [itemId, newReceiptCode()]));
    const counted = await tx
      .insert(ballotVoters)
      .values(itemIds.map((itemId) => ({ itemId, memberId: me, receiptSealed: sealReceipt(token, itemId, receipts[itemId]!) })))
      .onConflictDoNothing()
      .returning({ itemId: ballotVoters.itemId });
    if (counted.length < itemIds.length) {
      // Some already voted: the same form sent again gets its receipts back; anything else is a second ballot.
      if (counted.length > 0) throw ValidationError.field("choices", "errors.council_already_voted");
      const earlier = await tx.select({ itemId: ballotVoters.itemId, sealed: ballotVoters.receiptSealed }).from(ballotVoters).where(and(eq(ballotVoters.memberId, me), inArray(ballotVoters.itemId, itemIds)));
      const again = Object.fromEntries(earlier.map((e) => [e.itemId, e.sealed ? openReceipt(token, e.itemId, e.sealed) : null]));
      if (itemIds.some((id) => !again[id])) throw ValidationError.field("choices", "errors.council_already_voted");
      return { receipts: again as Record<number, string>, repeated: true };
    }
    const key = openSessionKey(sessionId, s.ballotKey);
    await tx.insert(ballotBox).values(itemIds.map((itemId) => ({ itemId, sealed: sealBallot(key, itemId, choices[itemId] as Choice, receipts[itemId]!) })));
    return { receipts, repeated: false };
  });
}