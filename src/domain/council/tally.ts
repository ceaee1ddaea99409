// Counting an item (kiểm phiếu): the ballots in favour (and, where the council's rules count them,
// the written opinions of absent members) against the rule's denominator — all the members of the
// council, or those present — with recused members left out of it or counted as not in favour.
import { reaches, needed, thresholdFor, type SessionRules } from "./rules";

export const CHOICES = ["agree", "disagree"] as const;
export type Choice = (typeof CHOICES)[number];

export interface ItemVotes {
  /** Ballots cast (online) or counted (paper). */
  agree: number;
  disagree: number;
  /** Paper ballots spoiled or blank. */
  invalid: number;
  /** Written opinions of absent members. */
  opinionsAgree: number;
  opinionsDisagree: number;
}

export interface ItemAttendance {
  /** Members of the council on the session's date. */
  members: number;
  /** Present and not recused: who could cast a ballot. */
  voters: number;
  /** Recused members, present or not. */
  recused: number;
}

export interface Tally extends ItemVotes, ItemAttendance {
  /** Votes in favour as the rule counts them. */
  inFavour: number;
  denominator: number;
  /** The least number in favour that passes. */
  needed: number;
  /** In favour over the denominator, 0..1. */
  share: number;
  passed: boolean;
  rule: { numerator: number; denominator: number; over: "all" | "present"; strict: boolean; secret: boolean };
  citation: string;
  /** The council's own rules applied (recused members, written opinions), with their citation. */
  councilCitation: string;
  unconfirmed: boolean;
}

export function tally(formCode: string, votes: ItemVotes, attendance: ItemAttendance, rules: SessionRules): Tally {
  const threshold = thresholdFor(rules, formCode);
  const council = rules.council.value;
  const rule = threshold.value;
  const opinionsCount = council.writtenOpinions === "count" && rule.over === "all";
  const inFavour = votes.agree + (opinionsCount ? votes.opinionsAgree : 0);
  // Over all members, a recused member is either out of the count or one who did not agree;
  // over those present, the denominator is who could vote.
  const base = rule.over === "all" ? attendance.members : attendance.voters + (council.recusedCount === "against" ? attendance.recused : 0);
  const denominator = rule.over === "all" && council.recusedCount === "excluded" ? base - attendance.recused : base;
  const passed = denominator > 0 && reaches(inFavour, denominator, rule, rule.strict);
  return {
    ...votes,
    ...attendance,
    inFavour,
    denominator,
    needed: needed(denominator, rule, rule.strict),
    share: denominator > 0 ? inFavour / denominator : 0,
    passed,
    rule,
    citation: threshold.citation,
    councilCitation: rules.council.citation,
    unconfirmed: threshold.unconfirmed || rules.council.unconfirmed,
  };
}

/** Paper counts cannot exceed who could vote; what is wrong, as a message key, or null. */
export function paperCountProblem(votes: Pick<ItemVotes, "agree" | "disagree" | "invalid">, voters: number): string | null {
  if ([votes.agree, votes.disagree, votes.invalid].some((n) => !Number.isInteger(n) || n < 0)) return "errors.council_count_invalid";
  if (votes.agree + votes.disagree + votes.invalid > voters) return "errors.council_count_too_many";
  return null;
}
