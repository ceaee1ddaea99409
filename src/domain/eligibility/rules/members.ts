// Collective titles: the share of members who hold the member title that year (at least 70 % Lao
// động tiên tiến for Tập thể lao động tiên tiến) and no member disciplined at the form the
// criterion names or above during the year ("khiển trách" or "cảnh cáo": the catalogue says which).
import { disciplineAtLeast } from "../../catalogue/entries";
import { msg, overlaps, result, yearBounds, type EligibilityInput, type RuleResult } from "../types";

export function memberShare({ nomination, record, catalogue }: EligibilityInput): RuleResult | null {
  const criterion = catalogue.get("criterion", nomination.formCode);
  const share = criterion?.value.memberShare;
  const title = criterion?.value.memberTitle;
  if (!criterion || share === undefined || !title) return null;
  const cite = { unconfirmed: criterion.unconfirmed };
  if (!record.members || record.members.length === 0) {
    return result("member_share", "review", msg("rules.members_unknown"), criterion.citation, { ...cite, missing: [msg("rules.missing_members", { year: nomination.year })] });
  }
  const holding = record.members.filter((m) => m.holdsMemberTitle).length;
  const total = record.members.length;
  const params = { holding, total, percent: Math.round((holding / total) * 1000) / 10, required: Math.round(share * 100), title };
  // Whole numbers compared: 7 of 10 meets 70 % exactly, however 0.7 is stored.
  if (holding * 100 >= Math.round(share * 100) * total) return result("member_share", "pass", msg("rules.member_share_met", params), criterion.citation, cite);
  const needed = Math.ceil((Math.round(share * 100) * total) / 100) - holding;
  return result("member_share", "fail", msg("rules.member_share_below", { ...params, needed }), criterion.citation, cite);
}

export function memberDiscipline({ nomination, record, catalogue }: EligibilityInput): RuleResult | null {
  const criterion = catalogue.get("criterion", nomination.formCode);
  const from = criterion?.value.memberDisciplineFrom;
  if (!criterion || !from) return null;
  const cite = { unconfirmed: criterion.unconfirmed };
  if (!record.members) return result("member_discipline", "review", msg("rules.members_unknown"), criterion.citation, { ...cite, missing: [msg("rules.missing_members", { year: nomination.year })] });
  const { first, last } = yearBounds(nomination.year);
  const disciplined = record.members.filter((m) => m.disciplines.some((d) => disciplineAtLeast(d.form, from) && overlaps(d.decidedOn, d.endsOn, first, last)));
  if (disciplined.length) {
    return result("member_discipline", "fail", msg("rules.member_disciplined", { names: disciplined.map((m) => m.name).join(", "), from, year: nomination.year }), criterion.citation, cite);
  }
  return result("member_discipline", "pass", msg("rules.no_member_disciplined", { from, year: nomination.year }), criterion.citation, cite);
}
