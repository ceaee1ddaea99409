// Criteria the record cannot decide (Gia đình văn hóa's three standards, a province's wording):
// the rule says what the council must judge, quoting the standard and its article.
import { msg, result, type EligibilityInput, type RuleResult } from "../types";

export function statedCriteria({ nomination, catalogue }: EligibilityInput): RuleResult | null {
  const criterion = catalogue.get("criterion", nomination.formCode);
  if (!criterion) return null;
  const v = criterion.value;
  const decidable = v.minRating || v.includesTitle || v.initiative || v.memberShare !== undefined || v.memberDisciplineFrom || v.disciplineFrom;
  if (decidable) return null;
  return result("stated_criteria", "review", msg("rules.judge_criteria", { text: v.text }), criterion.citation, { unconfirmed: criterion.unconfirmed });
}
