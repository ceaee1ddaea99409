import { describe, expect, it } from "vitest";
import { catalogueOn, nationalLayer } from "../catalogue/in-force";
import { NATIONAL_CATALOGUE } from "../catalogue/national";
import { bonusProblems, countWords, type AwardDecisionContent, type DecisionLine, groupByForm, lawBases, totalBonus, withBonus } from "./decision-content";

const on = (date: string) => catalogueOn(nationalLayer(NATIONAL_CATALOGUE), date, null);
const line = (over: Partial<DecisionLine>): DecisionLine => ({
  nominationId: 1, formCode: "GK_XA", formName: "?", category: "form", rank: 0, recipientKind: "person", recipientId: 1, recipientName: "Nguyễn Văn An",
  detail: "Tổ dân phố 1", achievement: "Thành tích", year: 2024, commendationKind: "theo_dot", ...over,
});
const content = (lines: DecisionLine[]): AwardDecisionContent => ({
  kind: "award", summary: "Về việc khen thưởng", authorityLine: "CHỦ TỊCH", issuer: "Chủ tịch", bases: [], proposal: "", lines, fund: "Quỹ", executors: "",
});

describe("an award decision's amounts, read like the law", () => {
  it("takes the base salary of the day it is read for: a commune Giấy khen 0.15 × 1,800,000 = 270,000 on 28/6/2024, 0.15 × 2,340,000 = 351,000 → 360,000 on 20/12/2024, 0.3 × 2,340,000 = 702,000 → 710,000 on 15/9/2025", () => {
    const d = content([line({})]);
    expect(withBonus(d, on("2024-06-28")).lines[0]!.bonus).toMatchObject({ coefficient: 0.15, baseSalary: 1_800_000, exact: 270_000, amount: 270_000 });
    expect(withBonus(d, on("2024-12-20")).lines[0]!.bonus).toMatchObject({ coefficient: 0.15, baseSalary: 2_340_000, exact: 351_000, amount: 360_000 });
    expect(withBonus(d, on("2025-09-15")).lines[0]!.bonus).toMatchObject({ coefficient: 0.3, baseSalary: 2_340_000, exact: 702_000, amount: 710_000 });
    expect(withBonus(d, on("2025-09-15")).bonusOn).toBe("2025-09-15");
  });

  it("names each form as the catalogue of that day does, and cites the decree then in force", () => {
    const d = withBonus(content([line({ formName: "tên cũ", rank: -1 })]), on("2024-12-20"));
    expect(d.lines[0]!.formName).not.toBe("tên cũ");
    expect(d.lines[0]!.rank).toBeGreaterThan(0);
    expect(d.lawBases!.join(" ")).toContain("98/2023/NĐ-CP");
    expect(lawBases(on("2025-07-01"), "award").join(" ")).toContain("152/2025/NĐ-CP");
    expect(lawBases(on("2025-06-30"), "revocation").join(" ")).toContain("Điều 93");
  });

  it("gives a form without a bonus no amount, and reports an amount the law does not give rather than guess", () => {
    const d = withBonus(content([line({ formCode: "LDTT", recipientKind: "household" })]), on("2024-12-20"));
    expect(d.lines[0]!.bonus).toBeNull();
    expect(bonusProblems(on("2024-12-20"), [line({ recipientKind: "household", recipientName: "Hộ ông Tư" })])).toEqual([{ recipientName: "Hộ ông Tư", formCode: "GK_XA", problem: "unknown_amount" }]);
    expect(bonusProblems(on("2024-12-20"), [line({ formCode: "LDTT", recipientKind: "household" })])).toEqual([]);
    expect(bonusProblems(on("2025-09-15"), [line({ recipientKind: "household" })])).toEqual([]);
  });

  it("adds the amounts, counting lines without a bonus as nothing", () => {
    expect(totalBonus([{ bonus: { amount: 360_000 } as DecisionLine["bonus"] }, { bonus: null }, {}, { bonus: { amount: 710_000 } as DecisionLine["bonus"] }])).toBe(1_070_000);
    expect(totalBonus([])).toBe(0);
  });
});

describe("the list by form", () => {
  it("puts the highest rank first and keeps the decision's order within a form", () => {
    const lines = [line({ nominationId: 1, formCode: "GK_XA", rank: 1 }), line({ nominationId: 2, formCode: "CSTDCS", rank: 5 }), line({ nominationId: 3, formCode: "GK_XA", rank: 1 }), line({ nominationId: 4, formCode: "LDTT", rank: 1 })];
    expect(groupByForm(lines).map((g) => [g.formCode, g.lines.map((l) => l.nominationId)])).toEqual([["CSTDCS", [2]], ["GK_XA", [1, 3]], ["LDTT", [4]]]);
  });

  it("counts recipients as Vietnamese writes them", () => {
    expect(countWords([line({})])).toBe("1 cá nhân");
    expect(countWords([line({}), line({}), line({ recipientKind: "collective" })])).toBe("2 cá nhân và 1 tập thể");
    expect(countWords([line({ recipientKind: "unit" }), line({ recipientKind: "household" }), line({})])).toBe("1 cá nhân, 1 hộ gia đình và 1 tập thể");
    expect(countWords([])).toBe("");
  });
});
