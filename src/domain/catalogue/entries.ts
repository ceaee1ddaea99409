// The legal catalogue (danh mục căn cứ pháp lý) as dated data: each rule the product applies —
// which titles and forms exist, who may award them, their criteria, dossiers, bonus
// coefficients, the base salary, disclosure periods, council quorum and ballot thresholds,
// quotas, processing time limits — is one entry with its citation and the dates it applies.
// A new decree is new entries; a decision keeps the entries of its own date.

/** Recipients of an award. A "unit" is a unit of the tree (a residential group, an agency); a "collective" is a group kept in the registry's collectives. */
export const RECIPIENT_KINDS = ["person", "household", "collective", "unit"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** Task completion ratings of the yearly assessment (xếp loại), best first. */
export const RATINGS = ["excellent", "good", "completed", "not_completed"] as const;
export type Rating = (typeof RATINGS)[number];

/** Forms of discipline, mildest first (the cadres' and civil servants' laws). */
export const DISCIPLINE_FORMS = ["reprimand", "warning", "salary_reduction", "demotion", "removal", "dismissal"] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

/** How far a recognised initiative (sáng kiến) reaches: the unit, a ministry or province, the nation. */
export const INITIATIVE_SCOPES = ["unit", "province", "national"] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

/** Why an award is held back (tạm hoãn xét): a discipline under review, an investigation, an inspection, a pending complaint, a press report being checked. */
export const HOLD_REASONS = ["discipline_review", "investigation", "inspection", "complaint", "press_report"] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** Who decides: the tier of government, or the central State (Prime Minister, President). */
export const AWARDING_TIERS = ["commune", "district", "province", "central"] as const;
export type AwardingTier = (typeof AWARDING_TIERS)[number];

/** What each kind of entry holds. */
export interface EntryValues {
  /** A title (danh hiệu) or a form of commendation (hình thức), by its stable code. */
  form: {
    name: string;
    nameEn: string;
    category: "title" | "form";
    recipients: RecipientKind[];
    /** A title given each year for the year's work (LĐTT, CSTĐCS…), rather than for an achievement. */
    yearly: boolean;
    /** Rank for the ceremony's order and for "higher forms get more": larger is higher. */
    rank: number;
  };
  /** Who decides the form (code = the form's code). */
  authority: { tier: AwardingTier; decidedBy: string };
  /** The kinds of commendation (loại hình khen thưởng, L Art. 8). */
  commendation_kind: { name: string; nameEn: string; countsTowardMerit: boolean; simplifiedProcedure: boolean };
  /** Criteria as parameters the eligibility rules read (code = the form's code), with the text of the law. */
  criterion: {
    text: string;
    /** The lowest yearly rating that meets the standard. */
    minRating?: Rating;
    /** A title the candidate must also meet that year ("đạt tiêu chuẩn LĐTT"). */
    includesTitle?: string;
    /** A recognised initiative (sáng kiến): required with the rating ("and") or instead of the top rating ("or"). */
    initiative?: "and" | "or";
    /** How far the initiative's recognition must reach. */
    initiativeScope?: InitiativeScope;
    /** Collectives: the share of members who must hold this title that year. */
    memberTitle?: string;
    memberShare?: number;
    /** Collectives: no member disciplined at this form or above during the year. */
    memberDisciplineFrom?: DisciplineForm;
    /** No discipline of this form or above on the candidate during the year. */
    disciplineFrom?: DisciplineForm;
  };
  /** Consecutive titles a higher title requires (code = the higher title). */
  chain: { requires: string; consecutiveYears: number };
  /** The documents a dossier holds (code = the form's code, or "simplified"). */
  dossier: { items: { code: string; name: string; nameEn: string; generated: boolean }[] };
  /** Bonus coefficient × base salary (code = "FORM.recipient"); or a multiple of the individual's amount. */
  bonus: { coefficient?: number | null; ofPersonAmount?: number | null };
  /** How a bonus amount is computed (code = "calculation"). */
  bonus_rule: { baseSalaryOn: "issue_date"; roundUpTo: number | null };
  /** The base salary (code = "base_salary"), đồng per month. */
  base_salary: { amount: number };
  /** Public posting of candidates (code = a form's code, or "*"), in working days. */
  disclosure: { workingDays: number };
  /** A council's quorum (code = "quorum"): the share of all members, or of the members named. */
  quorum: { numerator: number; denominator: number };
  /** Votes a candidate needs (code = a form's code, or "*"): at least (or, when strict, more than) a share of all members or of those present. */
  ballot_threshold: { numerator: number; denominator: number; over: "all" | "present"; strict: boolean; secret: boolean };
  /** A cap on a title (code = the capped title): at most `maxShare` of the holders of `of` that year. */
  quota: { of: string; maxShare: number | null };
  /** Processing time limit of a complete dossier (code = a form's code, or "*"), in working days. */
  processing: { workingDays: number };
  /**
   * The council's own rules (code = "council"): whether a member is recused from the items of
   * their own nominating organisation; whether a recused member leaves the denominator or counts
   * as not in favour; whether absent members' written opinions count as votes; and what the
   * published receipts show (codes only, or each with its choice).
   */
  council_rule: { recuseOwnOrganisation: boolean; recusedCount: "excluded" | "against"; writtenOpinions: "count" | "record"; receipts: "codes" | "with_choices" };
  /**
   * The căn cứ lines a decision cites (code = "award" or "revocation"): the laws and decrees in
   * force on its date, then a province's own rules where it adds them. The decision adds its own
   * plan and council minutes after these.
   */
  decision_basis: { lines: string[] };
}
export type EntryKind = keyof EntryValues;
export const ENTRY_KINDS = [
  "form",
  "authority",
  "commendation_kind",
  "criterion",
  "chain",
  "dossier",
  "bonus",
  "bonus_rule",
  "base_salary",
  "disclosure",
  "quorum",
  "ballot_threshold",
  "quota",
  "processing",
  "council_rule",
  "decision_basis",
] as const satisfies readonly EntryKind[];

/** The national layer, a province's or a unit's own version. */
export type EntryScope = "national" | "province" | "unit";

export interface CatalogueEntry<K extends EntryKind = EntryKind> {
  kind: K;
  code: string;
  value: EntryValues[K];
  /** The first and the last day it applies (null: still in force), ISO dates, as units' validity. */
  validFrom: string;
  validTo: string | null;
  /** The article and instrument, as officials cite them ("Điều 24 khoản 1 Luật TĐKT 2022"). */
  citation: string;
  /** Not checked against a primary text (legal notes: UNCONFIRMED): shown "cần xác nhận". */
  unconfirmed: boolean;
  note?: string;
}

/**
 * Which layers may add their own version of an entry of each kind (D152 Art. 6(2)(c) hands the
 * commune titles' dossiers, procedures and detailed criteria to provinces; a council sets its
 * own rules). Whatever the kind, a province may also replace an entry the law leaves
 * unconfirmed: those are configurable by design.
 */
export const OVERRIDABLE_BY: Readonly<Record<EntryKind, readonly Exclude<EntryScope, "national">[]>> = {
  form: [],
  authority: [],
  commendation_kind: [],
  criterion: ["province"],
  chain: [],
  dossier: ["province"],
  bonus: [],
  bonus_rule: ["province"],
  base_salary: [],
  disclosure: ["province", "unit"],
  quorum: ["province", "unit"],
  ballot_threshold: ["province", "unit"],
  quota: ["province"],
  processing: ["province"],
  council_rule: ["province", "unit"],
  decision_basis: ["province", "unit"],
};

export function mayOverride(entry: Pick<CatalogueEntry, "kind" | "unconfirmed">, scope: Exclude<EntryScope, "national">): boolean {
  return OVERRIDABLE_BY[entry.kind].includes(scope) || (scope === "province" && entry.unconfirmed);
}

/** Ratings compare by rank: "good or better". */
export function ratingAtLeast(rating: Rating, min: Rating): boolean {
  return RATINGS.indexOf(rating) <= RATINGS.indexOf(min);
}

/** Discipline forms compare by severity: "reprimand or above". */
export function disciplineAtLeast(form: DisciplineForm, min: DisciplineForm): boolean {
  return DISCIPLINE_FORMS.indexOf(form) >= DISCIPLINE_FORMS.indexOf(min);
}
