// Eligibility: what the rules read (the candidate's record and the nomination, as plain data)
// and what each rule answers — đạt, chưa đạt or cần xem xét — with the reason, what is missing
// and the article it applies. The rules never read a database: the use cases gather the record.
import type { UnitOnDate } from "../catalogue/authority";
import type { DisciplineForm, HoldReason, InitiativeScope, Rating, RecipientKind } from "../catalogue/entries";
import type { Catalogue } from "../catalogue/in-force";

/** đạt / chưa đạt / cần xem xét */
export type Verdict = "pass" | "fail" | "review";

/** A message key of src/i18n/areas/eligibility-rules.ts with its parameters. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface RuleResult {
  /** The rule's code: "authority", "rating", "chain"… */
  rule: string;
  verdict: Verdict;
  reason: Message;
  /** What the record lacks for the rule to be decided or met, all at once. */
  missing: Message[];
  /** The article applied, from the catalogue entry in force on the decision date. */
  citation: string;
  /** The entry it applied is marked "cần xác nhận". */
  unconfirmed: boolean;
}

export interface AwardFact {
  formCode: string;
  year: number | null;
  commendationKind: string;
  decisionNumber: string;
  decisionDate: string;
  achievement: string;
  revoked?: boolean;
}

export interface DisciplineFact {
  form: DisciplineForm;
  decidedOn: string;
  /** The last day it runs; null when the decision set no end. */
  endsOn: string | null;
}

export interface HoldFact {
  reason: HoldReason;
  startsOn: string;
  endsOn: string | null;
}

export interface InitiativeFact {
  title: string;
  scope: InitiativeScope;
  recognisedOn: string;
}

/** A member of a collective, for the collective titles' shares. */
export interface MemberFact {
  name: string;
  /** Holds (or is put forward in the same batch for) the member title that year. */
  holdsMemberTitle: boolean;
  disciplines: DisciplineFact[];
}

/** The candidate's own record. */
export interface CandidateRecord {
  kind: RecipientKind;
  name: string;
  assessments: { year: number; rating: Rating }[];
  disciplines: DisciplineFact[];
  holds: HoldFact[];
  initiatives: InitiativeFact[];
  awards: AwardFact[];
  /** Collectives and units: their members (null when the list is not kept). */
  members: MemberFact[] | null;
}

export interface NominationFacts {
  formCode: string;
  /** The year of the work the award is for. */
  year: number;
  commendationKind: string;
  achievement: string;
  /** The day the decision is to be made: its rules apply (a 2024 nomination under Decree 98). */
  decisionDate: string;
  /** The day of the check: a hold in force that day stops the nomination. */
  checkedOn: string;
  /** The nominating unit's government and its ancestors, nearest first (for who decides). */
  unitChain: UnitOnDate[];
}

/** Counts the quota rules need, for the nominating unit and the year. */
export interface QuotaFacts {
  /** Holders of each title that year in the unit (awarded, or put forward in the same batch). */
  holders: Record<string, number>;
  /** Of the capped form: already awarded, or put forward in the same batch with this one. */
  putForward: Record<string, number>;
}

export interface EligibilityInput {
  nomination: NominationFacts;
  record: CandidateRecord;
  /** The catalogue in force on the decision date for the nominating unit. */
  catalogue: Catalogue;
  quota?: QuotaFacts;
}

export const result = (rule: string, verdict: Verdict, reason: Message, citation: string, extra: { missing?: Message[]; unconfirmed?: boolean } = {}): RuleResult => ({
  rule,
  verdict,
  reason,
  missing: extra.missing ?? [],
  citation,
  unconfirmed: extra.unconfirmed ?? false,
});

export const msg = (key: string, params?: Message["params"]): Message => (params ? { key, params } : { key });

/** The first and last day of a year, ISO. */
export const yearBounds = (year: number) => ({ first: `${year}-01-01`, last: `${year}-12-31` });

/** Whether a period (start, end or open) overlaps [first, last]. */
export function overlaps(start: string, end: string | null, first: string, last: string): boolean {
  return start <= last && (end === null || end >= first);
}
