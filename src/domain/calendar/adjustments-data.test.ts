import { describe, expect, it } from "vitest";
import { OFFICIAL_ADJUSTMENTS } from "./adjustments-data";
import { holidaysOf } from "./holidays";
import { fromJulianDay, julianDay, parseIsoDate, toIsoDate, weekday } from "./lunar";
import { isWorkingDay } from "./working-days";

const working = (date: string) => isWorkingDay(date, holidaysOf(parseIsoDate(date).year, OFFICIAL_ADJUSTMENTS));
const shift = (date: string, days: number) => toIsoDate(fromJulianDay(julianDay(parseIsoDate(date)) + days));

/** A break: every day from `first` to `last` is off, and the days just around it are working days. */
function expectBreak(first: string, last: string) {
  expect(working(shift(first, -1)), `the day before ${first}`).toBe(true);
  for (let d = first; d <= last; d = shift(d, 1)) expect(working(d), d).toBe(false);
  expect(working(shift(last, 1)), `the day after ${last}`).toBe(true);
}

describe("the shipped official adjustments", () => {
  it("are well formed: valid dates, one per date, a source each, days off on weekdays and make-up days on weekends or default days off", () => {
    const dates = OFFICIAL_ADJUSTMENTS.map((a) => a.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const a of OFFICIAL_ADJUSTMENTS) {
      const day = weekday(parseIsoDate(a.date));
      expect(a.source, a.date).toMatch(/\S/);
      if (a.kind === "day_off") expect([0, 6], a.date).not.toContain(day);
      else expect(isWorkingDay(a.date, holidaysOf(parseIsoDate(a.date).year)), a.date).toBe(false);
    }
  });

  it("give the breaks of 2024 as announced", () => {
    expectBreak("2023-12-30", "2024-01-01"); // Monday 1/1 after a weekend
    expectBreak("2024-02-08", "2024-02-14"); // Tết Giáp Thìn, Thursday to Wednesday
    expectBreak("2024-04-18", "2024-04-18"); // Giỗ Tổ
    expectBreak("2024-04-27", "2024-05-01"); // Monday 29/4 swapped…
    expect(working("2024-05-04")).toBe(true); // …for Saturday 4/5
    expectBreak("2024-08-31", "2024-09-03");
  });

  it("give the breaks of 2025 as announced", () => {
    expectBreak("2025-01-01", "2025-01-01");
    expectBreak("2025-01-25", "2025-02-02"); // Tết Ất Tỵ, 9 days
    expect(working("2025-02-08")).toBe(false); // no make-up Saturday after Tết
    expectBreak("2025-04-05", "2025-04-07"); // Giỗ Tổ on a Monday
    expectBreak("2025-04-30", "2025-05-04"); // Friday 2/5 swapped…
    expect(working("2025-04-26")).toBe(true); // …for Saturday 26/4
    expectBreak("2025-08-30", "2025-09-02");
  });

  it("give the breaks of 2026 as announced so far", () => {
    expectBreak("2026-01-01", "2026-01-04"); // Friday 2/1 swapped…
    expect(working("2026-01-10")).toBe(true); // …for Saturday 10/1
    expectBreak("2026-02-14", "2026-02-22"); // Tết Bính Ngọ: 16/2 is 29 tháng Chạp, the last day of Ất Tỵ
    expectBreak("2026-04-25", "2026-04-27"); // Giỗ Tổ on Sunday 26/4, compensated on Monday
    expectBreak("2026-04-30", "2026-05-03");
    expectBreak("2026-09-01", "2026-09-02"); // default adjacent day: UNCONFIRMED
  });
});
