// The rules a session applies, read from the catalogue on the session's date and fixed when the
// members are invited: the quorum, each form's ballot threshold, and the council's own rules.
import type { EntryValues } from "../catalogue/entries";

export interface CitedRule<T> {
  value: T;
  citation: string;
  unconfirmed: boolean;
}

export interface SessionRules {
  quorum: CitedRule<EntryValues["quorum"]>;
  council: CitedRule<EntryValues["council_rule"]>;
  /** By form code; "*" for a form without its own threshold. */
  thresholds: Record<string, CitedRule<EntryValues["ballot_threshold"]>>;
}

export function thresholdFor(rules: SessionRules, formCode: string): CitedRule<EntryValues["ballot_threshold"]> {
  const rule = rules.thresholds[formCode] ?? rules.thresholds["*"];
  if (!rule) throw new Error(`No ballot threshold for ${formCode}`);
  return rule;
}

/** At least numerator/denominator of the whole (or, when strict, more than), in integers. */
export function reaches(part: number, whole: number, share: { numerator: number; denominator: number }, strict: boolean): boolean {
  const left = part * share.denominator;
  const right = share.numerator * whole;
  return strict ? left > right : left >= right;
}

/** The smallest count that reaches the share of the whole. */
export function needed(whole: number, share: { numerator: number; denominator: number }, strict: boolean): number {
  for (let n = 0; n <= whole; n++) if (reaches(n, whole, share, strict)) return n;
  return whole + 1;
}
