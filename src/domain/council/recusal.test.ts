import { describe, expect, it } from "vitest";
import { proposeFromHousehold } from "./recusal";

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
