// One achievement, one award (Law Art. 5(2)): the same yearly title for the same year, or the
// same achievement already commended, is flagged — the first refused, the second for a person
// to weigh (a form may be repeated for a new achievement).
import type { EntryValues } from "../../catalogue/entries";
import { foldForSearch } from "../../text/vietnamese";
import { msg, result, type EligibilityInput, type RuleResult } from "../types";

const CITATION = "Điều 5 khoản 2 Luật Thi đua, khen thưởng 2022";

export function oneAward({ nomination, record, catalogue }: EligibilityInput): RuleResult {
  const live = record.awards.filter((a) => !a.revoked);
  const form = catalogue.get("form", nomination.formCode)?.value as EntryValues["form"] | undefined;
  if (form?.yearly) {
    const same = live.find((a) => a.formCode === nomination.formCode && a.year === nomination.year);
    if (same) return result("one_award", "fail", msg("rules.already_awarded_year", { form: form.name, year: nomination.year, number: same.decisionNumber, date: same.decisionDate }), CITATION);
  }
  const achievement = foldForSearch(nomination.achievement).trim();
  if (achievement.length >= 12) {
    const same = live.find((a) => foldForSearch(a.achievement).trim() === achievement);
    if (same) return result("one_award", "review", msg("rules.achievement_awarded", { number: same.decisionNumber, date: same.decisionDate, code: same.formCode }), CITATION);
  }
  return result("one_award", "pass", msg("rules.not_awarded_before"), CITATION);
}
