// The chair closes the vote and the items are counted (kiểm phiếu). Online: the box is opened
// with the session's key and counted; the receipts are written in a shuffled order (with their
// choices only if the council's rules publish them); the box is emptied, the "has voted" rows
// are written again in a shuffled order without their sealed receipts, and the key is forgotten,
// all in one transaction; then VACUUM clears the old row versions. On paper: every item's
// counts must have been entered and confirmed by two people. Written opinions are added as the
// council's rules say, and each item's result goes to its nomination's timeline.
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ballotBox, ballotReceipts, ballotVoters, councilItems, councilRecusals, councilSessionMembers, councilSessions, nominations, paperCounts, writtenOpinions } from "../../db/schema";
import { mayPreside, type CouncilPost } from "../../domain/council/posts";
import type { SessionRules } from "../../domain/council/rules";
import { tally, type Choice, type ItemVotes, type Tally } from "../../domain/council/tally";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden, ValidationError } from "../../platform/errors";
import { recordEvent } from "../nominations/record-event";
import { openBallot, openSessionKey, shuffled } from "./ballot-seal";
import { lockForClosing } from "./ballot-lock";
import { sessionSeat } from "./seat";

/** The tables whose dead row versions could still line ballots up with voters after closing. */
const SECRET_TABLES = ["ballot_box", "ballot_voters", "ballot_receipts", "council_sessions"];

export async function closeVoting(actor: Actor, sessionId: number, db: Db, opts: { now?: Date; vacuum?: boolean } = {}): Promise<{ results: Record<number, Tally> }> {
  const now = opts.now ?? new Date();
  const results = await db.transaction(async (tx) => {
    await lockForClosing(tx, sessionId);
    const found = await sessionSeat(actor, tx, sessionId, "update");
    const s = found.session;
    if (!mayPreside(found.member.post as CouncilPost) || found.member.attendance !== "present") throw new Forbidden("council.preside");
    if (s.status !== "voting") throw ValidationError.field("_form", s.status === "closed" ? "errors.council_vote_closed" : "errors.council_vote_not_open");
    const rules = s.rules as SessionRules;
    const items = await tx.select({ id: councilItems.id, formCode: councilItems.formCode, nominationId: councilItems.nominationId }).from(councilItems).where(eq(councilItems.sessionId, sessionId));
    const itemIds = items.map((i) => i.id);
    const seats = await tx.select({ memberId: councilSessionMembers.memberId, attendance: councilSessionMembers.attendance }).from(councilSessionMembers).where(eq(councilSessionMembers.sessionId, sessionId));
    const present = new Set(seats.filter((m) => m.attendance === "present").map((m) => m.memberId));
    const recusals = await tx.select({ itemId: councilRecusals.itemId, memberId: councilRecusals.memberId }).from(councilRecusals).where(inArray(councilRecusals.itemId, itemIds));
    const opinions = await tx.select({ itemId: writtenOpinions.itemId, choice: writtenOpinions.choice }).from(writtenOpinions).where(inArray(writtenOpinions.itemId, itemIds));

    const votes = new Map<number, ItemVotes>(itemIds.map((id) => [id, { agree: 0, disagree: 0, invalid: 0, opinionsAgree: 0, opinionsDisagree: 0 }]));
    const receipts: { itemId: number; code: string; choice: Choice }[] = [];
    if (s.ballotMode === "online") {
      const key = openSessionKey(sessionId, s.ballotKey!);
      const box = await tx.select({ itemId: ballotBox.itemId, sealed: ballotBox.sealed }).from(ballotBox).where(inArray(ballotBox.itemId, itemIds));
      for (const b of box) {
        const { choice, receipt } = openBallot(key, b.itemId, b.sealed);
        votes.get(b.itemId)![choice]++;
        receipts.push({ itemId: b.itemId, code: receipt, choice });
      }
    } else {
      const counts = await tx.select().from(paperCounts).where(inArray(paperCounts.itemId, itemIds));
      if (counts.length !== itemIds.length || counts.some((c) => c.confirmedBy === null)) throw ValidationError.field("_form", "errors.council_counts_unconfirmed");
      for (const c of counts) Object.assign(votes.get(c.itemId)!, { agree: c.agree, disagree: c.disagree, invalid: c.invalid });
    }
    for (const o of opinions) votes.get(o.itemId)![o.choice === "agree" ? "opinionsAgree" : "opinionsDisagree"]++;

    const out: Record<number, Tally> = {};
    for (const item of items) {
      const recused = recusals.filter((r) => r.itemId === item.id);
      const voters = [...present].filter((m) => !recused.some((r) => r.memberId === m)).length;
      const result = tally(item.formCode, votes.get(item.id)!, { members: seats.length, voters, recused: recused.length }, rules);
      out[item.id] = result;
      await tx.update(councilItems).set({ result, passed: result.passed }).where(eq(councilItems.id, item.id));
      await recordEvent(tx, actor, item.nominationId, result.passed ? "council_passed" : "council_failed", `${result.inFavour}/${result.denominator}`, now);
      await tx.update(nominations).set({ updatedAt: now }).where(eq(nominations.id, item.nominationId));
    }

    if (s.ballotMode === "online") {
      const withChoices = s.receiptMode === "with_choices";
      const published = shuffled(receipts).map((r) => ({ itemId: r.itemId, code: r.code, choice: withChoices ? r.choice : null }));
      for (let i = 0; i < published.length; i += 500) await tx.insert(ballotReceipts).values(published.slice(i, i + 500));
      await tx.delete(ballotBox).where(inArray(ballotBox.itemId, itemIds));
      const voted = await tx.select({ itemId: ballotVoters.itemId, memberId: ballotVoters.memberId }).from(ballotVoters).where(inArray(ballotVoters.itemId, itemIds));
      await tx.delete(ballotVoters).where(inArray(ballotVoters.itemId, itemIds));
      const rewritten = shuffled(voted);
      for (let i = 0; i < rewritten.length; i += 500) await tx.insert(ballotVoters).values(rewritten.slice(i, i + 500).map((v) => ({ ...v, receiptSealed: null })));
    }
    await tx.update(councilSessions).set({ status: "closed", ballotKey: null, votingClosedAt: now }).where(eq(councilSessions.id, sessionId));
    const summary = Object.fromEntries(Object.entries(out).map(([id, r]) => [id, { agree: r.agree, disagree: r.disagree, invalid: r.invalid, opinionsAgree: r.opinionsAgree, opinionsDisagree: r.opinionsDisagree, denominator: r.denominator, passed: r.passed }]));
    await audit(tx, actor, { action: "council_session.voting_closed", entityType: "council_session", entityId: sessionId, unit: { id: s.unitId, path: found.unitPath }, after: summary });
    return out;
  });
  // Inside a caller's transaction (the demo) VACUUM cannot run: the caller runs it after committing.
  if (opts.vacuum !== false) await forgetOldVersions(db);
  return { results };
}

/** VACUUM removes the dead row versions (and their xmin) the vote left; it cannot run in a transaction. */
export async function forgetOldVersions(db: Db): Promise<void> {
  for (const table of SECRET_TABLES) await db.execute(sql.raw(`VACUUM ${table}`));
}

