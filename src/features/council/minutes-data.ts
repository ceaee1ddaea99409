// Everything the minutes of one council session say (biên bản họp, biên bản kiểm phiếu), read in
// a handful of queries: the session and its unit, the members on its list with their posts and
// attendance, the agenda's items with their nominations and results, the recusals, the written
// opinions of absent members (signed, so named), the paper counts with who entered and confirmed
// them, and how many receipts were published per item. Nothing here joins a member to a ballot:
// the ballot tables are read only as counts.
import { alias } from "drizzle-orm/pg-core";
import { asc, count, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { ballotReceipts, councilItems, councilMembers, councilRecusals, councilSessionMembers, nominations, paperCounts, people, units, users, writtenOpinions } from "../../db/schema";
import type { UnitKind } from "../../domain/access/unit-kinds";
import { formName } from "../../domain/catalogue/in-force";
import { postRank, type CouncilPost } from "../../domain/council/posts";
import type { RecusalReason } from "../../domain/council/recusal";
import type { SessionRules } from "../../domain/council/rules";
import type { Choice, Tally } from "../../domain/council/tally";
import { personSortKey } from "../../domain/text/vietnamese";
import { todayInVietnam } from "../../domain/text/dates";
import { loadCatalogue } from "../catalogue/load-catalogue";
import type { MinutesData, MinutesItem, MinutesMember, MinutesOpinion } from "../../documents/compose-council-minutes";
import type { SessionRow } from "./find-session";

export type { MinutesData, MinutesItem, MinutesMember, MinutesOpinion, MinutesPaperCount, MinutesRecusal } from "../../documents/compose-council-minutes";


/** The minutes' data of a session the caller has already found (findVisibleSession). */
export async function loadMinutesData(db: DbOrTx, session: SessionRow): Promise<MinutesData> {
  const parentUnit = alias(units, "parent_unit");
  const [unitRow] = await db
    .select({ unit: { id: units.id, name: units.name, kind: units.kind, path: units.path }, parent: { name: parentUnit.name, kind: parentUnit.kind } })
    .from(units)
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
    .where(eq(units.id, session.unitId));
  if (!unitRow) throw new Error(`unit ${session.unitId} of session ${session.id} is missing`);

  const memberRows = await db
    .select({ memberId: councilMembers.id, name: people.fullName, post: councilMembers.post, attendance: councilSessionMembers.attendance })
    .from(councilSessionMembers)
    .innerJoin(councilMembers, eq(councilMembers.id, councilSessionMembers.memberId))
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(eq(councilSessionMembers.sessionId, session.id));
  const members: MinutesMember[] = memberRows
    .map((m) => ({ memberId: m.memberId, name: m.name, post: m.post as CouncilPost, attendance: m.attendance as MinutesMember["attendance"] }))
    .sort((a, b) => postRank(a.post) - postRank(b.post) || cmp(personSortKey(a.name), personSortKey(b.name)) || a.memberId - b.memberId);
  const byMember = new Map(members.map((m) => [m.memberId, m]));

  // The chair and the secretary may be off the list (a vice-chair presiding is on it; a secretary
  // from the secretariat need not be): read them on their own when so.
  const missing = [session.chairMemberId, session.secretaryMemberId].filter((id): id is number => id !== null && !byMember.has(id));
  const outside = missing.length
    ? await db
        .select({ memberId: councilMembers.id, name: people.fullName, post: councilMembers.post })
        .from(councilMembers)
        .innerJoin(people, eq(people.id, councilMembers.personId))
        .where(inArray(councilMembers.id, missing))
    : [];
  const seat = (id: number | null): MinutesMember | null => {
    if (id === null) return null;
    const found = byMember.get(id) ?? outside.find((o) => o.memberId === id);
    return found ? { attendance: null, ...found, post: found.post as CouncilPost } : null;
  };

  const itemRows = await db
    .select({ item: councilItems, nomineeName: nominations.nomineeName, nominatingUnit: units.name })
    .from(councilItems)
    .innerJoin(nominations, eq(nominations.id, councilItems.nominationId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(eq(councilItems.sessionId, session.id))
    .orderBy(asc(councilItems.position), asc(councilItems.id));
  const itemIds = itemRows.map((r) => r.item.id);

  const recusalRows = itemIds.length
    ? await db
        .select({ itemId: councilRecusals.itemId, memberId: councilRecusals.memberId, reason: councilRecusals.reason, note: councilRecusals.note, name: people.fullName, post: councilMembers.post })
        .from(councilRecusals)
        .innerJoin(councilMembers, eq(councilMembers.id, councilRecusals.memberId))
        .innerJoin(people, eq(people.id, councilMembers.personId))
        .where(inArray(councilRecusals.itemId, itemIds))
    : [];
  const opinionRows = itemIds.length
    ? await db
        .select({ itemId: writtenOpinions.itemId, memberId: writtenOpinions.memberId, choice: writtenOpinions.choice, note: writtenOpinions.note, name: people.fullName, post: councilMembers.post })
        .from(writtenOpinions)
        .innerJoin(councilMembers, eq(councilMembers.id, writtenOpinions.memberId))
        .innerJoin(people, eq(people.id, councilMembers.personId))
        .where(inArray(writtenOpinions.itemId, itemIds))
    : [];
  const enterer = alias(users, "enterer");
  const confirmer = alias(users, "confirmer");
  const paperRows = itemIds.length
    ? await db
        .select({ itemId: paperCounts.itemId, agree: paperCounts.agree, disagree: paperCounts.disagree, invalid: paperCounts.invalid, enteredBy: enterer.fullName, confirmedBy: confirmer.fullName })
        .from(paperCounts)
        .innerJoin(enterer, eq(enterer.id, paperCounts.enteredBy))
        .leftJoin(confirmer, eq(confirmer.id, paperCounts.confirmedBy))
        .where(inArray(paperCounts.itemId, itemIds))
    : [];
  const receiptRows = itemIds.length
    ? await db.select({ itemId: ballotReceipts.itemId, n: count() }).from(ballotReceipts).where(inArray(ballotReceipts.itemId, itemIds)).groupBy(ballotReceipts.itemId)
    : [];

  const on = todayInVietnam(session.meetsAt);
  const catalogue = await loadCatalogue(db, on, unitRow.unit.path);
  const order = (a: { post: string; name: string; memberId: number }, b: { post: string; name: string; memberId: number }) =>
    postRank(a.post as CouncilPost) - postRank(b.post as CouncilPost) || cmp(personSortKey(a.name), personSortKey(b.name)) || a.memberId - b.memberId;

  const items: MinutesItem[] = itemRows.map(({ item, nomineeName, nominatingUnit }) => {
    const paper = paperRows.find((p) => p.itemId === item.id);
    return {
      itemId: item.id,
      nominationId: item.nominationId,
      position: item.position,
      formCode: item.formCode,
      formName: formName(catalogue, item.formCode),
      nomineeName,
      nominatingUnit,
      result: (item.result as Tally | null) ?? null,
      passed: item.passed,
      recusals: recusalRows
        .filter((r) => r.itemId === item.id)
        .sort(order)
        .map((r) => ({ memberId: r.memberId, name: r.name, post: r.post as CouncilPost, reason: r.reason as RecusalReason, note: r.note })),
      receipts: Number(receiptRows.find((r) => r.itemId === item.id)?.n ?? 0),
      paper: paper ? { agree: paper.agree, disagree: paper.disagree, invalid: paper.invalid, enteredBy: paper.enteredBy, confirmedBy: paper.confirmedBy ?? null } : null,
    };
  });
  const position = new Map(items.map((it, i) => [it.itemId, i]));
  const opinions: MinutesOpinion[] = opinionRows
    .sort((a, b) => order(a, b) || (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0))
    .map((o) => ({ itemId: o.itemId, memberId: o.memberId, name: o.name, post: o.post as CouncilPost, choice: o.choice as Choice, note: o.note }));

  return {
    session: {
      id: session.id,
      title: session.title,
      meetsAt: session.meetsAt,
      place: session.place,
      status: session.status,
      ballotMode: session.ballotMode as "online" | "paper",
      receiptMode: session.receiptMode as "codes" | "with_choices",
      rules: (session.rules as SessionRules | null) ?? null,
      votingOpenedAt: session.votingOpenedAt,
      votingClosedAt: session.votingClosedAt,
    },
    unit: { ...unitRow.unit, kind: unitRow.unit.kind as UnitKind },
    parent: unitRow.parent ? { name: unitRow.parent.name, kind: unitRow.parent.kind as UnitKind } : null,
    members,
    chair: seat(session.chairMemberId),
    secretary: seat(session.secretaryMemberId),
    items,
    opinions,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
