import { describe, expect, it } from "vitest";
import { applicableCriteria, criterionProblems, groupCriteria, isBelowTarget, normalisedTarget } from "./criteria";
import { launchProblems, movementAllows, periodProblems, SEED_MILESTONES_2024 } from "./movement";
import { NATIONAL_CATALOGUE } from "../catalogue/national";
import { catalogueOn, nationalLayer } from "../catalogue/in-force";
import { canResubmit, notRegistered, registrationTitles, titleLabels } from "./registration";

const PERIOD = { startsOn: "2024-03-21", endsOn: "2024-12-31", registrationDeadline: "2024-04-15", milestones: SEED_MILESTONES_2024 };

describe("a movement's period", () => {
  it("accepts the seed plan's period, deadline and anniversaries", () => {
    expect(periodProblems(PERIOD)).toEqual({});
  });

  it("refuses an end before the start, and says nothing more about dates it cannot judge", () => {
    expect(periodProblems({ ...PERIOD, endsOn: "2024-01-01" })).toEqual({ endsOn: "errors.end_before_start" });
  });

  it("keeps the registration deadline and every milestone inside the period", () => {
    const problems = periodProblems({ ...PERIOD, registrationDeadline: "2025-01-05", milestones: [{ on: "2024-05-07" }, { on: "2024-03-20" }] });
    expect(problems).toEqual({ registrationDeadline: "errors.movement_deadline_outside", "milestones.1.on": "errors.movement_milestone_outside" });
  });

  it("counts the first and last day as inside", () => {
    expect(periodProblems({ ...PERIOD, registrationDeadline: "2024-12-31", milestones: [{ on: "2024-03-21" }] })).toEqual({});
  });
});

describe("the status flow", () => {
  it("edits criteria only in draft, registers only once launched, nothing after closing", () => {
    expect(movementAllows("draft", "edit_criteria")).toBe(true);
    expect(movementAllows("launched", "edit_criteria")).toBe(false);
    expect(movementAllows("draft", "register")).toBe(false);
    expect(movementAllows("launched", "register")).toBe(true);
    expect(movementAllows("closed", "register")).toBe(false);
    expect(movementAllows("closed", "close")).toBe(false);
    expect(movementAllows("unknown", "edit")).toBe(false);
  });

  it("needs a participant and a criterion to launch, and lists both when both are missing", () => {
    expect(launchProblems({ participants: 0, criteria: 0 })).toEqual({ participants: "errors.movement_needs_participant", criteria: "errors.movement_needs_criterion" });
    expect(launchProblems({ participants: 3, criteria: 1 })).toEqual({});
  });
});

describe("criteria and targets", () => {
  const base = { maxPoints: null, bonusPoints: null };
  it("needs a target for numbers and percentages, at most 100 for a percentage", () => {
    expect(criterionProblems({ ...base, measure: "number", target: null })).toEqual({ target: "errors.movement_target_required" });
    expect(criterionProblems({ ...base, measure: "percent", target: 100.5 })).toEqual({ target: "errors.movement_percent_range" });
    expect(criterionProblems({ ...base, measure: "percent", target: 100 })).toEqual({});
    expect(criterionProblems({ ...base, measure: "number", target: -1 })).toEqual({ target: "errors.movement_not_negative" });
  });

  it("has no number to reach for a yes/no criterion", () => {
    expect(criterionProblems({ ...base, measure: "boolean", target: null })).toEqual({});
    expect(normalisedTarget("boolean", 5)).toBeNull();
    expect(normalisedTarget("number", 5)).toBe(5);
  });

  it("refuses negative points", () => {
    expect(criterionProblems({ measure: "number", target: 4, maxPoints: -2, bonusPoints: -1 })).toEqual({ maxPoints: "errors.movement_not_negative", bonusPoints: "errors.movement_not_negative" });
  });

  it("applies a criterion to every participant or to one kind of unit", () => {
    const criteria = [
      { id: 1, appliesTo: null },
      { id: 2, appliesTo: "residential_group" },
      { id: 3, appliesTo: "mass_organisation" },
    ];
    expect(applicableCriteria(criteria, { kind: "residential_group" }).map((c) => c.id)).toEqual([1, 2]);
    expect(applicableCriteria(criteria, { kind: "mass_organisation" }).map((c) => c.id)).toEqual([1, 3]);
    expect(applicableCriteria(criteria, { kind: "school" }).map((c) => c.id)).toEqual([1]);
  });

  it("flags a committed target below the movement's, never a yes/no one", () => {
    expect(isBelowTarget({ measure: "number", target: 4 }, 3)).toBe(true);
    expect(isBelowTarget({ measure: "number", target: 4 }, 4)).toBe(false);
    expect(isBelowTarget({ measure: "percent", target: 90 }, 95)).toBe(false);
    expect(isBelowTarget({ measure: "boolean", target: null }, null)).toBe(false);
  });

  it("groups criteria in the order their groups first appear", () => {
    const groups = groupCriteria([
      { groupName: "Tuyên truyền", position: 2, name: "b" },
      { groupName: "Tôn vinh", position: 3, name: "c" },
      { groupName: "Tuyên truyền", position: 1, name: "a" },
    ]);
    expect(groups.map((g) => [g.groupName, g.criteria.map((c) => c.name)])).toEqual([["Tuyên truyền", ["a", "b"]], ["Tôn vinh", ["c"]]]);
  });
});

describe("registrations", () => {
  it("updates a submitted or returned registration, never an accepted one", () => {
    expect(canResubmit("submitted")).toBe(true);
    expect(canResubmit("returned")).toBe(true);
    expect(canResubmit("accepted")).toBe(false);
  });

  it("lists participants that have not registered, overdue once the deadline has passed", () => {
    const participants = [{ unitId: 1 }, { unitId: 2 }, { unitId: 3 }];
    expect(notRegistered(participants, [2], "2024-04-15", "2024-04-15")).toEqual([{ participant: { unitId: 1 }, overdue: false }, { participant: { unitId: 3 }, overdue: false }]);
    expect(notRegistered(participants, [2, 3], "2024-04-15", "2024-04-16")).toEqual([{ participant: { unitId: 1 }, overdue: true }]);
    expect(notRegistered(participants, [], null, "2030-01-01").every((m) => !m.overdue)).toBe(true);
  });
});

describe("the titles a participant may aim for", () => {
  const national = nationalLayer(NATIONAL_CATALOGUE);
  it("are the catalogue's titles and forms for collectives and units that day, lowest first", () => {
    const in2024 = registrationTitles(catalogueOn(national, "2024-03-21", null)).map((t) => t.code);
    expect(in2024.slice(0, 3)).toEqual(["TTLDTT", "GK_XA", "TDPVH"]);
    expect(in2024).toContain("GK_HUYEN");
    expect(in2024).not.toContain("LDTT"); // individuals only
    expect(in2024).not.toContain("GDVH"); // households only
    expect(registrationTitles(catalogueOn(national, "2025-07-01", null)).map((t) => t.code)).not.toContain("GK_HUYEN");
  });

  it("are named from the catalogue, an unknown code as it is", () => {
    const catalogue = catalogueOn(national, "2024-03-21", null);
    expect(titleLabels(catalogue, ["TTLDTT", "Khác"])).toEqual([
      { code: "TTLDTT", name: "Tập thể lao động tiên tiến", nameEn: "Advanced Labour Collective" },
      { code: "Khác", name: "Khác", nameEn: "Khác" },
    ]);
  });
});
