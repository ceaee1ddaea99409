// Gathers what the eligibility rules read, for many candidates at once: one query per kind of fact
// (awards, yearly assessments, discipline, holds, initiatives, members), each over an array of
// ids, so that checking a province's 10,000 nominations costs a handful of queries, not 50,000.
import { sql } from "drizzle-orm";
import { inSequence, selectRows, type DbOrTx } from "../../db/client";
import type { DisciplineForm, HoldReason, InitiativeScope, Rating, RecipientKind } from "../../domain/catalogue/entries";
import type { AwardFact, CandidateRecord, DisciplineFact, MemberFact } from "../../domain/eligibility/types";

export interface CandidateRef {
  kind: RecipientKind;
  id: number;
}

export const candidateKey = (c: CandidateRef) => `${c.kind}:${c.id}`;

/** A literal int[] for one bound parameter (ids are integers, so nothing needs escaping). */
const idArray = (ids: Iterable<number>) => `{${[...new Set(ids)].map((n) => Math.trunc(n)).join(",")}}`;

const RECIPIENT_COLUMN: Record<RecipientKind, string> = { person: "person_id", household: "household_id", collective: "collective_id", unit: "recipient_unit_id" };

interface AwardRow {
  owner: number;
  form_code: string;
  year: number | null;
  commendation_kind: string;
  decision_number: string;
  decision_date: string;
  achievement: string;
}

async function awardsOf(db: DbOrTx, kind: RecipientKind, ids: number[]): Promise<Map<number, AwardFact[]>> {
  const out = new Map<number, AwardFact[]>();
  if (!ids.length) return out;
  const column = sql.raw(RECIPIENT_COLUMN[kind]);
  const rows = await selectRows<AwardRow>(
    db,
    sql`SELECT ${column} AS owner, form_code, year, commendation_kind, decision_number, decision_date::text AS decision_date, achievement
        FROM awards WHERE ${column} = ANY(${idArray(ids)}::int[])
          -- A revoked award (Law Art. 93) no longer counts: not for the chain of titles, not as held.
          AND NOT EXISTS (SELECT 1 FROM award_revocations r WHERE r.award_id = awards.id)`,
  );
  for (const r of rows) {
    const list = out.get(Number(r.owner)) ?? [];
    list.push({ formCode: r.form_code, year: r.year === null ? null : Number(r.year), commendationKind: r.commendation_kind, decisionNumber: r.decision_number, decisionDate: r.decision_date, achievement: r.achievement });
    out.set(Number(r.owner), list);
  }
  return out;
}

function group<T extends { person_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(Number(r.person_id), [...(out.get(Number(r.person_id)) ?? []), r]);
  return out;
}

interface PersonFacts {
  assessments: Map<number, { person_id: number; year: number; rating: string }[]>;
  disciplines: Map<number, { person_id: number; form: string; decided_on: string; ends_on: string | null }[]>;
  holds: Map<number, { person_id: number; reason: string; starts_on: string; ends_on: string | null }[]>;
  initiatives: Map<number, { person_id: number; title: string; scope: string; recognised_on: string }[]>;
}

async function personFacts(db: DbOrTx, ids: number[]): Promise<PersonFacts> {
  const any = idArray(ids);
  const [assessments, disciplines, holds, initiatives] = await inSequence([
    () => selectRows<{ person_id: number; year: number; rating: string }>(db, sql`SELECT person_id, year, rating FROM yearly_assessments WHERE person_id = ANY(${any}::int[])`),
    () => selectRows<{ person_id: number; form: string; decided_on: string; ends_on: string | null }>(
      db,
      sql`SELECT person_id, form, decided_on::text AS decided_on, ends_on::text AS ends_on FROM disciplines WHERE person_id = ANY(${any}::int[])`,
    ),
    () => selectRows<{ person_id: number; reason: string; starts_on: string; ends_on: string | null }>(
      db,
      sql`SELECT person_id, reason, starts_on::text AS starts_on, ends_on::text AS ends_on FROM award_holds WHERE person_id = ANY(${any}::int[])`,
    ),
    () => selectRows<{ person_id: number; title: string; scope: string; recognised_on: string }>(
      db,
      sql`SELECT person_id, title, scope, recognised_on::text AS recognised_on FROM initiatives WHERE person_id = ANY(${any}::int[])`,
    ),
  ]);
  return { assessments: group(assessments), disciplines: group(disciplines), holds: group(holds), initiatives: group(initiatives) };
}

const disciplineFacts = (rows: PersonFacts["disciplines"] extends Map<number, infer R> ? R : never): DisciplineFact[] =>
  rows.map((d) => ({ form: d.form as DisciplineForm, decidedOn: d.decided_on, endsOn: d.ends_on }));

/**
 * The records of these candidates for the year of the work. `memberTitleHolders` are the people
 * put forward for a member title in the same batch (they count towards a collective's share as
 * if already awarded). Candidates that do not exist are left out of the map.
 */
export async function loadCandidateRecords(
  db: DbOrTx,
  candidates: readonly CandidateRef[],
  year: number,
  opts: { memberTitle?: string; memberTitleHolders?: ReadonlySet<number> } = {},
): Promise<Map<string, CandidateRecord>> {
  const idsOf = (kind: RecipientKind) => candidates.filter((c) => c.kind === kind).map((c) => c.id);
  const [personIds, householdIds, collectiveIds, unitIds] = [idsOf("person"), idsOf("household"), idsOf("collective"), idsOf("unit")];

  // Members of the units put forward: people holding a post or membership there during the year.
  const members = unitIds.length
    ? await selectRows<{ unit_id: number; person_id: number; full_name: string }>(
        db,
        sql`SELECT DISTINCT m.unit_id, p.id AS person_id, p.full_name FROM memberships m JOIN people p ON p.id = m.person_id
            WHERE m.unit_id = ANY(${idArray(unitIds)}::int[])
              AND (m.valid_from IS NULL OR m.valid_from <= ${`${year}-12-31`}::date) AND (m.valid_to IS NULL OR m.valid_to >= ${`${year}-01-01`}::date)`,
      )
    : [];
  const memberIds = members.map((m) => Number(m.person_id));
  const everyPerson = [...personIds, ...memberIds];

  const [names, facts, personAwards, householdAwards, collectiveAwards, unitAwards] = await inSequence([
    () => loadNames(db, personIds, householdIds, collectiveIds, unitIds),
    () => everyPerson.length ? personFacts(db, everyPerson) : Promise.resolve<PersonFacts>({ assessments: new Map(), disciplines: new Map(), holds: new Map(), initiatives: new Map() }),
    () => awardsOf(db, "person", everyPerson),
    () => awardsOf(db, "household", householdIds),
    () => awardsOf(db, "collective", collectiveIds),
    () => awardsOf(db, "unit", unitIds),
  ]);

  const membersOf = new Map<number, MemberFact[]>();
  for (const m of members) {
    const personId = Number(m.person_id);
    const holds = opts.memberTitle
      ? (personAwards.get(personId) ?? []).some((a) => a.formCode === opts.memberTitle && a.year === year) || (opts.memberTitleHolders?.has(personId) ?? false)
      : false;
    const list = membersOf.get(Number(m.unit_id)) ?? [];
    list.push({ name: m.full_name, holdsMemberTitle: holds, disciplines: disciplineFacts(facts.disciplines.get(personId) ?? []) });
    membersOf.set(Number(m.unit_id), list);
  }

  const out = new Map<string, CandidateRecord>();
  for (const c of candidates) {
    const name = names.get(candidateKey(c));
    if (name === undefined) continue;
    const empty = { assessments: [], disciplines: [], holds: [], initiatives: [] };
    const own =
      c.kind === "person"
        ? {
            assessments: (facts.assessments.get(c.id) ?? []).map((a) => ({ year: Number(a.year), rating: a.rating as Rating })),
            disciplines: disciplineFacts(facts.disciplines.get(c.id) ?? []),
            holds: (facts.holds.get(c.id) ?? []).map((h) => ({ reason: h.reason as HoldReason, startsOn: h.starts_on, endsOn: h.ends_on })),
            initiatives: (facts.initiatives.get(c.id) ?? []).map((i) => ({ title: i.title, scope: i.scope as InitiativeScope, recognisedOn: i.recognised_on })),
          }
        : empty;
    const awards = { person: personAwards, household: householdAwards, collective: collectiveAwards, unit: unitAwards }[c.kind].get(c.id) ?? [];
    out.set(candidateKey(c), { kind: c.kind, name, ...own, awards, members: c.kind === "unit" ? (membersOf.get(c.id) ?? []) : null });
  }
  return out;
}

/** Names of the candidates; a household is named by its head ("Hộ ông Nguyễn Văn An") or its code. */
async function loadNames(db: DbOrTx, personIds: number[], householdIds: number[], collectiveIds: number[], unitIds: number[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const rows = await selectRows<{ kind: string; id: number; name: string }>(
    db,
    sql`SELECT 'person' AS kind, id, full_name AS name FROM people WHERE id = ANY(${idArray(personIds)}::int[])
        UNION ALL
        SELECT 'household', h.id, coalesce((SELECT 'Hộ ' || p.full_name FROM people p WHERE p.household_id = h.id ORDER BY (p.household_role = 'Chủ hộ') DESC NULLS LAST, p.id LIMIT 1), 'Hộ ' || coalesce(h.code, h.id::text))
          FROM households h WHERE h.id = ANY(${idArray(householdIds)}::int[])
        UNION ALL
        SELECT 'collective', id, name FROM collectives WHERE id = ANY(${idArray(collectiveIds)}::int[])
        UNION ALL
        SELECT 'unit', id, name FROM units WHERE id = ANY(${idArray(unitIds)}::int[])`,
  );
  for (const r of rows) out.set(`${r.kind}:${Number(r.id)}`, r.name);
  return out;
}
