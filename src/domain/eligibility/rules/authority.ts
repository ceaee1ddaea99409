// Who may award this form on the decision date, and so where the nomination goes: decided by
// the nominating unit's own government, or proposed to the level above that existed that day.
// Never a refusal: a form beyond the unit's power is routed up.
import { routeTo } from "../../catalogue/authority";
import type { EntryValues } from "../../catalogue/entries";
import { msg, result, type EligibilityInput, type RuleResult } from "../types";

export function authority({ nomination, record, catalogue }: EligibilityInput): RuleResult {
  const form = catalogue.get("form", nomination.formCode);
  if (!form) return result("authority", "fail", msg("rules.form_unknown", { code: nomination.formCode, date: nomination.decisionDate }), "—");
  const value = form.value as EntryValues["form"];
  if (!value.recipients.includes(record.kind)) {
    return result("authority", "fail", msg("rules.form_not_for_recipient", { form: value.name, recipient: record.kind }), form.citation);
  }
  const entry = catalogue.get("authority", nomination.formCode);
  if (!entry) return result("authority", "review", msg("rules.authority_unknown", { form: value.name }), form.citation, { missing: [msg("rules.missing_authority")] });
  const { tier, decidedBy } = entry.value;
  const route = routeTo(tier, nomination.unitChain, nomination.decisionDate);
  const cited = { unconfirmed: entry.unconfirmed };
  if (route.withinUnit) return result("authority", "pass", msg("rules.decided_here", { by: decidedBy, unit: route.decidingUnit!.name }), entry.citation, cited);
  if (route.decidingUnit) return result("authority", "pass", msg("rules.goes_up", { by: decidedBy, unit: route.decidingUnit.name }), entry.citation, cited);
  if (tier === "central") return result("authority", "pass", msg("rules.goes_up_central", { by: decidedBy }), entry.citation, cited);
  return result("authority", "review", msg("rules.no_unit_of_tier", { by: decidedBy }), entry.citation, { ...cited, missing: [msg("rules.missing_unit_of_tier")] });
}
