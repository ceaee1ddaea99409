import { describe, expect, it } from "vitest";
import { fromJulianDay, fromLunar, julianDay, parseIsoDate, toIsoDate, toLunar, weekday } from "./lunar";

const CHINA_UTC_OFFSET = 8;
const tet = (year: number, tz?: number) => toIsoDate(fromLunar({ year, month: 1, day: 1, leap: false }, tz));
const lunar = (iso: string, tz?: number) => toLunar(parseIsoDate(iso), tz);

describe("solar dates", () => {
  it("parse ISO dates and refuse impossible ones", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-5", "20x5-01-01", ""]) {
      expect(() => parseIsoDate(bad), bad).toThrow(RangeError);
    }
  });

  it("count days through Julian day numbers and know the weekday", () => {
    expect(julianDay({ year: 2000, month: 1, day: 1 })).toBe(2451545);
    expect(fromJulianDay(2451545 + 60)).toEqual({ year: 2000, month: 3, day: 1 }); // 2000 is a leap year
    expect(weekday(parseIsoDate("2024-02-10"))).toBe(6); // Saturday
    expect(weekday(parseIsoDate("2025-01-01"))).toBe(3); // Wednesday
    expect(toIsoDate({ year: 2024, month: 2, day: 5 })).toBe("2024-02-05");
  });
});

describe("Vietnamese lunar calendar", () => {
  it("puts Tết (1/1 lunar) on the known days", () => {
    const known: Record<number, string> = {
      2020: "2020-01-25",
      2021: "2021-02-12",
      2022: "2022-02-01",
      2023: "2023-01-22",
      2024: "2024-02-10",
      2025: "2025-01-29",
      2026: "2026-02-17",
      2027: "2027-02-06",
    };
    for (const [year, date] of Object.entries(known)) {
      expect(tet(Number(year)), year).toBe(date);
      expect(lunar(date)).toEqual({ year: Number(year), month: 1, day: 1, leap: false });
    }
  });

  it("puts Giỗ Tổ Hùng Vương (10/3 lunar) on the known days", () => {
    const known = { 2023: "2023-04-29", 2024: "2024-04-18", 2025: "2025-04-07", 2026: "2026-04-26" };
    for (const [year, date] of Object.entries(known)) {
      expect(toIsoDate(fromLunar({ year: Number(year), month: 3, day: 10, leap: false })), year).toBe(date);
      expect(lunar(date)).toEqual({ year: Number(year), month: 3, day: 10, leap: false });
    }
  });

  it("differs from China's calendar (UTC+8) where a new moon falls between 16:00 and 17:00 UTC", () => {
    expect(tet(1985)).toBe("1985-01-21");
    expect(tet(1985, CHINA_UTC_OFFSET)).toBe("1985-02-20");
    expect(tet(2007)).toBe("2007-02-17");
    expect(tet(2007, CHINA_UTC_OFFSET)).toBe("2007-02-18");
    // Tết Mậu Thân 1968: the North (UTC+7) celebrated a day before the South (then UTC+8).
    expect(tet(1968)).toBe("1968-01-29");
    expect(tet(1968, CHINA_UTC_OFFSET)).toBe("1968-01-30");
  });

  it("knows the leap months (tháng nhuận)", () => {
    // 2023 nhuận tháng 2, 2025 nhuận tháng 6, 2020 nhuận tháng 4.
    expect(lunar("2023-03-22")).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunar("2023-03-21")).toEqual({ year: 2023, month: 2, day: 30, leap: false });
    expect(lunar("2023-04-20")).toEqual({ year: 2023, month: 3, day: 1, leap: false });
    expect(lunar("2025-07-25")).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunar("2020-05-23")).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(toIsoDate(fromLunar({ year: 2025, month: 6, day: 1, leap: true }))).toBe("2025-07-25");
    expect(toIsoDate(fromLunar({ year: 2025, month: 6, day: 1, leap: false }))).toBe("2025-06-25");
  });

  it("gives the last day of the lunar year as 29 or 30 of month 12", () => {
    expect(lunar("2024-02-09")).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(lunar("2025-01-28")).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(lunar("2026-02-16")).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  });

  it("round-trips every day from 1900 to 2199", () => {
    const first = julianDay({ year: 1900, month: 1, day: 31 }); // lunar year 1900 starts here
    const last = julianDay({ year: 2199, month: 12, day: 31 });
    for (let jd = first; jd <= last; jd++) {
      const solar = fromJulianDay(jd);
      const date = toLunar(solar);
      if (julianDay(fromLunar(date)) !== jd) expect.fail(`${toIsoDate(solar)} → ${JSON.stringify(date)} does not come back`);
    }
  });

  it("refuses lunar dates that do not exist and years out of range", () => {
    expect(() => fromLunar({ year: 2024, month: 3, day: 1, leap: true })).toThrow(/no leap month/);
    expect(() => fromLunar({ year: 2023, month: 3, day: 1, leap: true })).toThrow(/no leap month 3/);
    expect(() => fromLunar({ year: 2024, month: 12, day: 30, leap: false })).toThrow(/has no day 30/); // Giáp Thìn's month 12 has 29 days
    expect(() => fromLunar({ year: 2024, month: 13, day: 1, leap: false })).toThrow(RangeError);
    expect(() => toLunar({ year: 1899, month: 12, day: 31 })).toThrow(RangeError);
    expect(() => toLunar({ year: 2200, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => toLunar({ year: 2024, month: 2, day: 30 })).toThrow(RangeError);
  });
});
