import { describe, expect, it } from "vitest";
import { automaticRecusal, proposeFromHousehold } from "./recusal";

const sorted = (xs: ReturnType<typeof proposeFromHousehold>) => [...xs].sort((a, b) => a.personId - b.personId || a.relativeId - b.relativeId);

describe("proposeFromHousehold", () => {
  it("reads the head's spouse, children and parents, the spouse's children and the children as siblings", () => {
    const out = proposeFromHousehold([
      { personId: 1, role: "Chủ hộ" },
      { personId: 2, role: "Vợ" },
      { personId: 3, role: "Con" },
      { personId: 4, role: "Con gái" },
      { personId: 5, role: "Mẹ" },
    ]);
    expect(sorted(out)).toEqual(
      sorted([
        { personId: 1, relativeId: 2, kind: "spouse" },
        { personId: 1, relativeId: 3, kind: "child" },
        { personId: 1, relativeId: 4, kind: "child" },
        { personId: 1, relativeId: 5, kind: "parent" },
        { personId: 2, relativeId: 3, kind: "child" },
        { personId: 2, relativeId: 4, kind: "child" },
        { personId: 3, relativeId: 4, kind: "sibling" },
      ]),
    );
  });

  it("proposes nothing without a head, and nothing for roles it does not know", () => {
    expect(proposeFromHousehold([{ personId: 1, role: "Vợ" }, { personId: 2, role: "Con" }])).toEqual([]);
    expect(proposeFromHousehold([{ personId: 1, role: "Chủ hộ" }, { personId: 2, role: "Cháu" }, { personId: 3, role: null }])).toEqual([]);
  });

  it("treats Chồng as a spouse and three children as three pairs of siblings", () => {
    const out = proposeFromHousehold([
      { personId: 10, role: "Chủ hộ" },
      { personId: 11, role: "Chồng" },
      { personId: 12, role: "Con trai" },
      { personId: 13, role: "Con" },
      { personId: 14, role: "Con" },
    ]);
    expect(out.filter((r) => r.kind === "sibling")).toHaveLength(3);
    expect(out).toContainEqual({ personId: 10, relativeId: 11, kind: "spouse" });
    expect(out.filter((r) => r.personId === 11 && r.kind === "child")).toHaveLength(3);
  });

  it("never pairs a person with themselves", () => {
    const out = proposeFromHousehold([{ personId: 1, role: "Chủ hộ" }, { personId: 2, role: "Con" }]);
    for (const r of out) expect(r.personId).not.toBe(r.relativeId);
  });
});

describe("automaticRecusal", () => {
  const member = { memberId: 1, personId: 10, householdId: 100, unitIds: [7] };
  const person = (personId: number) => ({ kind: "person" as const, personId, householdId: null, unitId: null });
  const relatives = new Map([[10, new Set([20])], [20, new Set([10])]]);
  it.each([
    ["an item about the member", person(10), 3, false, "self"],
    ["the member's household", { kind: "household" as const, personId: null, householdId: 100, unitId: null }, 3, false, "self"],
    ["a unit the member belongs to", { kind: "unit" as const, personId: null, householdId: null, unitId: 7 }, 3, false, "self"],
    ["a confirmed relative", person(20), 3, false, "relative"],
    ["someone unrelated", person(30), 3, false, null],
    ["their own organisation's nomination, where the rules say so", person(30), 7, true, "organisation"],
    ["their own organisation's nomination, where the rules do not", person(30), 7, false, null],
    ["another household", { kind: "household" as const, personId: null, householdId: 101, unitId: null }, 3, false, null],
    ["a unit the member does not belong to", { kind: "unit" as const, personId: null, householdId: null, unitId: 8 }, 3, false, null],
  ])("%s → %s", (_label, nominee, nominatingUnit, recuseOwn, reason) => {
    expect(automaticRecusal(member, nominee, nominatingUnit, relatives, recuseOwn)).toBe(reason);
  });
  it("does not take two people without a household for one household, nor a unit nobody named for the member's", () => {
    const homeless = { memberId: 2, personId: 11, householdId: null, unitIds: [] };
    expect(automaticRecusal(homeless, person(30), 3, relatives, false)).toBeNull();
    expect(automaticRecusal({ ...homeless, unitIds: [9] }, { kind: "person", personId: 31, householdId: null, unitId: 9 }, 3, relatives, false)).toBeNull();
  });
});
