// What a decision (quyết định) says, as the documents table keeps it: an award decision lists the
// nominations that passed the council, grouped by form in the attached list; a revocation decision
// lists the awards it annuls with its grounds (Law on Emulation and Commendation, Art. 93). The
// bonus of each line is computed from the catalogue of the day the decision is issued.
import type { EntryValues, RecipientKind } from "../catalogue/entries";
import { type Catalogue, formOn } from "../catalogue/in-force";
import { type Bonus, computeBonus } from "../bonus/compute";

/** A line's bonus as the decision keeps it: the computed bonus's figures and articles. */
export type LineBonus = Pick<Extract<Bonus, { ok: true }>, "coefficient" | "baseSalary" | "exact" | "amount" | "roundUpTo" | "articles" | "unconfirmed">;

export interface DecisionLine {
  nominationId: number;
  formCode: string;
  /** The form's name on the decision's date ("Giấy khen của Chủ tịch UBND phường"). */
  formName: string;
  /** "title": công nhận danh hiệu; "form": tặng (a Giấy khen, a Bằng khen). */
  category: "title" | "form";
  rank: number;
  recipientKind: RecipientKind;
  /** The recipient's row: a person's, household's, collective's or unit's id, as `recipientKind` says. */
  recipientId: number;
  recipientName: string;
  /** The post and unit, or the collective's unit, as the list prints it. */
  detail: string;
  achievement: string;
  year: number;
  commendationKind: string;
  /** Filled for the day the amounts are computed for; null when the form carries no bonus. */
  bonus?: LineBonus | null;
}

export interface AwardDecisionContent {
  kind: "award";
  summary: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ": who decides, above the căn cứ lines. */
  authorityLine: string;
  /** The same in a sentence: "Chủ tịch Ủy ban nhân dân phường Cam Phú" (the attached list's "của …"). */
  issuer: string;
  /** The căn cứ lines of the catalogue in force on the day the content is read for (the issue date once issued). */
  lawBases?: string[];
  /** The decision's own căn cứ lines after those: the plan, the council's minutes, a province's rules. */
  bases: string[];
  /** "Theo đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng phường." */
  proposal: string;
  lines: DecisionLine[];
  /** The fund the bonus is paid from (Điều 2). */
  fund: string;
  /** Điều 3: who carries it out. */
  executors: string;
  /** The date the amounts were computed for: the issue date once issued. */
  bonusOn?: string | null;
}

export interface RevocationLine {
  awardId: number;
  recipientName: string;
  formName: string;
  /** The decision that made the award: "12/QĐ-UBND ngày 20/12/2024". */
  decisionNumber: string;
  decisionDate: string;
  /** The bonus to pay back, in đồng (0 when it carried none). */
  moneyDue: number;
}

export interface RevocationDecisionContent {
  kind: "revocation";
  summary: string;
  authorityLine: string;
  lawBases?: string[];
  bases: string[];
  /** Why: the ground of Art. 93(2) and the facts found, as the decision states them. */
  grounds: string;
  lines: RevocationLine[];
  executors: string;
}

export type DecisionContent = AwardDecisionContent | RevocationDecisionContent;

/** A line's bonus under the catalogue in force on `catalogue.on`; null when the form carries none. Throws nothing: an unknown amount is reported by `bonusProblems`. */
export function lineBonus(catalogue: Catalogue, line: Pick<DecisionLine, "formCode" | "recipientKind">): LineBonus | null {
  const b = computeBonus(catalogue, line.formCode, line.recipientKind);
  if (!b.ok) return null;
  return { coefficient: b.coefficient, baseSalary: b.baseSalary, exact: b.exact, amount: b.amount, roundUpTo: b.roundUpTo, articles: b.articles, unconfirmed: b.unconfirmed };
}

/**
 * Lines whose amount the law in force does not give (a form with a bonus entry whose amount is
 * unknown, or no base salary that day): a decision with such a line is not issued with a guess.
 */
export function bonusProblems(catalogue: Catalogue, lines: Pick<DecisionLine, "formCode" | "recipientKind" | "recipientName">[]): { recipientName: string; formCode: string; problem: string }[] {
  return lines.flatMap((line) => {
    const b = computeBonus(catalogue, line.formCode, line.recipientKind);
    return !b.ok && b.problem !== "no_bonus" ? [{ recipientName: line.recipientName, formCode: line.formCode, problem: b.problem }] : [];
  });
}

/** The căn cứ lines of the catalogue in force (code "award" or "revocation"). */
export function lawBases(catalogue: Catalogue, code: "award" | "revocation"): string[] {
  return (catalogue.get("decision_basis", code)?.value as EntryValues["decision_basis"] | undefined)?.lines ?? [];
}

/**
 * The content as it reads on the catalogue's day: its căn cứ lines, each form's name and rank,
 * and every line's bonus, all of that day.
 */
export function withBonus(content: AwardDecisionContent, catalogue: Catalogue): AwardDecisionContent {
  return {
    ...content,
    lawBases: lawBases(catalogue, "award"),
    bonusOn: catalogue.on,
    lines: content.lines.map((line) => ({ ...line, ...(catalogue.get("form", line.formCode) ? formOn(catalogue, line.formCode) : {}), bonus: lineBonus(catalogue, line) })),
  };
}

export interface FormGroup {
  formCode: string;
  formName: string;
  category: "title" | "form";
  lines: DecisionLine[];
}

/** The lines by form, highest rank first (the ceremony's order too), each form's lines in the decision's order. */
export function groupByForm(lines: DecisionLine[]): FormGroup[] {
  const groups = new Map<string, FormGroup & { rank: number; first: number }>();
  lines.forEach((line, i) => {
    const g = groups.get(line.formCode) ?? { formCode: line.formCode, formName: line.formName, category: line.category, lines: [], rank: line.rank, first: i };
    g.lines.push(line);
    groups.set(line.formCode, g);
  });
  return [...groups.values()].sort((a, b) => b.rank - a.rank || a.first - b.first).map(({ rank: _rank, first: _first, ...g }) => g);
}

/** The total bonus of the lines, in đồng. */
export function totalBonus(lines: { bonus?: LineBonus | null }[]): number {
  return lines.reduce((sum, line) => sum + (line.bonus?.amount ?? 0), 0);
}

const KIND_WORDS: Record<RecipientKind, string> = { person: "cá nhân", household: "hộ gia đình", collective: "tập thể", unit: "tập thể" };

/** "3 cá nhân, 1 hộ gia đình và 2 tập thể": how many of each, in that order. */
export function countWords(lines: { recipientKind: RecipientKind }[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(KIND_WORDS[line.recipientKind], (counts.get(KIND_WORDS[line.recipientKind]) ?? 0) + 1);
  const parts = ["cá nhân", "hộ gia đình", "tập thể"].filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${k}`);
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} và ${parts.at(-1)}`;
}
