// Runs every rule that applies to a nomination under the catalogue of its decision date. Which
// rules apply is read from the catalogue's entries (a criterion with a rating, an initiative, a
// member share; a chain; a quota), not from the form's code: a province that adds a rating to
// its Giấy khen criteria gets the rating rule without a code change.
import { authority } from "./rules/authority";
import { chain } from "./rules/chain";
import { discipline } from "./rules/discipline";
import { holds } from "./rules/holds";
import { includedTitle } from "./rules/included-title";
import { initiative } from "./rules/initiative";
import { memberDiscipline, memberShare } from "./rules/members";
import { oneAward } from "./rules/one-award";
import { quota } from "./rules/quota";
import { rating } from "./rules/rating";
import { statedCriteria } from "./rules/stated-criteria";
import type { EligibilityInput, Message, RuleResult, Verdict } from "./types";

export interface EligibilityReport {
  verdict: Verdict;
  results: RuleResult[];
  /** Everything the record lacks, all at once. */
  missing: Message[];
}

const RULES: ((input: EligibilityInput) => RuleResult | null)[] = [
  authority,
  holds,
  (input) => rating(input),
  includedTitle,
  initiative,
  discipline,
  memberShare,
  memberDiscipline,
  chain,
  oneAward,
  quota,
  statedCriteria,
];

/** The worst verdict: chưa đạt over cần xem xét over đạt. */
export function worst(verdicts: Verdict[]): Verdict {
  return verdicts.includes("fail") ? "fail" : verdicts.includes("review") ? "review" : "pass";
}

export function checkEligibility(input: EligibilityInput): EligibilityReport {
  const first = authority(input);
  // A form the catalogue does not know that day, or one not given to this kind of recipient: nothing else applies.
  if (first.verdict === "fail") return { verdict: "fail", results: [first], missing: first.missing };
  const results = [first, ...RULES.slice(1).map((rule) => rule(input)).filter((r): r is RuleResult => r !== null)];
  return { verdict: worst(results.map((r) => r.verdict)), results, missing: results.flatMap((r) => r.missing) };
}
