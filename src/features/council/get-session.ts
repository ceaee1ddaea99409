// A session as its page and the API show it: the members and who came, the quorum, the agenda
// with each item's recusals, how many have voted ("7/9 đã bỏ phiếu", never a choice before
// closing), the results and the published receipts once closed, and what the actor may do.
import { and, asc, count, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { ballotReceipts, ballotVoters, councilItems, councilMembers, councilRecusals, councilSessionMembers, councilSessions, nominations, paperCounts, people, units, users, writtenOpinions } from "../../db/schema";
import { formName } from "../../domain/catalogue/in-force";
import { mayPreside, type CouncilPost } from "../../domain/council/posts";
import { quorumOf } from "../../domain/council/quorum";
import type { SessionRules } from "../../domain/council/rules";
import type { Tally } from "../../domain/council/tally";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { findVisibleSession } from "./find-session";
import { postOrder } from "./council-members-on";
import { councilPolicy } from "./policy";
import { sessionDay } from "./roster";

export async function getSession(actor: Actor, sessionId: number, db: Db, lang: "vi" | "en" = "vi", now = new Date()) {
  const found = await findVisibleSession(actor, db, sessionId);
  const s = found.session;
  const members = await db
    .select({ memberId: councilMembers.id, fullName: people.fullName, post: councilMembers.post, attendance: councilSessionMembers.attendance })
    .from(councilSessionMembers)
    .innerJoin(councilMembers, eq(councilMembers.id, councilSessionMembers.memberId))
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(eq(councilSessionMembers.sessionId, sessionId))
    .orderBy(asc(postOrder), asc(people.sortKey));
  const nominator = alias(units, "nominator");
  const items = await db
    .select({ id: councilItems.id, position: councilItems.position, formCode: councilItems.formCode, nominationId: councilItems.nominationId, nomineeName: nominations.nomineeName, nomineeKind: nominations.nomineeKind, nominatingUnit: nominator.name, result: councilItems.result, passed: councilItems.passed })
    .from(councilItems)
    .innerJoin(nominations, eq(nominations.id, councilItems.nominationId))
    .innerJoin(nominator, eq(nominator.id, nominations.unitId))
    .where(eq(councilItems.sessionId, sessionId))
    .orderBy(asc(councilItems.position));
  const itemIds = items.map((i) => i.id);
  const none = [-1];
  const recusals = await db
    .select({ itemId: councilRecusals.itemId, memberId: councilRecusals.memberId, reason: councilRecusals.reason, note: councilRecusals.note, fullName: people.fullName })
    .from(councilRecusals)
    .innerJoin(councilMembers, eq(councilMembers.id, councilRecusals.memberId))
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(inArray(councilRecusals.itemId, itemIds.length ? itemIds : none));
  const voted = await db.select({ itemId: ballotVoters.itemId, n: count() }).from(ballotVoters).where(inArray(ballotVoters.itemId, itemIds.length ? itemIds : none)).groupBy(ballotVoters.itemId);
  const mine = found.member
    ? await db.select({ itemId: ballotVoters.itemId }).from(ballotVoters).where(and(eq(ballotVoters.memberId, found.member.memberId), inArray(ballotVoters.itemId, itemIds.length ? itemIds : none)))
    : [];
  const opinions = await db
    .select({ itemId: writtenOpinions.itemId, memberId: writtenOpinions.memberId, choice: writtenOpinions.choice, note: writtenOpinions.note, fullName: people.fullName, submittedAt: writtenOpinions.submittedAt })
    .from(writtenOpinions)
    .innerJoin(councilMembers, eq(councilMembers.id, writtenOpinions.memberId))
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(inArray(writtenOpinions.itemId, itemIds.length ? itemIds : none));
  const enterer = alias(users, "enterer");
  const confirmer = alias(users, "confirmer");
  const paper = s.ballotMode === "paper"
    ? await db
        .select({ count: paperCounts, enteredByName: enterer.fullName, confirmedByName: confirmer.fullName })
        .from(paperCounts)
        .innerJoin(enterer, eq(enterer.id, paperCounts.enteredBy))
        .leftJoin(confirmer, eq(confirmer.id, paperCounts.confirmedBy))
        .where(inArray(paperCounts.itemId, itemIds.length ? itemIds : none))
    : [];
  const receipts = s.status === "closed" ? await db.select().from(ballotReceipts).where(inArray(ballotReceipts.itemId, itemIds.length ? itemIds : none)).orderBy(asc(ballotReceipts.itemId), asc(ballotReceipts.code)) : [];
  const catalogue = await loadCatalogue(db, sessionDay(s.meetsAt), found.unitPath);

  const present = new Set(members.filter((m) => m.attendance === "present").map((m) => m.memberId));
  const rules = s.rules as SessionRules | null;
  const quorum = rules ? quorumOf(members.length, present.size, rules) : null;
  const me = found.member;
  const prepare = councilPolicy.prepare(actor, found);
  const presiding = !!me && mayPreside(me.post as CouncilPost) && me.attendance === "present";
  const opinionsOpen = (s.status === "invited" || s.status === "voting") && (!s.opinionsUntil || now <= s.opinionsUntil);
  const myOpinions = me ? opinions.filter((o) => o.memberId === me.memberId) : [];

  const itemViews = items.map((item) => {
    const itemRecusals = recusals.filter((r) => r.itemId === item.id);
    const recusedIds = new Set(itemRecusals.map((r) => r.memberId));
    const paperRow = paper.find((p) => p.count.itemId === item.id);
    return {
      ...item,
      formName: formName(catalogue, item.formCode, lang),
      result: item.result as Tally | null,
      recusals: itemRecusals,
      votedCount: voted.find((v) => v.itemId === item.id)?.n ?? 0,
      voters: [...present].filter((m) => !recusedIds.has(m)).length,
      opinions: opinions.filter((o) => o.itemId === item.id),
      paper: paperRow ? { ...paperRow.count, enteredByName: paperRow.enteredByName, confirmedByName: paperRow.confirmedByName } : null,
      /** The actor's own standing on the item, as a member. */
      myState: !me ? null : recusedIds.has(me.memberId) ? "recused" : mine.some((m) => m.itemId === item.id) ? "voted" : myOpinions.some((o) => o.itemId === item.id) ? "opinion" : "open",
      receipts: receipts.filter((r) => r.itemId === item.id),
    };
  });

  // Accepted nominations this unit screens that are on no open session: what the agenda can take.
  const agendaChoices = prepare && s.status === "draft"
    ? await db
        .select({ id: nominations.id, nomineeName: nominations.nomineeName, formCode: nominations.formCode, year: nominations.year })
        .from(nominations)
        .where(and(
          eq(nominations.screeningUnitId, s.unitId),
          eq(nominations.status, "accepted"),
          notInArray(nominations.id, db.select({ id: councilItems.nominationId }).from(councilItems).innerJoin(councilSessions, eq(councilSessions.id, councilItems.sessionId)).where(ne(councilSessions.status, "closed"))),
        ))
        .orderBy(asc(nominations.formCode), asc(nominations.nomineeName))
    : [];

  return {
    // The sealed ballot key stays on the server, even sealed.
    session: { ...s, ballotKey: undefined },
    unitName: found.unitName,
    unitPath: found.unitPath,
    rules,
    members: members.map((m) => ({ ...m, wroteOpinion: opinions.some((o) => o.memberId === m.memberId) })),
    quorum,
    items: itemViews,
    agendaChoices: agendaChoices.map((n) => ({ ...n, formName: formName(catalogue, n.formCode, lang) })),
    me,
    can: {
      prepare,
      editAgenda: prepare && s.status === "draft",
      invite: prepare && s.status === "draft" && items.length > 0,
      attendance: prepare && s.status === "invited",
      open: presiding && s.status === "invited",
      close: presiding && s.status === "voting",
      vote: !!me && me.attendance === "present" && s.status === "voting" && s.ballotMode === "online" && itemViews.some((i) => i.myState === "open"),
      opinion: !!me && me.attendance !== "present" && opinionsOpen && itemViews.some((i) => i.myState === "open" || i.myState === "opinion"),
      recuse: !!me && (s.status === "invited" || s.status === "voting"),
      count: s.ballotMode === "paper" && s.status === "voting" && (prepare || me?.attendance === "present"),
      minutes: s.status === "closed",
    },
  };
}

export type SessionView = Awaited<ReturnType<typeof getSession>>;

/** The sessions of the units the actor sees the council of, and those they sit in; newest first. */
export async function listSessions(actor: Actor, db: Db) {
  authorize(councilPolicy.viewSomewhere(actor) || actor.councilSeat, "council.view");
  const scopes = councilPolicy.viewScopes(actor);
  const seated = actor.id
    ? db.select({ id: councilSessionMembers.sessionId }).from(councilSessionMembers).innerJoin(councilMembers, eq(councilMembers.id, councilSessionMembers.memberId)).where(eq(councilMembers.userId, actor.id))
    : null;
  const inScope = scopes.length ? sql.join(scopes.map((p) => sql`${units.path} LIKE ${p + "%"}`), sql` OR `) : sql`false`;
  const rows = await db
    .select({ id: councilSessions.id, title: councilSessions.title, meetsAt: councilSessions.meetsAt, status: councilSessions.status, ballotMode: councilSessions.ballotMode, unitName: units.name, items: sql<number>`(SELECT count(*)::int FROM council_items i WHERE i.session_id = ${councilSessions.id})` })
    .from(councilSessions)
    .innerJoin(units, eq(units.id, councilSessions.unitId))
    .where(seated ? sql`(${inScope}) OR (${inArray(councilSessions.id, seated)} AND ${councilSessions.status} <> 'draft')` : inScope)
    .orderBy(sql`${councilSessions.meetsAt} DESC`)
    .limit(200);
  return rows;
}
