// Holds (tạm hoãn xét khen thưởng): while a candidate is under discipline review, investigation,
// inspection, a pending complaint or a press report being checked, no award is proposed or made.
import { msg, result, type EligibilityInput, type RuleResult } from "../types";

export function holds({ nomination, record }: EligibilityInput): RuleResult {
  const citation = nomination.decisionDate < "2025-07-01" ? "Điều 4 Nghị định 98/2023/NĐ-CP" : "Điều 4 Nghị định 152/2025/NĐ-CP";
  const on = nomination.checkedOn;
  const active = record.holds.filter((h) => h.startsOn <= on && (h.endsOn === null || h.endsOn >= on));
  if (active.length) {
    const h = active[0]!;
    return result("holds", "fail", msg("rules.on_hold", { reason: h.reason, since: h.startsOn }), citation);
  }
  return result("holds", "pass", msg("rules.no_hold", { date: on }), citation);
}
