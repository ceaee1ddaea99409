// The yearly assessment a title or form requires ("hoàn thành tốt nhiệm vụ trở lên").
import { ratingAtLeast } from "../../catalogue/entries";
import { msg, result, type EligibilityInput, type RuleResult } from "../types";

export function rating({ nomination, record, catalogue }: EligibilityInput, formCode = nomination.formCode): RuleResult | null {
  const criterion = catalogue.get("criterion", formCode);
  const min = criterion?.value.minRating;
  if (!criterion || !min || record.kind !== "person") return null;
  const { year } = nomination;
  const held = record.assessments.find((a) => a.year === year);
  const cite = { unconfirmed: criterion.unconfirmed };
  if (!held) return result("rating", "review", msg("rules.rating_missing", { year, min }), criterion.citation, { ...cite, missing: [msg("rules.missing_rating", { year })] });
  if (!ratingAtLeast(held.rating, min)) return result("rating", "fail", msg("rules.rating_below", { year, rating: held.rating, min }), criterion.citation, cite);
  return result("rating", "pass", msg("rules.rating_met", { year, rating: held.rating, min }), criterion.citation, cite);
}
