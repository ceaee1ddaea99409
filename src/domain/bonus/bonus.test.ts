// Bonuses as the law reads: the form's coefficient × the base salary of the day the decision is
// issued, rounded up to the next 10,000 đồng; Decree 98 until 30/6/2025, Decree 152 from 1/7/2025;
// base salary 1,800,000 from 1/7/2023, 2,340,000 from 1/7/2024, 2,530,000 from 1/7/2026.
import { describe, expect, it } from "vitest";
import { catalogueOn, nationalLayer, type LayeredEntry } from "../catalogue/in-force";
import { NATIONAL_CATALOGUE } from "../catalogue/national";
import { computeBonus } from "./compute";
import { findForms } from "./find-form";
import { amountInWords } from "./words";

const national = nationalLayer(NATIONAL_CATALOGUE);
const bonusOn = (on: string, form: string, recipient: "person" | "household" | "collective" | "unit" = "person", extra: LayeredEntry[] = []) =>
  computeBonus(catalogueOn([...national, ...extra], on, "/1/2/3/"), form, recipient);

describe("a commune's Giấy khen for an individual", () => {
  it.each([
    ["2024-06-30", 0.15, 1_800_000, 270_000, 270_000, "Điều 58 khoản 1 điểm g Nghị định 98/2023/NĐ-CP"],
    ["2024-12-20", 0.15, 2_340_000, 351_000, 360_000, "Điều 58 khoản 1 điểm g Nghị định 98/2023/NĐ-CP"],
    ["2025-06-30", 0.15, 2_340_000, 351_000, 360_000, "Điều 58 khoản 1 điểm g Nghị định 98/2023/NĐ-CP"],
    ["2025-07-01", 0.3, 2_340_000, 702_000, 710_000, "Điều 54 khoản 1 điểm e Nghị định 152/2025/NĐ-CP"],
    ["2025-09-15", 0.3, 2_340_000, 702_000, 710_000, "Điều 54 khoản 1 điểm e Nghị định 152/2025/NĐ-CP"],
    ["2026-06-30", 0.3, 2_340_000, 702_000, 710_000, "Điều 54 khoản 1 điểm e Nghị định 152/2025/NĐ-CP"],
    ["2026-09-15", 0.3, 2_530_000, 759_000, 760_000, "Điều 54 khoản 1 điểm e Nghị định 152/2025/NĐ-CP"],
  ])("issued on %s: %s × %i = %i, paid %i (%s)", (on, coefficient, baseSalary, exact, amount, citation) => {
    const b = bonusOn(on, "GK_XA");
    expect(b).toMatchObject({ ok: true, coefficient, baseSalary, exact, amount, roundUpTo: 10_000 });
    if (b.ok) expect(b.articles[0]!.citation).toBe(citation);
  });
});

describe("titles and other recipients", () => {
  it.each([
    ["LDTT", "person", "2024-12-20", 0.3, 710_000],
    ["CSTDCS", "person", "2024-12-20", 1.0, 2_340_000],
    ["CSTD_TINH", "person", "2026-09-15", 3.0, 7_590_000],
    ["TTLDTT", "unit", "2024-12-20", 0.8, 1_880_000],
    ["TDPVH", "unit", "2025-09-15", 1.5, 3_510_000],
    ["BK_TINH", "person", "2024-12-20", 1.0, 2_340_000],
    ["BK_TINH", "person", "2025-09-15", 1.5, 3_510_000],
  ] as const)("%s for a %s issued on %s: %s × the base salary → %i", (form, recipient, on, coefficient, amount) => {
    expect(bonusOn(on, form, recipient)).toMatchObject({ ok: true, coefficient, amount });
  });

  it("gives a household 1.5 times an individual's Giấy khen under Decree 152, rounded once", () => {
    const b = bonusOn("2025-09-15", "GK_XA", "household");
    expect(b).toMatchObject({ ok: true, coefficient: 0.45, ofPersonAmount: 1.5, exact: 1_053_000, amount: 1_060_000 });
    if (b.ok) expect(b.articles.map((a) => a.part)).toEqual(["coefficient", "of_person", "base_salary", "rounding"]);
  });

  it("says when the law's amount is not known, rather than guessing", () => {
    expect(bonusOn("2024-12-20", "GK_XA", "household")).toMatchObject({ ok: false, problem: "unknown_amount" });
    expect(bonusOn("2024-12-20", "GDVH", "household")).toMatchObject({ ok: false, problem: "unknown_amount" });
    expect(bonusOn("2024-12-20", "LDTT", "household")).toMatchObject({ ok: false, problem: "no_bonus" });
    expect(bonusOn("2023-12-31", "GK_XA")).toMatchObject({ ok: false, problem: "no_bonus" });
  });

  it("marks an amount resting on an unconfirmed rule", () => {
    expect(bonusOn("2024-12-20", "GK_XA", "collective")).toMatchObject({ ok: true, amount: 710_000, unconfirmed: true });
  });
});

describe("a province's own rounding", () => {
  it("pays the exact amount (to the đồng above) when the province turns rounding off", () => {
    const noRounding: LayeredEntry = {
      kind: "bonus_rule", code: "calculation", value: { baseSalaryOn: "issue_date", roundUpTo: null }, validFrom: "2025-07-01", validTo: null,
      citation: "Quyết định của UBND tỉnh", unconfirmed: false, scope: "province", scopePath: "/1/",
    };
    expect(bonusOn("2025-09-15", "GK_XA", "person", [noRounding])).toMatchObject({ ok: true, exact: 702_000, amount: 702_000, roundUpTo: null });
    expect(bonusOn("2025-09-15", "CSTD_TINH", "person", [{ ...noRounding, value: { baseSalaryOn: "issue_date", roundUpTo: 100_000 } }])).toMatchObject({ amount: 7_100_000 });
  });
});

describe("amounts in words", () => {
  it.each([
    [760_000, "Bảy trăm sáu mươi nghìn đồng"],
    [710_000, "Bảy trăm mười nghìn đồng"],
    [1_060_000, "Một triệu không trăm sáu mươi nghìn đồng"],
    [2_340_000, "Hai triệu ba trăm bốn mươi nghìn đồng"],
    [1_005_000, "Một triệu không trăm lẻ năm nghìn đồng"],
    [21_000, "Hai mươi mốt nghìn đồng"],
    [24_000, "Hai mươi tư nghìn đồng"],
    [15_000, "Mười lăm nghìn đồng"],
    [45_000_000, "Bốn mươi lăm triệu đồng"],
  ])("%i → %s", (n, words) => expect(amountInWords(n)).toBe(words));
  it("refuses what is not an amount", () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
  });
});

describe("finding a form as officials type it", () => {
  const on = (date: string) => catalogueOn(national, date, null);
  it("takes a code, or words of the name in any order with or without diacritics", () => {
    expect(findForms(on("2025-09-15"), "gk_xa").map((f) => f.code)).toEqual(["GK_XA"]);
    expect(findForms(on("2025-09-15"), "giay khen xa").map((f) => f.code)).toEqual(["GK_XA"]);
    expect(findForms(on("2025-09-15"), "xã khen giấy").map((f) => f.code)).toEqual(["GK_XA"]);
  });
  it("lists every form that matches: in 2024 both the commune's and the district's Giấy khen", () => {
    expect(findForms(on("2024-12-20"), "giay khen").map((f) => f.code).sort()).toEqual(["GK_HUYEN", "GK_XA"]);
    expect(findForms(on("2025-09-15"), "giay khen").map((f) => f.code)).toContain("GK_XA");
    expect(findForms(on("2025-09-15"), "giay khen").map((f) => f.code)).not.toContain("GK_HUYEN");
    expect(findForms(on("2025-09-15"), "không có hình thức này")).toEqual([]);
  });
});
