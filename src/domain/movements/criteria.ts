// Criteria (tiêu chí) and their targets (chỉ tiêu): what a criterion must state, which
// participants it applies to, and how a committed target compares with the movement's.

export const MEASURES = ["number", "percent", "boolean"] as const;
export type Measure = (typeof MEASURES)[number];

export interface CriterionValues {
  measure: Measure;
  target: number | null;
  maxPoints: number | null;
  bonusPoints: number | null;
}

/** Field name → message key; empty when the criterion is sound. */
export function criterionProblems(c: CriterionValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (c.measure !== "boolean") {
    const target = targetProblem(c.measure, c.target);
    if (target) problems.target = target;
  }
  if (c.maxPoints !== null && c.maxPoints < 0) problems.maxPoints = "errors.movement_not_negative";
  if (c.bonusPoints !== null && c.bonusPoints < 0) problems.bonusPoints = "errors.movement_not_negative";
  return problems;
}

/** A target for a number or a percentage: required, not negative, a percentage at most 100. */
export function targetProblem(measure: Measure, target: number | null): string | null {
  if (measure === "boolean") return null;
  if (target === null) return "errors.movement_target_required";
  if (target < 0) return "errors.movement_not_negative";
  if (measure === "percent" && target > 100) return "errors.movement_percent_range";
  return null;
}

/** A yes/no criterion has no number to reach: its target is "yes", stored as null. */
export function normalisedTarget(measure: Measure, target: number | null): number | null {
  return measure === "boolean" ? null : target;
}

/** null applies to every participant; otherwise to participants of that kind of unit. */
export function appliesTo(criterion: { appliesTo: string | null }, participant: { kind: string }): boolean {
  return criterion.appliesTo === null || criterion.appliesTo === participant.kind;
}

export function applicableCriteria<C extends { appliesTo: string | null }>(criteria: readonly C[], participant: { kind: string }): C[] {
  return criteria.filter((c) => appliesTo(c, participant));
}

/**
 * A participant may commit to less than the movement's target (a small residential group
 * cannot always hold as many sessions): it is allowed, and flagged for the unit that
 * accepts or returns the registration.
 */
export function isBelowTarget(criterion: { measure: string; target: number | null }, committed: number | null): boolean {
  if (criterion.measure === "boolean" || criterion.target === null || committed === null) return false;
  return committed < criterion.target;
}

/** Criteria in the order of their groups' first appearance, then by position. */
export function groupCriteria<C extends { groupName: string; position: number }>(criteria: readonly C[]): { groupName: string; criteria: C[] }[] {
  const groups = new Map<string, C[]>();
  for (const c of [...criteria].sort((a, b) => a.position - b.position)) {
    const list = groups.get(c.groupName) ?? [];
    list.push(c);
    groups.set(c.groupName, list);
  }
  return [...groups].map(([groupName, list]) => ({ groupName, criteria: list }));
}
