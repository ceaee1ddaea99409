// The fairness view (L Art. 5(2); Decree 98 / 152, Art. 4): who is nominated and awarded, by
// gender, ethnicity, age group, frontline workers and leaders, organisation and sub-unit, beside
// the same shares among the people they were chosen from; with a warning where the law asks for
// priority (women, direct workers) and the chosen fall clearly below their share.
import { foldForSearch } from "../text/vietnamese";

export interface Subject {
  gender: string | null;
  ethnicity: string | null;
  birthYear: number | null;
  frontline: boolean;
  leader: boolean;
  /** The sub-unit or organisation the person belongs to. */
  group: string;
  /** How many people this row stands for (rows counted in SQL); 1 when absent. */
  weight?: number;
}

export interface Share {
  key: string;
  count: number;
  /** Of the chosen, 0..1. */
  share: number;
  /** The same share among the people they were chosen from (null when not known). */
  baseShare: number | null;
}

export interface FairnessWarning {
  key: "fairness.women_below" | "fairness.frontline_below" | "fairness.leaders_above";
  params: { share: number; baseShare: number };
  citation: string;
}

export interface FairnessView {
  total: number;
  byGender: Share[];
  byEthnicity: Share[];
  byAge: Share[];
  frontline: Share[];
  leaders: Share[];
  byGroup: Share[];
  warnings: FairnessWarning[];
}

/** Age groups at the year of the awards. */
export const AGE_GROUPS = ["under_30", "30_39", "40_49", "50_59", "60_plus", "unknown"] as const;
export function ageGroup(birthYear: number | null, year: number): (typeof AGE_GROUPS)[number] {
  if (birthYear === null) return "unknown";
  const age = year - birthYear;
  return age < 30 ? "under_30" : age < 40 ? "30_39" : age < 50 ? "40_49" : age < 60 ? "50_59" : "60_plus";
}

/** Posts that lead a body: the head and deputies of a committee, an organisation, a group or an agency. */
const LEADING = /^(pho )?(chu tich|bi thu|truong|chi huy truong|giam doc|hieu truong|to truong|chanh van phong)\b/;
export function isLeadingPost(position: string): boolean {
  return LEADING.test(foldForSearch(position).trim());
}

/** Chosen people fall "clearly" below their share when more than 10 points under it (compared in tenths of a point), with at least this many chosen. */
const MARGIN_POINTS = 100;
const MIN_CHOSEN = 5;
const PRIORITY_CITATION = "Điều 5 khoản 2 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 98/2023/NĐ-CP và 152/2025/NĐ-CP";

function shares(chosen: readonly Subject[], base: readonly Subject[] | null, keyOf: (s: Subject) => string): Share[] {
  const count = (list: readonly Subject[]) => {
    const m = new Map<string, number>();
    for (const s of list) m.set(keyOf(s), (m.get(keyOf(s)) ?? 0) + (s.weight ?? 1));
    return m;
  };
  const mine = count(chosen);
  const theirs = base ? count(base) : null;
  const [chosenTotal, baseTotal] = [total(chosen), base ? total(base) : 0];
  const keys = new Set([...mine.keys(), ...(theirs?.keys() ?? [])]);
  return [...keys]
    .map((key) => ({
      key,
      count: mine.get(key) ?? 0,
      share: chosenTotal ? (mine.get(key) ?? 0) / chosenTotal : 0,
      baseShare: theirs && baseTotal ? (theirs.get(key) ?? 0) / baseTotal : null,
    }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, "vi"));
}

const round = (x: number) => Math.round(x * 1000) / 10;
const total = (list: readonly Subject[]) => list.reduce((n, s) => n + (s.weight ?? 1), 0);

export function fairnessView(chosen: readonly Subject[], base: readonly Subject[] | null, year: number): FairnessView {
  const view: FairnessView = {
    total: total(chosen),
    byGender: shares(chosen, base, (s) => s.gender ?? "unknown"),
    byEthnicity: shares(chosen, base, (s) => s.ethnicity ?? "unknown"),
    byAge: shares(chosen, base, (s) => ageGroup(s.birthYear, year)),
    frontline: shares(chosen, base, (s) => (s.frontline ? "yes" : "no")),
    leaders: shares(chosen, base, (s) => (s.leader ? "yes" : "no")),
    byGroup: shares(chosen, base, (s) => s.group),
    warnings: [],
  };
  if (total(chosen) < MIN_CHOSEN || !base?.length) return view;
  const find = (list: Share[], key: string) => list.find((s) => s.key === key) ?? { share: 0, baseShare: 0 };
  const points = (x: number) => Math.round(x * 1000);
  const below = (s: { share: number; baseShare: number | null }) => s.baseShare !== null && points(s.share) < points(s.baseShare) - MARGIN_POINTS;
  const above = (s: { share: number; baseShare: number | null }) => s.baseShare !== null && points(s.share) > points(s.baseShare) + MARGIN_POINTS;
  const women = find(view.byGender, "female");
  if (below(women) && women.baseShare !== null) {
    view.warnings.push({ key: "fairness.women_below", params: { share: round(women.share), baseShare: round(women.baseShare) }, citation: PRIORITY_CITATION });
  }
  const frontline = find(view.frontline, "yes");
  if (below(frontline) && frontline.baseShare !== null) {
    view.warnings.push({ key: "fairness.frontline_below", params: { share: round(frontline.share), baseShare: round(frontline.baseShare) }, citation: PRIORITY_CITATION });
  }
  const leaders = find(view.leaders, "yes");
  if (above(leaders) && leaders.baseShare !== null) {
    view.warnings.push({ key: "fairness.leaders_above", params: { share: round(leaders.share), baseShare: round(leaders.baseShare) }, citation: PRIORITY_CITATION });
  }
  return view;
}
