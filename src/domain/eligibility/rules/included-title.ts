// A title that includes another's standard ("đạt tiêu chuẩn Lao động tiên tiến" for Chiến sĩ thi
// đua cơ sở): the included title's own rating rule applies too, with its article.
import { rating } from "./rating";
import { msg, result, type EligibilityInput, type RuleResult } from "../types";

export function includedTitle(input: EligibilityInput): RuleResult | null {
  const criterion = input.catalogue.get("criterion", input.nomination.formCode);
  const included = criterion?.value.includesTitle;
  if (!criterion || !included || input.record.kind !== "person") return null;
  const inner = rating(input, included);
  if (!inner) return result("included_title", "review", msg("rules.included_unknown", { code: included }), criterion.citation, { unconfirmed: criterion.unconfirmed });
  return { ...inner, rule: "included_title", reason: msg("rules.included", { code: included, inner: inner.reason.key, ...inner.reason.params }) };
}
