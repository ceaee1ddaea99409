// Discipline in the year of the work. A criterion may refuse any discipline from a form upward
// (GK_XA's default: from reprimand); whatever the criterion, achievements count again only from
// the day after a discipline ends (Decree 98 / 152, Art. 4), so any discipline in the year is
// for the council to weigh.
import { disciplineAtLeast } from "../../catalogue/entries";
import { msg, overlaps, result, yearBounds, type EligibilityInput, type RuleResult } from "../types";

const ART_4 = (decisionDate: string) => (decisionDate < "2025-07-01" ? "Điều 4 Nghị định 98/2023/NĐ-CP" : "Điều 4 Nghị định 152/2025/NĐ-CP");

export function discipline({ nomination, record, catalogue }: EligibilityInput): RuleResult | null {
  if (record.kind !== "person") return null;
  const { first, last } = yearBounds(nomination.year);
  const inYear = record.disciplines.filter((d) => overlaps(d.decidedOn, d.endsOn, first, last));
  const criterion = catalogue.get("criterion", nomination.formCode);
  const from = criterion?.value.disciplineFrom;
  const barring = from ? inYear.filter((d) => disciplineAtLeast(d.form, from)) : [];
  if (barring.length) {
    const d = barring[0]!;
    return result("discipline", "fail", msg("rules.disciplined", { discipline: d.form, from: from!, date: d.decidedOn, year: nomination.year }), criterion!.citation, { unconfirmed: criterion!.unconfirmed });
  }
  if (inYear.length) {
    const d = inYear[0]!;
    return result("discipline", "review", msg("rules.disciplined_in_year", { discipline: d.form, date: d.decidedOn, ends: d.endsOn ?? "—", year: nomination.year }), ART_4(nomination.decisionDate));
  }
  return result("discipline", "pass", msg("rules.no_discipline", { year: nomination.year }), criterion && from ? criterion.citation : ART_4(nomination.decisionDate));
}
