// Boundaries of the movement rules that `npm run mutate` found untested: zero is allowed where
// only negatives are refused, a one-day movement, targets and commitments that are missing.
import { describe, expect, it } from "vitest";
import { criterionProblems, isBelowTarget, targetProblem } from "./criteria";
import { periodProblems } from "./movement";

describe("criteria at their edges", () => {
  it("takes zero points and a zero target; refuses below zero", () => {
    expect(criterionProblems({ measure: "number", target: 0, maxPoints: 0, bonusPoints: 0 })).toEqual({});
    expect(criterionProblems({ measure: "number", target: 4, maxPoints: null, bonusPoints: null })).toEqual({});
    expect(criterionProblems({ measure: "number", target: 4, maxPoints: -1, bonusPoints: -2 })).toEqual({
      maxPoints: "errors.movement_not_negative",
      bonusPoints: "errors.movement_not_negative",
    });
    expect(targetProblem("number", 0)).toBeNull();
    expect(targetProblem("number", -0.5)).toBe("errors.movement_not_negative");
  });

  it("flags a commitment below the target only when there is a number to compare", () => {
    expect(isBelowTarget({ measure: "number", target: 4 }, 3)).toBe(true);
    expect(isBelowTarget({ measure: "number", target: 4 }, 4)).toBe(false);
    expect(isBelowTarget({ measure: "boolean", target: 4 }, 0)).toBe(false);
    expect(isBelowTarget({ measure: "number", target: null }, 0)).toBe(false);
    expect(isBelowTarget({ measure: "number", target: 4 }, null)).toBe(false);
  });
});

describe("a movement's period", () => {
  it("may last one day, not end before it starts", () => {
    expect(periodProblems({ startsOn: "2024-05-07", endsOn: "2024-05-07", registrationDeadline: null, milestones: [] })).toEqual({});
    expect(periodProblems({ startsOn: "2024-05-07", endsOn: "2024-05-06", registrationDeadline: null, milestones: [] })).toEqual({ endsOn: "errors.end_before_start" });
  });
});
