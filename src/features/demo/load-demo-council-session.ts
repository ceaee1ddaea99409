// The council's session of 18 December 2024 on the seed movement's nominations: the standing
// member accepts the complete dossiers and calls the session, the members are invited, the
// veterans' chair (away) sends a written opinion the day before, the others come and vote by
// secret ballot from their phones, the chair closes the vote. The Chairman, the Front's and the
// Women's Union's chairs sit out their own items (automatic recusals); the land officer, rated
// "completed" and reprimanded in 2024, is not carried. The minutes are drawn on demand.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { councilItems, councilMembers, councilRecusals, nominations, users } from "../../db/schema";
import { loadActor, type Actor } from "../../platform/actor";
import { castBallots } from "../council/cast-ballots";
import { closeVoting } from "../council/close-voting";
import { createSession } from "../council/create-session";
import { inviteMembers } from "../council/invite-members";
import { openVoting } from "../council/open-voting";
import { recordAttendance } from "../council/record-attendance";
import { addAgendaItems } from "../council/set-agenda";
import { submitWrittenOpinion } from "../council/submit-written-opinion";
import { acceptNomination } from "../nominations/screen-nomination";

export interface DemoCouncilSession {
  sessionId: number;
  items: number;
  passed: number;
}

/** Vietnam's time on a day of 2024, as the session's clock. */
const at = (iso: string) => new Date(`${iso}+07:00`);

export async function loadDemoCouncilSession(tx: Tx, ids: { ward: number; secretary: number; baseUrl: string }): Promise<DemoCouncilSession> {
  const db = tx as unknown as Db;
  const secretary = (await loadActor(db, ids.secretary))!;
  // The standing member accepts the dossiers still waiting that are complete.
  const waiting = await tx.select({ id: nominations.id }).from(nominations).where(and(eq(nominations.screeningUnitId, ids.ward), eq(nominations.status, "submitted"))).orderBy(asc(nominations.id));
  for (const n of waiting) await acceptNomination(secretary, n.id, db);
  const accepted = await tx.select({ id: nominations.id }).from(nominations).where(and(eq(nominations.screeningUnitId, ids.ward), eq(nominations.status, "accepted"))).orderBy(asc(nominations.id));

  const session = await createSession(secretary, {
    unitId: ids.ward,
    title: "Phiên họp xét khen thưởng tổng kết phong trào thi đua năm 2024",
    meetsOn: "18/12/2024",
    meetsAt: "14:00",
    place: "Hội trường UBND phường Cam Phú",
    opinionsUntilOn: "18/12/2024",
    opinionsUntilAt: "08:00",
  }, db);
  await addAgendaItems(secretary, session.id, { nominationIds: accepted.map((n) => n.id) }, db);
  await inviteMembers(secretary, session.id, db, { baseUrl: ids.baseUrl, now: at("2024-12-12T09:00:00") });

  const members = await tx
    .select({ memberId: councilMembers.id, userId: councilMembers.userId, post: councilMembers.post, email: users.email })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(eq(councilMembers.unitId, ids.ward));
  const actorOf = async (userId: number): Promise<Actor> => (await loadActor(db, userId))!;
  const items = await tx
    .select({ id: councilItems.id, formCode: councilItems.formCode, nominationId: councilItems.nominationId, nomineeName: nominations.nomineeName, status: nominations.eligibility })
    .from(councilItems)
    .innerJoin(nominations, eq(nominations.id, councilItems.nominationId))
    .where(eq(councilItems.sessionId, session.id))
    .orderBy(asc(councilItems.position));
  const recused = await tx.select().from(councilRecusals).where(inArray(councilRecusals.itemId, items.map((i) => i.id)));
  // The land officer's dossier fails on the rating and the reprimand: the council does not carry it.
  const failing = new Set(items.filter((i) => (i.status as { verdict?: string } | null)?.verdict === "fail").map((i) => i.id));
  const choice = (memberIndex: number, itemId: number) => (failing.has(itemId) ? (memberIndex % 5 === 0 ? "agree" : "disagree") : memberIndex === 4 && items[0]?.id === itemId ? "disagree" : "agree");

  // The veterans' chair is away on 18/12 and sends a written opinion the day before.
  const away = members.find((m) => m.email.startsWith("cuuchienbinh@"));
  if (away) {
    const mine = items.filter((i) => !recused.some((r) => r.itemId === i.id && r.memberId === away.memberId));
    await submitWrittenOpinion(await actorOf(away.userId), session.id, { choices: Object.fromEntries(mine.map((i) => [i.id, choice(1, i.id)])), note: "Đi công tác tại Thành phố Nha Trang ngày 18/12/2024." }, db, at("2024-12-17T16:30:00"));
  }
  await recordAttendance(secretary, session.id, { attendance: Object.fromEntries(members.map((m) => [m.memberId, m === away ? "absent" : "present"])) }, db);
  const chair = members.find((m) => m.post === "chair")!;
  await openVoting(await actorOf(chair.userId), session.id, db, at("2024-12-18T15:10:00"));
  for (const [index, m] of members.entries()) {
    if (m === away) continue;
    const mine = items.filter((i) => !recused.some((r) => r.itemId === i.id && r.memberId === m.memberId));
    await castBallots(await actorOf(m.userId), session.id, { token: `demo-ballot-${session.id}-${m.memberId}-form`, choices: Object.fromEntries(mine.map((i) => [i.id, choice(index, i.id)])) }, db);
  }
  const { results } = await closeVoting(await actorOf(chair.userId), session.id, db, { now: at("2024-12-18T15:40:00"), vacuum: false });
  return { sessionId: session.id, items: items.length, passed: Object.values(results).filter((r) => r.passed).length };
}
