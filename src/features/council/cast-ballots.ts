// A present member casts their secret ballots (bỏ phiếu kín), one per item, from a phone or a
// computer. What is written: that the member has voted on the item (to refuse a second ballot),
// and, apart from it, the ballot sealed under the session's key with no id, time or voter. The
// receipt is kept beside "has voted" sealed under the form's one-time token, so a retried
// request (same token) answers with the same receipts and counts nothing twice. Casting writes
// nothing to the audit log: the log's timestamps and order would line ballots up with voters,
// and its single chain head would make every ballot wait for every other.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ballotBox, ballotVoters, councilItems, councilRecusals } from "../../db/schema";
import type { Choice } from "../../domain/council/tally";
import type { Actor } from "../../platform/actor";
import { Forbidden, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { newReceiptCode, openReceipt, openSessionKey, sealBallot, sealReceipt } from "./ballot-seal";
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
    // A shared lock: ballots go in together, and closing the vote waits for those under way.
    const found = await sessionSeat(actor, tx, sessionId, "share");
    const s = found.session;
    if (s.status !== "voting" || s.ballotMode !== "online" || !s.ballotKey) throw ValidationError.field("_form", s.status === "closed" ? "errors.council_vote_closed" : "errors.council_vote_not_open");
    if (found.member.attendance !== "present") throw new Forbidden("council.vote");
    const me = found.member.memberId;
    const items = await tx.select({ id: councilItems.id }).from(councilItems).where(and(eq(councilItems.sessionId, sessionId), inArray(councilItems.id, itemIds))).orderBy(asc(councilItems.id));
    if (items.length !== itemIds.length) throw ValidationError.field("choices", "errors.council_choose_item");
    const recused = await tx.select({ itemId: councilRecusals.itemId }).from(councilRecusals).where(and(eq(councilRecusals.memberId, me), inArray(councilRecusals.itemId, itemIds)));
    if (recused.length) throw ValidationError.field("choices", "errors.council_recused");
    const key = openSessionKey(sessionId, s.ballotKey);
    const receipts: Record<number, string> = {};
    let repeated = 0;
    for (const itemId of itemIds) {
      const receipt = newReceiptCode();
      const [voter] = await tx.insert(ballotVoters).values({ itemId, memberId: me, receiptSealed: sealReceipt(token, itemId, receipt) }).onConflictDoNothing().returning({ itemId: ballotVoters.itemId });
      if (!voter) {
        const [earlier] = await tx.select({ sealed: ballotVoters.receiptSealed }).from(ballotVoters).where(and(eq(ballotVoters.itemId, itemId), eq(ballotVoters.memberId, me)));
        const again = earlier?.sealed ? openReceipt(token, itemId, earlier.sealed) : null;
        if (!again) throw ValidationError.field("choices", "errors.council_already_voted");
        receipts[itemId] = again;
        repeated++;
        continue;
      }
      await tx.insert(ballotBox).values({ itemId, sealed: sealBallot(key, itemId, choices[itemId] as Choice, receipt) });
      receipts[itemId] = receipt;
    }
    if (repeated > 0 && repeated < itemIds.length) throw ValidationError.field("choices", "errors.council_already_voted");
    return { receipts, repeated: repeated > 0 };
  });
}
