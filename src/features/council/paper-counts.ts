// Paper mode (bỏ phiếu giấy): the counting committee counts the paper ballots of each item; one
// person enters the counts and another, typing them again without seeing the first entry,
// confirms them. Counts that differ are not confirmed; entering again clears a confirmation.
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { councilItems, councilRecusals, councilSessionMembers, paperCounts } from "../../db/schema";
import { paperCountProblem } from "../../domain/council/tally";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleSession } from "./find-session";
import { councilPolicy } from "./policy";
import { PaperCountInput } from "./session-input";

async function countingSession(actor: Actor, tx: Tx, sessionId: number, itemId: number) {
  const found = await findVisibleSession(actor, tx, sessionId, { lock: "share" });
  const s = found.session;
  const counter = councilPolicy.prepare(actor, found) || found.member?.attendance === "present";
  if (!counter || !actor.id) throw new Forbidden("council.count");
  if (s.ballotMode !== "paper" || s.status !== "voting") throw ValidationError.field("_form", s.status === "closed" ? "errors.council_vote_closed" : "errors.council_vote_not_open");
  const [item] = await tx.select({ id: councilItems.id }).from(councilItems).where(and(eq(councilItems.id, itemId), eq(councilItems.sessionId, sessionId)));
  if (!item) throw ValidationError.field("itemId", "errors.council_choose_item");
  return found;
}

/** Present members not recused from the item: the most ballots it can have. */
async function votersOf(tx: Tx, sessionId: number, itemId: number): Promise<number> {
  const present = await tx.select({ memberId: councilSessionMembers.memberId }).from(councilSessionMembers).where(and(eq(councilSessionMembers.sessionId, sessionId), eq(councilSessionMembers.attendance, "present")));
  const recused = new Set((await tx.select({ memberId: councilRecusals.memberId }).from(councilRecusals).where(eq(councilRecusals.itemId, itemId))).map((r) => r.memberId));
  return present.filter((p) => !recused.has(p.memberId)).length;
}

export async function enterPaperCount(actor: Actor, sessionId: number, input: unknown, db: Db) {
  const v = parseInput(PaperCountInput, input);
  return db.transaction(async (tx) => {
    const found = await countingSession(actor, tx, sessionId, v.itemId);
    const max = await votersOf(tx, sessionId, v.itemId);
    const problem = paperCountProblem(v, max);
    if (problem) throw ValidationError.field("agree", problem as never, { n: v.agree + v.disagree + v.invalid, max });
    const values = { agree: v.agree, disagree: v.disagree, invalid: v.invalid, enteredBy: actor.id!, enteredAt: new Date(), confirmedBy: null, confirmedAt: null };
    await tx.insert(paperCounts).values({ itemId: v.itemId, ...values }).onConflictDoUpdate({ target: paperCounts.itemId, set: values });
    await audit(tx, actor, { action: "council_session.paper_count_entered", entityType: "council_session", entityId: sessionId, unit: { id: found.session.unitId, path: found.unitPath }, after: v });
    return v;
  });
}

export async function confirmPaperCount(actor: Actor, sessionId: number, input: unknown, db: Db) {
  const v = parseInput(PaperCountInput, input);
  return db.transaction(async (tx) => {
    const found = await countingSession(actor, tx, sessionId, v.itemId);
    const [entered] = await tx.select().from(paperCounts).where(eq(paperCounts.itemId, v.itemId)).for("update");
    if (!entered) throw ValidationError.field("itemId", "errors.council_count_not_entered");
    if (entered.enteredBy === actor.id) throw ValidationError.field("_form", "errors.council_count_same_person");
    if (entered.agree !== v.agree || entered.disagree !== v.disagree || entered.invalid !== v.invalid) throw ValidationError.field("agree", "errors.council_count_mismatch");
    await tx.update(paperCounts).set({ confirmedBy: actor.id, confirmedAt: new Date() }).where(eq(paperCounts.itemId, v.itemId));
    await audit(tx, actor, { action: "council_session.paper_count_confirmed", entityType: "council_session", entityId: sessionId, unit: { id: found.session.unitId, path: found.unitPath }, after: v });
    return v;
  });
}
