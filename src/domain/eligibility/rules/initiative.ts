// A recognised initiative (sáng kiến) or accepted research, where the criterion asks for one: with
// the top rating ("and"), or instead of it ("or", a reading a province may choose), reaching at
// least the scope the criterion names (a province-wide one for the provincial title).
import { INITIATIVE_SCOPES, ratingAtLeast } from "../../catalogue/entries";
import { msg, result, yearBounds, type EligibilityInput, type RuleResult } from "../types";

export function initiative({ nomination, record, catalogue }: EligibilityInput): RuleResult | null {
  const criterion = catalogue.get("criterion", nomination.formCode);
  const mode = criterion?.value.initiative;
  if (!criterion || !mode || record.kind !== "person") return null;
  const scope = criterion.value.initiativeScope ?? "unit";
  // Recognised from the start of the year of the work until the decision (recognition often comes
  // early the next year, before the title is decided).
  const { first } = yearBounds(nomination.year);
  const reaching = record.initiatives.filter(
    (i) => INITIATIVE_SCOPES.indexOf(i.scope) >= INITIATIVE_SCOPES.indexOf(scope) && i.recognisedOn >= first && i.recognisedOn <= nomination.decisionDate,
  );
  const cite = { unconfirmed: criterion.unconfirmed };
  if (reaching.length) return result("initiative", "pass", msg("rules.initiative_met", { name: reaching[0]!.title, date: reaching[0]!.recognisedOn }), criterion.citation, cite);
  if (mode === "or" && criterion.value.minRating) {
    const held = record.assessments.find((a) => a.year === nomination.year);
    if (held && ratingAtLeast(held.rating, criterion.value.minRating)) {
      return result("initiative", "pass", msg("rules.initiative_or_rating", { year: nomination.year, rating: held.rating }), criterion.citation, cite);
    }
  }
  return result("initiative", "fail", msg("rules.initiative_missing", { scope, year: nomination.year }), criterion.citation, { ...cite, missing: [msg("rules.missing_initiative", { scope, year: nomination.year })] });
}
