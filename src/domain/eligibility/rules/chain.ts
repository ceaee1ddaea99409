// Chains: a higher title needs consecutive years of a lower one (three Chiến sĩ thi đua cơ sở for
// the provincial title, Law Art. 22). Awards for sudden achievements and for campaigns or themes
// do not count towards a merit award (Decree 98 / 152, Art. 4), nor do revoked ones.
import type { EntryValues } from "../../catalogue/entries";
import type { Catalogue } from "../../catalogue/in-force";
import { msg, result, type AwardFact, type EligibilityInput, type RuleResult } from "../types";

/** Whether an award counts towards a merit award: by its commendation kind, as the catalogue said on its own decision date. */
function countsTowardMerit(award: AwardFact, catalogue: Catalogue): boolean {
  if (award.revoked) return false;
  const kind = catalogue.get("commendation_kind", award.commendationKind)?.value as EntryValues["commendation_kind"] | undefined;
  // The catalogue of the nomination's date judges the older award's kind: kinds do not change meaning.
  return kind ? kind.countsTowardMerit : award.commendationKind === "cong_trang";
}

export function chain({ nomination, record, catalogue }: EligibilityInput): RuleResult | null {
  const entry = catalogue.get("chain", nomination.formCode);
  if (!entry) return null;
  const { requires, consecutiveYears } = entry.value;
  const years = Array.from({ length: consecutiveYears }, (_, i) => nomination.year - consecutiveYears + 1 + i);
  const counting = record.awards.filter((a) => a.formCode === requires && countsTowardMerit(a, catalogue));
  const notCounting = record.awards.filter((a) => a.formCode === requires && !countsTowardMerit(a, catalogue) && a.year !== null && years.includes(a.year));
  const held = new Set(counting.map((a) => a.year));
  const missing = years.filter((y) => !held.has(y));
  const params = { requires, count: consecutiveYears, from: years[0]!, to: years.at(-1)! };
  if (missing.length === 0) return result("chain", "pass", msg("rules.chain_met", params), entry.citation, { unconfirmed: entry.unconfirmed });
  const lacks = missing.map((y) => msg("rules.missing_award_year", { requires, year: y }));
  const excluded = notCounting.map((a) => msg("rules.award_not_counting", { requires, year: a.year!, number: a.decisionNumber, kind: a.commendationKind }));
  // Only this year's title is missing: it can be decided in the same round, first.
  if (missing.length === 1 && missing[0] === nomination.year) {
    return result("chain", "review", msg("rules.chain_this_year", params), entry.citation, { unconfirmed: entry.unconfirmed, missing: [...lacks, ...excluded] });
  }
  return result("chain", "fail", msg("rules.chain_broken", { ...params, missing: missing.join(", ") }), entry.citation, { unconfirmed: entry.unconfirmed, missing: [...lacks, ...excluded] });
}
