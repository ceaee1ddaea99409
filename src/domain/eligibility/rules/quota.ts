// Quotas: a province or sector may cap a title at a share of another's holders (the old 15 % of
// Lao động tiên tiến for Chiến sĩ thi đua cơ sở). No national cap is in force: without one the
// rule passes, saying so. Over the cap is for the council to choose among the candidates.
import { msg, result, type EligibilityInput, type RuleResult } from "../types";

export function quota({ nomination, catalogue, quota: counts }: EligibilityInput): RuleResult | null {
  const entry = catalogue.get("quota", nomination.formCode);
  if (!entry) return null;
  const { of, maxShare } = entry.value;
  const cite = { unconfirmed: entry.unconfirmed };
  if (maxShare === null) return result("quota", "pass", msg("rules.no_quota"), entry.citation, cite);
  if (!counts) return result("quota", "review", msg("rules.quota_unknown", { of }), entry.citation, { ...cite, missing: [msg("rules.missing_quota_counts", { of, year: nomination.year })] });
  const holders = counts.holders[of] ?? 0;
  const cap = Math.floor(Math.round(maxShare * 10_000) * holders / 10_000);
  const taken = counts.putForward[nomination.formCode] ?? 0;
  const params = { of, holders, cap, taken, percent: Math.round(maxShare * 1000) / 10 };
  if (taken <= cap) return result("quota", "pass", msg("rules.quota_within", params), entry.citation, cite);
  return result("quota", "review", msg("rules.quota_over", params), entry.citation, cite);
}
