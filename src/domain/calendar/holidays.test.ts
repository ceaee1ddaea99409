import { describe, expect, it } from "vitest";
import { holidaysOf, type CalendarAdjustment, type Holiday } from "./holidays";

const brief = (days: Holiday[]) => days.map((d) => `${d.date} ${d.kind} ${d.name}`);
const datesOf = (days: Holiday[], kind?: Holiday["kind"]) => days.filter((d) => !kind || d.kind === kind).map((d) => d.date);

describe("public holidays by the Labour Code", () => {
  it("grant the eleven days of Art. 112 (2019) with a compensatory day after a weekend", () => {
    expect(brief(holidaysOf(2025))).toEqual([
      "2025-01-01 holiday Tết Dương lịch",
      "2025-01-28 holiday Tết Âm lịch (29 tháng Chạp)",
      "2025-01-29 holiday Tết Âm lịch (mùng 1 tháng Giêng)",
      "2025-01-30 holiday Tết Âm lịch (mùng 2 tháng Giêng)",
      "2025-01-31 holiday Tết Âm lịch (mùng 3 tháng Giêng)",
      "2025-02-01 holiday Tết Âm lịch (mùng 4 tháng Giêng)",
      "2025-02-03 compensatory Nghỉ bù Tết Âm lịch (mùng 4 tháng Giêng)",
      "2025-04-07 holiday Giỗ Tổ Hùng Vương (10/3 âm lịch)",
      "2025-04-30 holiday Ngày Chiến thắng (30/4)",
      "2025-05-01 holiday Ngày Quốc tế Lao động (1/5)",
      "2025-09-01 holiday Quốc khánh (ngày liền kề)",
      "2025-09-02 holiday Quốc khánh (2/9)",
    ]);
    const day = holidaysOf(2025)[0]!;
    expect(day).toEqual({ date: "2025-01-01", name: "Tết Dương lịch", nameEn: "New Year's Day", kind: "holiday", source: "Bộ luật Lao động 2019, Điều 112" });
  });

  it("take the last day of the lunar year, whether 29 or 30 tháng Chạp", () => {
    expect(holidaysOf(2024).find((d) => d.date === "2024-02-09")?.name).toBe("Tết Âm lịch (30 tháng Chạp)");
    expect(holidaysOf(2026).find((d) => d.date === "2026-02-16")?.name).toBe("Tết Âm lịch (29 tháng Chạp)");
  });

  it("give compensatory days in date order, skipping days already off", () => {
    // 2023: Giỗ Tổ on Saturday 29/4, 30/4 a Sunday, 1/5 a Monday → off until Wednesday 3/5.
    const days = holidaysOf(2023);
    expect(datesOf(days, "compensatory")).toEqual(["2023-01-02", "2023-01-26", "2023-01-27", "2023-05-02", "2023-05-03", "2023-09-04"]);
    // Giỗ Tổ 2026 is a Sunday: Monday 27/4 off.
    expect(holidaysOf(2026).find((d) => d.date === "2026-04-27")).toMatchObject({
      kind: "compensatory",
      name: "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)",
      source: "Bộ luật Lao động 2019, Điều 112 khoản 3",
    });
  });

  it("follow the law in force on each holiday's date", () => {
    // Labour Code 2012 (until 2020): Quốc khánh is 2/9 only.
    expect(datesOf(holidaysOf(2020)).filter((d) => d.startsWith("2020-09"))).toEqual(["2020-09-02"]);
    expect(datesOf(holidaysOf(2021)).filter((d) => d.startsWith("2021-09"))).toEqual(["2021-09-01", "2021-09-02"]);
    // Tết 2013 came before the 2012 Code took effect (1/5/2013): four days, not five.
    const tet2013 = holidaysOf(2013).filter((d) => d.kind === "holiday" && d.name.startsWith("Tết Âm lịch"));
    expect(datesOf(tet2013)).toEqual(["2013-02-09", "2013-02-10", "2013-02-11", "2013-02-12"]);
    expect(tet2013[0]!.source).toBe("Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73");
    expect(holidaysOf(2014).filter((d) => d.kind === "holiday" && d.name.startsWith("Tết Âm lịch"))).toHaveLength(5);
  });

  it("never put two days off on one date, 2013 to 2199", () => {
    for (let year = 2013; year <= 2199; year++) {
      const dates = datesOf(holidaysOf(year));
      expect(new Set(dates).size, String(year)).toBe(dates.length);
      expect(dates.every((d) => d.startsWith(`${year}-`)), String(year)).toBe(true);
    }
  });

  it("refuse years outside 2013–2199", () => {
    expect(() => holidaysOf(2012)).toThrow(RangeError);
    expect(() => holidaysOf(2200)).toThrow(RangeError);
    expect(() => holidaysOf(2025.5)).toThrow(RangeError);
  });
});

describe("the Government's adjustments", () => {
  const swap2025: CalendarAdjustment[] = [
    { date: "2025-05-02", kind: "day_off", name: "Nghỉ hoán đổi", source: "Công văn 8726/VPCP-KGVX" },
    { date: "2025-04-26", kind: "working_day", name: "Làm bù", source: "Công văn 8726/VPCP-KGVX" },
    { date: "2024-04-29", kind: "day_off", name: "Nghỉ hoán đổi 2024", source: "Công văn 2450/VPCP-KGVX" },
  ];

  it("add swapped days off and make-up working days, with their source, and ignore other years", () => {
    const days = holidaysOf(2025, swap2025);
    expect(days.find((d) => d.date === "2025-05-02")).toEqual({
      date: "2025-05-02",
      name: "Nghỉ hoán đổi",
      nameEn: "Day off (swapped)",
      kind: "swapped",
      source: "Công văn 8726/VPCP-KGVX",
    });
    expect(days.find((d) => d.date === "2025-04-26")).toMatchObject({ kind: "working_day", nameEn: "Working day (make-up)" });
    expect(days.some((d) => d.date.startsWith("2024"))).toBe(false);
    expect(datesOf(days)).toEqual([...datesOf(days)].sort());
  });

  it("override what the rules put on a date", () => {
    const days = holidaysOf(2025, [{ date: "2025-02-03", kind: "working_day", name: "Làm việc", source: "x" }]);
    expect(days.filter((d) => d.date === "2025-02-03")).toEqual([
      { date: "2025-02-03", name: "Làm việc", nameEn: "Working day (make-up)", kind: "working_day", source: "x" },
    ]);
  });

  it("refuse malformed or duplicated adjustments", () => {
    expect(() => holidaysOf(2025, [{ date: "2024-02-30", kind: "day_off", name: "x", source: "x" }])).toThrow(RangeError);
    const twice: CalendarAdjustment = { date: "2025-05-02", kind: "day_off", name: "x", source: "x" };
    expect(() => holidaysOf(2025, [twice, twice])).toThrow(/two adjustments/);
  });
});
