// The council's session from call to count: the agenda, the invitation (members of the day, the
// rules of the day, automatic recusals, notices, dossiers visible from then on), attendance and
// quorum, written opinions before the deadline, the secret ballot (one per member and item,
// receipts, a retried form counted once, refusals for the recused, the absent, strangers and
// after closing), "n/m đã bỏ phiếu" without choices, the count against the rule, paper counts
// confirmed by a second person. Runs on PGlite and on PostgreSQL.
import { and, eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, ballotBox, ballotReceipts, ballotVoters, councilItems, councilRecusals, councilSessions, nominationEvents, notifications, personRelations } from "../../src/db/schema";
import { castBallots } from "../../src/features/council/cast-ballots";
import { closeVoting } from "../../src/features/council/close-voting";
import { createSession } from "../../src/features/council/create-session";
import { declareRecusal } from "../../src/features/council/declare-recusal";
import { getSession } from "../../src/features/council/get-session";
import { inviteMembers } from "../../src/features/council/invite-members";
import { openVoting } from "../../src/features/council/open-voting";
import { confirmPaperCount, enterPaperCount } from "../../src/features/council/paper-counts";
import { recordAttendance } from "../../src/features/council/record-attendance";
import { addAgendaItems, removeAgendaItem } from "../../src/features/council/set-agenda";
import { submitWrittenOpinion } from "../../src/features/council/submit-written-opinion";
import { getNomination } from "../../src/features/nominations/get-nomination";
import { Forbidden, NotFound } from "../../src/platform/errors";
import { makeCouncil, type TestCouncil } from "../support/council";
import { personWithRole } from "../support/seed";
import { loadActor } from "../../src/platform/actor";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
let k: TestCouncil;
const base = { baseUrl: "http://thidua.test" };
const TOKEN = (n: number) => `token-${String(n).padStart(4, "0")}-abcdefghijklmnop`;

beforeAll(async () => {
  t = await startTestApp();
  k = await makeCouncil(t, 9);
}, 60_000);
afterAll(() => t.close());

const seat = (i: number) => k.seats[i]!;
const chair = () => seat(0);

async function newSession(over: Record<string, unknown> = {}) {
  return createSession(k.secretary.actor, { unitId: k.ward.id, title: "Phiên họp xét khen thưởng năm 2024", meetsOn: "20/12/2024", meetsAt: "14:00", place: "Hội trường UBND phường", ...over }, db());
}

describe("calling a session", () => {
  it("refuses a wrong hour and a deadline after the meeting, in plain words, and writes nothing", async () => {
    const before = (await db().select({ n: sql<number>`count(*)::int` }).from(councilSessions))[0]!.n;
    expect(await fieldsOf(newSession({ meetsAt: "25:00" }))).toEqual({ meetsAt: "errors.council_time" });
    expect(await fieldsOf(newSession({ meetsOn: "20/12/24" }))).toMatchObject({ meetsOn: "errors.date_invalid" });
    expect(await fieldsOf(newSession({ opinionsUntilOn: "21/12/2024", opinionsUntilAt: "08:00" }))).toEqual({ opinionsUntilOn: "errors.council_opinions_after_meeting" });
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(councilSessions))[0]!.n).toBe(before);
  });

  it("is for those who prepare sessions: a plain member may not call one", async () => {
    await expect(createSession(seat(6).actor, { unitId: k.ward.id, title: "X", meetsOn: "20/12/2024", meetsAt: "14:00" }, db())).rejects.toBeInstanceOf(NotFound);
  });
});

describe("a whole online session", () => {
  let sessionId: number;
  let items: Record<string, number>;
  let nominee: { self: number; relative: number; plain: number; fails: number };
  /** The receipt member 1 got for the CSTĐCS item (kept by the test, as the member would). */
  let firstReceipt: string | undefined;

  beforeAll(async () => {
    // One nominee is a council member (seat 5), one is the confirmed spouse of seat 6.
    const spouse = await k.person("Nguyễn Thị Bé", k.group.id);
    await db().insert(personRelations).values({ personId: seat(6).personId, relativeId: spouse, kind: "spouse", status: "confirmed", source: "declared" });
    const other = await k.person("Trần Văn Cường");
    const fourth = await k.person("Lê Văn Dũng");
    nominee = {
      self: await k.accepted(seat(5).personId, seat(5).name, "LDTT"),
      relative: await k.accepted(spouse, "Nguyễn Thị Bé", "LDTT"),
      plain: await k.accepted(other, "Trần Văn Cường", "CSTDCS"),
      fails: await k.accepted(fourth, "Lê Văn Dũng", "LDTT"),
    };
    sessionId = (await newSession({ opinionsUntilOn: "20/12/2024", opinionsUntilAt: "12:00" })).id;
  });

  it("takes accepted nominations of the ward only, grouped by form from the highest", async () => {
    const stranger = await personWithRole(t, "organisation", k.front.id);
    const draftId = await k.accepted(await k.person("Phạm Thị Dự"), "Phạm Thị Dự");
    await db().execute(sql`UPDATE nominations SET status = 'draft' WHERE id = ${draftId}`);
    expect(await fieldsOf(addAgendaItems(k.secretary.actor, sessionId, { nominationIds: [draftId] }, db()))).toEqual({ nominationIds: "errors.council_not_accepted" });
    await addAgendaItems(k.secretary.actor, sessionId, { nominationIds: [nominee.self, nominee.relative, nominee.plain, nominee.fails] }, db());
    const rows = await db().select().from(councilItems).where(eq(councilItems.sessionId, sessionId));
    items = Object.fromEntries(Object.entries(nominee).map(([key, id]) => [key, rows.find((r) => r.nominationId === id)!.id]));
    expect(rows.find((r) => r.id === items.plain)!.position).toBe(1); // CSTĐCS ranks above LĐTT
    // Not yet invited: a member sees the council's agenda, not the dossier behind it.
    await expect(getSession(seat(7).actor, sessionId, db())).resolves.toBeTruthy();
    await expect(getNomination(seat(7).actor, nominee.plain, db())).rejects.toBeInstanceOf(NotFound);
    await expect(getSession((await loadActor(db(), stranger.user.id))!, sessionId, db())).rejects.toBeInstanceOf(NotFound);
    // A nomination on one open session cannot go on another.
    const other = await newSession({ title: "Phiên khác" });
    expect(await fieldsOf(addAgendaItems(k.secretary.actor, other.id, { nominationIds: [nominee.plain] }, db()))).toEqual({ nominationIds: "errors.council_on_other_session" });
  });

  it("invites the members of the day, fixes the rules of the day and recuses a member from their own item and their spouse's", async () => {
    await inviteMembers(k.secretary.actor, sessionId, db(), base);
    const [s] = await db().select().from(councilSessions).where(eq(councilSessions.id, sessionId));
    expect(s!.status).toBe("invited");
    expect(s!.rules).toMatchObject({ quorum: { value: { numerator: 2, denominator: 3 } }, thresholds: { CSTDCS: { value: { numerator: 80, denominator: 100, over: "all" }, citation: "Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP" } } });
    const recusals = await db().select().from(councilRecusals);
    expect(recusals.filter((r) => r.itemId === items.self)).toEqual([expect.objectContaining({ memberId: seat(5).memberId, reason: "self" })]);
    expect(recusals.filter((r) => r.itemId === items.relative)).toEqual([expect.objectContaining({ memberId: seat(6).memberId, reason: "relative" })]);
    const notices = await db().select().from(notifications).where(eq(notifications.kind, "council_invitation"));
    expect(notices.filter((n) => n.link === `/council/sessions/${sessionId}`)).toHaveLength(9);
    expect(notices[0]!.body).toContain("20 tháng 12 năm 2024");
    // From now on the members see the dossiers; the agenda is fixed.
    await expect(getNomination(seat(7).actor, nominee.plain, db())).resolves.toBeTruthy();
    expect(await fieldsOf(removeAgendaItem(k.secretary.actor, sessionId, items.fails!, db()))).toEqual({ _form: "errors.council_agenda_fixed" });
  });

  it("takes an absent member's written opinion before the deadline, and not after", async () => {
    const early = new Date("2024-12-20T03:00:00Z"); // 10:00 in Vietnam
    await submitWrittenOpinion(seat(8).actor, sessionId, { choices: { [items.plain!]: "agree", [items.fails!]: "disagree" } }, db(), early);
    expect(await fieldsOf(submitWrittenOpinion(seat(8).actor, sessionId, { choices: { [items.plain!]: "disagree" } }, db(), new Date("2024-12-20T05:01:00Z")))).toEqual({ _form: "errors.council_opinions_closed" });
    expect(await fieldsOf(submitWrittenOpinion(seat(5).actor, sessionId, { choices: { [items.self!]: "agree" } }, db(), early))).toEqual({ choices: "errors.council_recused" });
  });

  it("opens the vote only with the quorum, and only by the presiding member", async () => {
    const attendance = (present: number[]) => Object.fromEntries(k.seats.map((s, i) => [s.memberId, present.includes(i) ? "present" : "absent"]));
    // A member who wrote is absent by their own word.
    expect(await fieldsOf(recordAttendance(k.secretary.actor, sessionId, { attendance: attendance([0, 1, 2, 3, 4, 5, 6, 7, 8]) }, db()))).toEqual({ attendance: "errors.council_present_after_opinion" });
    await recordAttendance(k.secretary.actor, sessionId, { attendance: attendance([0, 1, 2, 3, 4]) }, db());
    expect(await fieldsOf(openVoting(chair().actor, sessionId, db()))).toEqual({ _form: "errors.council_no_quorum" });
    await recordAttendance(k.secretary.actor, sessionId, { attendance: attendance([0, 1, 2, 3, 4, 5, 6, 7]) }, db());
    await expect(openVoting(seat(7).actor, sessionId, db())).rejects.toBeInstanceOf(Forbidden);
    await openVoting(chair().actor, sessionId, db());
  });

  it("takes one secret ballot per member and item, answers a retried form with the same receipts, and refuses the rest", async () => {
    const first = await castBallots(seat(1).actor, sessionId, { token: TOKEN(1), choices: { [items.plain!]: "agree", [items.self!]: "agree" } }, db());
    expect(first.repeated).toBe(false);
    expect(first.receipts[items.plain!]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const again = await castBallots(seat(1).actor, sessionId, { token: TOKEN(1), choices: { [items.plain!]: "agree", [items.self!]: "agree" } }, db());
    expect(again).toEqual({ receipts: first.receipts, repeated: true });
    expect(await fieldsOf(castBallots(seat(1).actor, sessionId, { token: TOKEN(2), choices: { [items.plain!]: "disagree" } }, db()))).toEqual({ choices: "errors.council_already_voted" });
    expect(await fieldsOf(castBallots(seat(5).actor, sessionId, { token: TOKEN(3), choices: { [items.self!]: "agree" } }, db()))).toEqual({ choices: "errors.council_recused" });
    await expect(castBallots(seat(8).actor, sessionId, { token: TOKEN(4), choices: { [items.plain!]: "agree" } }, db())).rejects.toBeInstanceOf(Forbidden); // absent
    const outsider = await personWithRole(t, "council_member", k.ward.id);
    await expect(castBallots((await loadActor(db(), outsider.user.id))!, sessionId, { token: TOKEN(5), choices: { [items.plain!]: "agree" } }, db())).rejects.toBeInstanceOf(Forbidden);
    expect(await fieldsOf(castBallots(seat(2).actor, sessionId, { token: TOKEN(6), choices: {} }, db()))).toEqual({ choices: "errors.council_choice" });
    const elsewhere = await newSession({ title: "Phiên khác để thử" });
    const strayNomination = await k.accepted(await k.person("Vũ Văn Lạc"), "Vũ Văn Lạc");
    await addAgendaItems(k.secretary.actor, elsewhere.id, { nominationIds: [strayNomination] }, db());
    const [stray] = await db().select().from(councilItems).where(eq(councilItems.sessionId, elsewhere.id));
    expect(await fieldsOf(castBallots(seat(2).actor, sessionId, { token: TOKEN(7), choices: { [stray!.id]: "agree" } }, db()))).toEqual({ choices: "errors.council_choose_item" });
    // The same form's token with one more item: not a retry, and the new item is not marked voted.
    expect(await fieldsOf(castBallots(seat(1).actor, sessionId, { token: TOKEN(1), choices: { [items.plain!]: "agree", [items.self!]: "agree", [items.fails!]: "agree" } }, db()))).toEqual({ choices: "errors.council_already_voted" });
    expect(await db().select().from(ballotVoters).where(and(eq(ballotVoters.itemId, items.fails!), eq(ballotVoters.memberId, seat(1).memberId)))).toEqual([]);
    expect(await fieldsOf(openVoting(chair().actor, sessionId, db()))).toEqual({ _form: "errors.council_vote_already_open" });
    expect(await fieldsOf(enterPaperCount(k.secretary.actor, sessionId, { itemId: items.plain, agree: 1, disagree: 0 }, db()))).toEqual({ _form: "errors.council_vote_not_open" });
    const bad = await fieldsOf(castBallots(seat(2).actor, sessionId, { token: "short", choices: { [items.plain!]: "maybe" } }, db()));
    expect(bad).toMatchObject({ token: "errors.council_ballot_token" });
    expect(Object.values(bad)).toContain("errors.council_choice");
    firstReceipt = first.receipts[items.plain!];
    const ballots = await db().select({ n: sql<number>`count(*)::int` }).from(ballotBox);
    expect(ballots[0]!.n).toBe(2);
  });

  it("shows how many have voted and no choice while the vote is open", async () => {
    // Members 0, 2, 3, 4 vote on everything they may; member 6 (recused from the relative's item) too; 7 declares a recusal.
    const plan: [number, Record<string, "agree" | "disagree">][] = [
      [0, { plain: "agree", self: "agree", relative: "agree", fails: "disagree" }],
      [2, { plain: "agree", self: "agree", relative: "agree", fails: "disagree" }],
      [3, { plain: "agree", self: "disagree", relative: "agree", fails: "agree" }],
      [4, { plain: "agree", self: "agree", relative: "disagree", fails: "disagree" }],
      [6, { plain: "disagree", self: "agree", fails: "agree" }],
    ];
    for (const [i, choices] of plan) await castBallots(seat(i).actor, sessionId, { token: TOKEN(100 + i), choices: Object.fromEntries(Object.entries(choices).map(([key, c]) => [items[key]!, c])) }, db());
    await declareRecusal(seat(7).actor, sessionId, { itemId: items.fails, note: "Người được đề nghị là cháu ruột" }, db());
    expect(await fieldsOf(declareRecusal(seat(0).actor, sessionId, { itemId: items.fails, note: "Muộn" }, db()))).toEqual({ itemId: "errors.council_recusal_after_vote" });
    const view = await getSession(k.secretary.actor, sessionId, db());
    const plain = view.items.find((i) => i.id === items.plain)!;
    expect(plain.votedCount).toBe(6);
    expect(plain.voters).toBe(8);
    expect(plain.result).toBeNull();
    expect(JSON.stringify(view)).not.toMatch(/"choice":"(agree|disagree)","code"/);
    const page = textOf((await k.secretary.client.get(`/council/sessions/${sessionId}`)).text);
    expect(page).toContain("6/8 đã bỏ phiếu");
  });

  it("counts against the rule when the chair closes the vote, publishes receipts without choices and empties the box", async () => {
    await castBallots(seat(7).actor, sessionId, { token: TOKEN(107), choices: { [items.plain!]: "agree", [items.self!]: "agree", [items.relative!]: "agree" } }, db());
    await expect(closeVoting(seat(3).actor, sessionId, db())).rejects.toBeInstanceOf(Forbidden);
    const auditBefore = (await db().select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
    const { results } = await closeVoting(chair().actor, sessionId, db());
    // CSTĐCS needs ≥ 80 % of all 9 members: 6 agree + the written opinion = 7 of 9 = 77.8 % → not passed.
    expect(results[items.plain!]).toMatchObject({ agree: 6, disagree: 1, opinionsAgree: 1, inFavour: 7, denominator: 9, needed: 8, passed: false, voters: 8, members: 9 });
    // LĐTT: more than half of all members; the recused member leaves the denominator: 6 of 8.
    expect(results[items.self!]).toMatchObject({ agree: 6, disagree: 1, recused: 1, denominator: 8, passed: true, voters: 7 });
    // Exactly half is not "more than half".
    expect(results[items.relative!]).toMatchObject({ agree: 4, disagree: 1, recused: 1, denominator: 8, needed: 5, passed: false });
    expect(results[items.fails!]).toMatchObject({ agree: 2, disagree: 3, opinionsDisagree: 1, recused: 1, denominator: 8, passed: false });
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n).toBe(auditBefore + 1);
    expect(await db().select().from(ballotBox)).toEqual([]);
    const voters = await db().select().from(ballotVoters);
    expect(voters.every((v) => v.receiptSealed === null)).toBe(true);
    const receipts = await db().select().from(ballotReceipts).where(eq(ballotReceipts.itemId, items.plain!));
    expect(receipts).toHaveLength(7);
    expect(receipts.every((r) => r.choice === null)).toBe(true);
    expect(receipts.map((r) => r.code)).toContain(firstReceipt);
    const [s] = await db().select().from(councilSessions).where(eq(councilSessions.id, sessionId));
    expect(s).toMatchObject({ status: "closed", ballotKey: null });
    const events = await db().select().from(nominationEvents).where(and(eq(nominationEvents.nominationId, nominee.self), eq(nominationEvents.action, "council_passed")));
    expect(events).toHaveLength(1);
  });

  it("refuses a ballot after closing, closing or opening again, and shows the result on the nomination", async () => {
    expect(await fieldsOf(castBallots(seat(2).actor, sessionId, { token: TOKEN(9), choices: { [items.plain!]: "agree" } }, db()))).toEqual({ _form: "errors.council_vote_closed" });
    expect(await fieldsOf(closeVoting(chair().actor, sessionId, db()))).toEqual({ _form: "errors.council_vote_closed" });
    expect(await fieldsOf(openVoting(chair().actor, sessionId, db()))).toEqual({ _form: "errors.council_vote_already_open" });
    expect(await fieldsOf(enterPaperCount(k.secretary.actor, sessionId, { itemId: items.plain, agree: 1, disagree: 0 }, db()))).toEqual({ _form: "errors.council_vote_closed" });
    const page = textOf((await k.secretary.client.get(`/nominations/${nominee.self}`)).text);
    expect(page).toContain("Hội đồng Thi đua – Khen thưởng");
    expect(page).toContain("Đạt");
  });
});

describe("a paper vote", () => {
  it("takes counts entered by one person and confirmed by another who types the same numbers", async () => {
    const paper = await newSession({ title: "Phiên họp bỏ phiếu giấy", ballotMode: "paper" });
    const nomination = await k.accepted(await k.person("Đinh Văn Giấy"), "Đinh Văn Giấy", "LDTT");
    await addAgendaItems(k.secretary.actor, paper.id, { nominationIds: [nomination] }, db());
    await inviteMembers(k.secretary.actor, paper.id, db(), base);
    await recordAttendance(k.secretary.actor, paper.id, { attendance: Object.fromEntries(k.seats.map((s, i) => [s.memberId, i < 7 ? "present" : "absent"])) }, db());
    await openVoting(chair().actor, paper.id, db());
    const [item] = await db().select().from(councilItems).where(eq(councilItems.sessionId, paper.id));
    expect(await fieldsOf(castBallots(seat(1).actor, paper.id, { token: TOKEN(500), choices: { [item!.id]: "agree" } }, db()))).toEqual({ _form: "errors.council_vote_not_open" });
    expect(await fieldsOf(enterPaperCount(k.secretary.actor, paper.id, { itemId: item!.id, agree: 6, disagree: 2, invalid: 0 }, db()))).toEqual({ agree: "errors.council_count_too_many" });
    expect(await fieldsOf(enterPaperCount(k.secretary.actor, paper.id, { itemId: item!.id, agree: "sáu", disagree: 1 }, db()))).toEqual({ agree: "errors.council_count_invalid" });
    expect(await fieldsOf(confirmPaperCount(seat(3).actor, paper.id, { itemId: item!.id, agree: 5, disagree: 1, invalid: 1 }, db()))).toEqual({ itemId: "errors.council_count_not_entered" });
    const [elsewhere] = await db().select().from(councilItems).where(ne(councilItems.sessionId, paper.id)).limit(1);
    expect(await fieldsOf(enterPaperCount(k.secretary.actor, paper.id, { itemId: elsewhere!.id, agree: 1, disagree: 0 }, db()))).toEqual({ itemId: "errors.council_choose_item" });
    await enterPaperCount(k.secretary.actor, paper.id, { itemId: item!.id, agree: 5, disagree: 1, invalid: 1 }, db());
    expect(await fieldsOf(closeVoting(chair().actor, paper.id, db()))).toEqual({ _form: "errors.council_counts_unconfirmed" });
    expect(await fieldsOf(confirmPaperCount(k.secretary.actor, paper.id, { itemId: item!.id, agree: 5, disagree: 1, invalid: 1 }, db()))).toEqual({ _form: "errors.council_count_same_person" });
    expect(await fieldsOf(confirmPaperCount(seat(3).actor, paper.id, { itemId: item!.id, agree: 4, disagree: 2, invalid: 1 }, db()))).toEqual({ agree: "errors.council_count_mismatch" });
    expect(await fieldsOf(confirmPaperCount(seat(3).actor, paper.id, { itemId: item!.id, agree: 5, disagree: 1, invalid: 0 }, db()))).toEqual({ agree: "errors.council_count_mismatch" });
    expect(await fieldsOf(confirmPaperCount(seat(3).actor, paper.id, { itemId: item!.id, agree: 5, disagree: 2, invalid: 1 }, db()))).toEqual({ agree: "errors.council_count_mismatch" });
    // An absent member (not on the counting committee, no official's role there) may not count.
    await expect(enterPaperCount(seat(8).actor, paper.id, { itemId: item!.id, agree: 5, disagree: 1, invalid: 1 }, db())).rejects.toBeInstanceOf(Forbidden);
    await confirmPaperCount(seat(3).actor, paper.id, { itemId: item!.id, agree: 5, disagree: 1, invalid: 1 }, db());
    const { results } = await closeVoting(chair().actor, paper.id, db());
    expect(results[item!.id]).toMatchObject({ agree: 5, disagree: 1, invalid: 1, denominator: 9, passed: true });
    expect(await db().select().from(ballotReceipts).where(eq(ballotReceipts.itemId, item!.id))).toEqual([]);
  });
});

describe("ballots racing the close of the vote", () => {
  it("counts every acknowledged ballot once and refuses those that come after the close (on PostgreSQL the race is real)", async () => {
    const race = await newSession({ title: "Phiên họp đua" });
    const nomination = await k.accepted(await k.person("Hà Văn Đua"), "Hà Văn Đua", "LDTT");
    await addAgendaItems(k.secretary.actor, race.id, { nominationIds: [nomination] }, db());
    await inviteMembers(k.secretary.actor, race.id, db(), base);
    await recordAttendance(k.secretary.actor, race.id, { attendance: Object.fromEntries(k.seats.map((s) => [s.memberId, "present"])) }, db());
    await openVoting(chair().actor, race.id, db());
    const [item] = await db().select().from(councilItems).where(eq(councilItems.sessionId, race.id));
    const voters = k.seats.slice(1);
    const casts = voters.map((s, i) =>
      new Promise((r) => setTimeout(r, i * 3)).then(() => castBallots(s.actor, race.id, { token: TOKEN(700 + i), choices: { [item!.id]: "agree" } }, db())),
    );
    const closing = new Promise((r) => setTimeout(r, 10)).then(() => closeVoting(chair().actor, race.id, db()));
    const outcomes = await Promise.allSettled(casts);
    const closed = await closing;
    const acknowledged = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value.receipts[item!.id]!] : []));
    for (const o of outcomes) if (o.status === "rejected") expect(await fieldsOf(Promise.reject(o.reason))).toEqual({ _form: "errors.council_vote_closed" });
    expect(closed.results[item!.id]!.agree).toBe(acknowledged.length);
    const published = (await db().select().from(ballotReceipts).where(eq(ballotReceipts.itemId, item!.id))).map((r) => r.code).sort();
    expect(published).toEqual([...acknowledged].sort());
    expect(await db().select().from(ballotBox).where(eq(ballotBox.itemId, item!.id))).toEqual([]);
  });
});

describe("from the console", () => {
  it("lists a unit's sessions and shows one session's tallies, never a choice", async () => {
    const { councilSessionsCommand, councilSessionCommand } = await import("../../src/features/council/cli");
    await db().execute(sql`UPDATE units SET code = 'TEST-WARD' WHERE id = ${k.ward.id}`);
    const sessions = await councilSessionsCommand(db(), { unit: "TEST-WARD" });
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    const closed = sessions.find((s) => s.title === "Phiên họp xét khen thưởng năm 2024" && s.status === "closed")!;
    const one = await councilSessionCommand(db(), String(closed.id));
    // CSTĐCS first, then the LĐTT items by given name: Bé, Dũng, Tâm.
    expect(one.items.map((i) => [i.nominee, i.result?.passed])).toEqual([["Trần Văn Cường", false], ["Nguyễn Thị Bé", false], ["Lê Văn Dũng", false], ["Võ Minh Tâm", true]]);
    expect(JSON.stringify(one)).not.toMatch(/receipt|"code"/);
  });
});

describe("a vote no one cast", () => {
  it("closes with nothing counted and nothing passed", async () => {
    const empty = await newSession({ title: "Phiên họp không ai bỏ phiếu" });
    const nomination = await k.accepted(await k.person("Lâm Văn Trống"), "Lâm Văn Trống", "LDTT");
    await addAgendaItems(k.secretary.actor, empty.id, { nominationIds: [nomination] }, db());
    await inviteMembers(k.secretary.actor, empty.id, db(), base);
    await recordAttendance(k.secretary.actor, empty.id, { attendance: Object.fromEntries(k.seats.map((s) => [s.memberId, "present"])) }, db());
    await openVoting(chair().actor, empty.id, db());
    const [item] = await db().select().from(councilItems).where(eq(councilItems.sessionId, empty.id));
    const { results } = await closeVoting(chair().actor, empty.id, db());
    expect(results[item!.id]).toMatchObject({ agree: 0, disagree: 0, voters: 9, passed: false });
    expect(await db().select().from(ballotReceipts).where(eq(ballotReceipts.itemId, item!.id))).toEqual([]);
  });
});
