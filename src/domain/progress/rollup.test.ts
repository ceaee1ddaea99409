import { describe, expect, it } from "vitest";
import { achievedRatio, percentShown, pointsFor, rollupMovement, rollupParent, type RollupCriterion } from "./rollup";
import { checkReportedOn, parseValue } from "./values";

const criterion = (id: number, over: Partial<RollupCriterion> = {}): RollupCriterion => ({
  id, groupName: "Nhóm 1", measure: "number", target: 10, maxPoints: null, bonusPoints: null, appliesTo: null, ...over,
});

describe("value kinds", () => {
  it("reads numbers with a decimal comma, refuses negatives and words", () => {
    expect(parseValue("number", "12,5")).toEqual({ ok: true, value: 12.5 });
    expect(parseValue("number", 3)).toEqual({ ok: true, value: 3 });
    expect(parseValue("number", "-1")).toEqual({ ok: false, error: "number" });
    expect(parseValue("number", "mười")).toEqual({ ok: false, error: "number" });
    expect(parseValue("number", "")).toEqual({ ok: false, error: "number" });
  });
  it("keeps percentages within 0–100", () => {
    expect(parseValue("percent", "100")).toEqual({ ok: true, value: 100 });
    expect(parseValue("percent", "100,5")).toEqual({ ok: false, error: "percent" });
  });
  it("stores yes/no as 1/0", () => {
    expect(parseValue("boolean", "yes")).toEqual({ ok: true, value: 1 });
    expect(parseValue("boolean", "Có")).toEqual({ ok: true, value: 1 });
    expect(parseValue("boolean", false)).toEqual({ ok: true, value: 0 });
    expect(parseValue("boolean", "0")).toEqual({ ok: true, value: 0 });
    expect(parseValue("boolean", "5")).toEqual({ ok: false, error: "boolean" });
  });
  it("accepts a reported date inside the period and not in the future", () => {
    const period = { startsOn: "2024-03-21", endsOn: "2024-12-31" };
    expect(checkReportedOn("2024-05-07", period, "2024-06-01")).toBe("ok");
    expect(checkReportedOn("2024-03-20", period, "2024-06-01")).toBe("outside");
    expect(checkReportedOn("2024-06-02", period, "2024-06-01")).toBe("future");
    expect(checkReportedOn("2025-01-01", period, "2025-06-01")).toBe("outside");
  });
});

describe("achieved ratio and points", () => {
  it("divides by the target and keeps the raw ratio", () => {
    expect(achievedRatio("number", 15, 10)).toBe(1.5);
    expect(percentShown(1.5)).toBe(100);
    expect(achievedRatio("percent", 45, 90)).toBe(0.5);
    expect(achievedRatio("number", null, 10)).toBe(0);
    expect(achievedRatio("number", 0, null)).toBe(1);
    expect(achievedRatio("boolean", 1, null)).toBe(1);
    expect(achievedRatio("boolean", 0, null)).toBe(0);
  });
  it("gives points in proportion, capped, with the bonus only when the target is exceeded", () => {
    const c = { measure: "number" as const, maxPoints: 10, bonusPoints: 2 };
    expect(pointsFor(c, 0.5)).toBe(5);
    expect(pointsFor(c, 1)).toBe(10);
    expect(pointsFor(c, 1.2)).toBe(12);
    expect(pointsFor({ ...c, measure: "boolean" }, 1)).toBe(10);
    expect(pointsFor({ ...c, maxPoints: null }, 1)).toBeNull();
  });
});

describe("roll-up of a movement", () => {
  const criteria = [
    criterion(1, { target: 10, maxPoints: 10, bonusPoints: 2 }),
    criterion(2, { measure: "percent", target: 80, groupName: "Nhóm 2", maxPoints: 10 }),
    criterion(3, { measure: "boolean", target: null, groupName: "Nhóm 2" }),
    criterion(4, { appliesTo: "school", target: 5 }),
  ];
  const participants = [
    { unitId: 100, name: "Tổ dân phố 1", kind: "residential_group", targets: new Map([[1, 20]]) },
    { unitId: 200, name: "Tổ dân phố 2", kind: "residential_group" },
  ];
  const rollup = rollupMovement(participants, criteria, [
    { unitId: 100, criterionId: 1, value: 10, status: "late", reportedOn: "2024-05-01" },
    { unitId: 100, criterionId: 2, value: 80, status: "on_track", reportedOn: "2024-06-01" },
    { unitId: 100, criterionId: 3, value: 1, status: "on_track", reportedOn: "2024-04-01" },
    { unitId: 200, criterionId: 1, value: 15, status: "on_track", reportedOn: "2024-05-02" },
    { unitId: 200, criterionId: 3, value: 0, status: "at_risk", reportedOn: "2024-05-03" },
  ]);

  it("uses the registered target, skips criteria for other kinds of unit, counts statuses", () => {
    const [first, second] = rollup.participants;
    expect(first!.cells.map((c) => c.ratio)).toEqual([0.5, 1, 1]);
    expect(first!.completion).toBeCloseTo((0.5 + 1 + 1) / 3);
    expect(first!.points).toBe(5 + 10);
    expect(first!.maxPoints).toBe(20);
    expect(first!.counts).toEqual({ on_track: 2, late: 1, at_risk: 0, none: 0 });
    expect(first!.groups).toEqual([
      { groupName: "Nhóm 1", completion: 0.5, criteria: 1 },
      { groupName: "Nhóm 2", completion: 1, criteria: 2 },
    ]);
    expect(first!.latestOn).toBe("2024-06-01");
    // Exceeding one target (150%) shows 100% and does not make up for the others.
    expect(second!.cells.map((c) => c.ratio)).toEqual([1.5, 0, 0]);
    expect(second!.completion).toBeCloseTo(1 / 3);
    expect(second!.points).toBe(12);
    expect(second!.counts).toEqual({ on_track: 1, late: 0, at_risk: 1, none: 1 });
  });

  it("totals the movement and rolls subordinate movements up to the parent, one row per unit", () => {
    expect(rollup.completion).toBeCloseTo(((0.5 + 1 + 1) / 3 + 1 / 3) / 2);
    expect(rollup.counts).toEqual({ on_track: 3, late: 1, at_risk: 1, none: 1 });
    expect(rollup.points).toBe(27);
    const parent = rollupParent([
      { movementId: 7, unitId: 1, unitName: "Phường A", rollup },
      { movementId: 8, unitId: 2, unitName: "Xã B", rollup: { completion: 0, points: 0, maxPoints: 0, counts: { on_track: 0, late: 0, at_risk: 0, none: 4 }, latestOn: null, participants: 2 } },
    ]);
    expect(parent.rows.map((r) => [r.unitName, r.participants])).toEqual([["Phường A", 2], ["Xã B", 2]]);
    expect(parent.completion).toBeCloseTo(rollup.completion / 2);
    expect(parent.counts.none).toBe(5);
    expect(parent.latestOn).toBe("2024-06-01");
  });
});
