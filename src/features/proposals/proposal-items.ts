// What a proposal may carry and what its tờ trình says. An item may go up when the unit's council
// passed it (its latest counted result), when the level that decides it is not the unit itself,
// and when it is in no other live proposal and has no award yet. The content is the tờ trình's:
// the nominees grouped by form in the catalogue's order of rank, each with the council's result.
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { awards, councilItems, councilSessions, nominations, proposalItems, units } from "../../db/schema";
import type { ProposalContent, ProposalGroup } from "../../documents/compose-proposal";
import { countWords, legalBases } from "../../documents/compose-nomination";
import type { EntryValues, RecipientKind } from "../../domain/catalogue/entries";
import { formName } from "../../domain/catalogue/in-force";
import type { Tally } from "../../domain/council/tally";
import { todayInVietnam } from "../../domain/text/dates";
import { ValidationError } from "../../platform/errors";
import { loadCatalogue } from "../catalogue/load-catalogue";

export type NominationRow = typeof nominations.$inferSelect;

export interface PassedItem {
  nomination: NominationRow;
  nominatingUnit: string;
  councilItemId: number;
  result: Tally;
  meetsAt: Date;
}

const GOVERNMENT_PREFIXES = ["tỉnh", "thành phố", "thị xã", "quận", "huyện", "phường", "xã", "đặc khu"];

/** "Thành phố Cam Ranh" → "thành phố Cam Ranh" (inside a sentence). */
export function inSentence(name: string): string {
  const n = name.normalize("NFC").trim();
  const lower = n.toLocaleLowerCase("vi");
  const prefix = GOVERNMENT_PREFIXES.find((p) => lower.startsWith(`${p} `));
  return prefix ? prefix + n.slice(prefix.length) : n;
}

/** "Ủy ban nhân dân thành phố Cam Ranh". */
export const governmentName = (unitName: string) => `Ủy ban nhân dân ${inSentence(unitName)}`;
/** "Chủ tịch Ủy ban nhân dân thành phố Cam Ranh". */
export const governmentHead = (unitName: string) => `Chủ tịch ${governmentName(unitName)}`;

/** The latest counted result of each nomination in the unit's closed sessions. */
async function latestResults(db: DbOrTx, nominationIds: number[]) {
  if (nominationIds.length === 0) return new Map<number, { councilItemId: number; passed: boolean; result: Tally; meetsAt: Date }>();
  const rows = await db
    .select({ nominationId: councilItems.nominationId, councilItemId: councilItems.id, passed: councilItems.passed, result: councilItems.result, meetsAt: councilSessions.meetsAt })
    .from(councilItems)
    .innerJoin(councilSessions, eq(councilSessions.id, councilItems.sessionId))
    .where(and(inArray(councilItems.nominationId, nominationIds), eq(councilSessions.status, "closed"), isNotNull(councilItems.result)))
    .orderBy(asc(councilSessions.meetsAt), asc(councilItems.id));
  const out = new Map<number, { councilItemId: number; passed: boolean; result: Tally; meetsAt: Date }>();
  for (const r of rows) out.set(r.nominationId, { councilItemId: r.councilItemId, passed: r.passed === true, result: r.result as Tally, meetsAt: r.meetsAt });
  return out;
}

/**
 * The nominations, checked one by one for the proposal of `unitId`; every refusal names the
 * nominee. A returned proposal's items are released (not live), so they may be proposed again.
 */
export async function checkItems(db: DbOrTx, unitId: number, nominationIds: number[]): Promise<PassedItem[]> {
  const ids = [...new Set(nominationIds)];
  const rows = ids.length
    ? await db.select({ nomination: nominations, nominatingUnit: units.name }).from(nominations).innerJoin(units, eq(units.id, nominations.unitId)).where(inArray(nominations.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.nomination.id, r]));
  const results = await latestResults(db, ids);
  const live = ids.length ? await db.select({ nominationId: proposalItems.nominationId, proposalId: proposalItems.proposalId }).from(proposalItems).where(and(inArray(proposalItems.nominationId, ids), eq(proposalItems.active, true))) : [];
  const awarded = ids.length ? await db.select({ nominationId: awards.nominationId }).from(awards).where(inArray(awards.nominationId, ids)) : [];
  const out: PassedItem[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    // A nomination of another government reads as one that does not exist here.
    if (!row || row.nomination.screeningUnitId !== unitId) throw ValidationError.field("nominationIds", "errors.proposal_other_unit", { nominee: row?.nomination.nomineeName ?? `#${id}` });
    const n = row.nomination;
    const nominee = n.nomineeName;
    const result = results.get(id);
    if (!result?.passed) throw ValidationError.field("nominationIds", "errors.proposal_not_passed", { nominee });
    if (!n.decidingTier) throw ValidationError.field("nominationIds", "errors.proposal_not_routed", { nominee });
    if (n.decidingUnitId === unitId) throw ValidationError.field("nominationIds", "errors.proposal_within_authority", { nominee });
    const other = live.find((l) => l.nominationId === id);
    if (other) throw ValidationError.field("nominationIds", "errors.proposal_duplicate", { nominee, id: other.proposalId });
    if (awarded.some((a) => a.nominationId === id)) throw ValidationError.field("nominationIds", "errors.proposal_already_awarded", { nominee });
    out.push({ nomination: n, nominatingUnit: row.nominatingUnit, councilItemId: result.councilItemId, result: result.result, meetsAt: result.meetsAt });
  }
  return out;
}

/** What the unit could propose now: passed, beyond it, free (the form's list). */
export async function proposableItems(db: DbOrTx, unitId: number): Promise<PassedItem[]> {
  const candidates = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(
      and(
        eq(nominations.screeningUnitId, unitId),
        eq(nominations.status, "accepted"),
        isNotNull(nominations.decidingTier),
        sql`${nominations.decidingUnitId} IS DISTINCT FROM ${unitId}`,
        sql`NOT EXISTS (SELECT 1 FROM ${proposalItems} WHERE ${proposalItems.nominationId} = ${nominations.id} AND ${proposalItems.active})`,
        sql`NOT EXISTS (SELECT 1 FROM ${awards} WHERE ${awards.nominationId} = ${nominations.id})`,
      ),
    )
    .orderBy(asc(nominations.id));
  const results = await latestResults(db, candidates.map((c) => c.id));
  const passed = candidates.filter((c) => results.get(c.id)?.passed).map((c) => c.id);
  return passed.length ? checkItems(db, unitId, passed) : [];
}

const vnDay = (d: Date) => todayInVietnam(d);

/** The tờ trình's content: the nominees by form (highest rank first), with their council results. */
export async function proposalContent(
  db: DbOrTx,
  p: { proposalId: number; unit: { id: number; name: string; path: string }; recipient: { id: number; name: string }; proposedOn: string; items: PassedItem[] },
): Promise<ProposalContent> {
  const decidingIds = [...new Set(p.items.flatMap((i) => (i.nomination.decidingUnitId ? [i.nomination.decidingUnitId] : [])))];
  const deciding = decidingIds.length ? await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, decidingIds)) : [];
  const groups = new Map<string, ProposalGroup & { rank: number }>();
  for (const item of p.items) {
    const n = item.nomination;
    // The form as the catalogue had it on the nomination's planned decision date.
    const own = await loadCatalogue(db, n.decisionDate, p.unit.path);
    const form = own.get("form", n.formCode)?.value as EntryValues["form"] | undefined;
    const decidingUnit = deciding.find((d) => d.id === n.decidingUnitId);
    const decidingBody = decidingUnit ? governmentHead(decidingUnit.name) : (own.get("authority", n.formCode)?.value.decidedBy ?? "cấp có thẩm quyền");
    const key = `${n.formCode}|${decidingBody}`;
    const group = groups.get(key) ?? { formCode: n.formCode, formName: formName(own, n.formCode), isTitle: form?.category === "title", decidingBody, nominees: [], rank: form?.rank ?? 0 };
    group.nominees.push({
      nominationId: n.id,
      name: n.nomineeName,
      kind: n.nomineeKind as RecipientKind,
      unitName: item.nominatingUnit,
      achievement: n.achievement,
      council: { inFavour: item.result.inFavour, denominator: item.result.denominator, members: item.result.members, share: item.result.share, meetsOn: vnDay(item.meetsAt) },
    });
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => b.rank - a.rank || a.formCode.localeCompare(b.formCode)).map(({ rank: _r, ...g }) => g);
  const all = ordered.flatMap((g) => g.nominees);
  const year = Math.max(...p.items.map((i) => i.nomination.year));
  return {
    proposalId: p.proposalId,
    summary: `Về việc đề nghị khen thưởng cho ${countWords(all)} có thành tích xuất sắc năm ${year}`,
    year,
    proposedOn: p.proposedOn,
    unitName: governmentName(p.unit.name),
    recipientUnitId: p.recipient.id,
    addressee: governmentName(p.recipient.name),
    addresseeHead: governmentHead(p.recipient.name),
    councilName: `Hội đồng Thi đua – Khen thưởng ${inSentence(p.unit.name)}`,
    sessionDates: [...new Set(all.map((n) => n.council.meetsOn))].sort(),
    bases: legalBases(p.proposedOn),
    groups: ordered,
  };
}

/** The proposal's nomination ids in printed order (the live items, or all of a returned one). */
export async function itemsOf(db: DbOrTx, proposalId: number) {
  return db.select().from(proposalItems).where(eq(proposalItems.proposalId, proposalId)).orderBy(asc(proposalItems.position));
}

