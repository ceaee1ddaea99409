// Edges of the calendar rules that `npm run mutate` found untested: a law's first day, and the
// dates that do not exist (a fraction of a day, month 0 or 13, day 0 or 31 of a lunar month).
import { describe, expect, it } from "vitest";
import { holidaysOf } from "./holidays";
import { fromLunar, isValidSolarDate } from "./lunar";

describe("the law in force on its first day", () => {
  it("grants the holiday on the day a new Labour Code takes effect under that code", () => {
    expect(holidaysOf(2021)[0]).toMatchObject({ date: "2021-01-01", source: "Bộ luật Lao động 2019, Điều 112" });
    expect(holidaysOf(2013).find((d) => d.date === "2013-05-01")?.source).toBe("Bộ luật Lao động 2012, Điều 115");
    expect(holidaysOf(2013).find((d) => d.date === "2013-04-30")?.source).toBe("Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73");
  });
});

describe("dates that do not exist", () => {
  it("refuses a fraction of a day, year or month as a solar date", () => {
    expect(isValidSolarDate({ year: 2024, month: 3, day: 1 })).toBe(true);
    expect(isValidSolarDate({ year: 2024, month: 3, day: 1.5 })).toBe(false);
    expect(isValidSolarDate({ year: 2024.5, month: 3, day: 1 })).toBe(false);
    expect(isValidSolarDate({ year: 2024, month: 0, day: 1 })).toBe(false);
    expect(isValidSolarDate({ year: 2024, month: 13, day: 1 })).toBe(false);
  });

  it("refuses lunar month 0 or 13 and day 0, 31 or a fraction", () => {
    expect(fromLunar({ year: 2024, month: 1, day: 1, leap: false })).toEqual({ year: 2024, month: 2, day: 10 });
    for (const [month, day] of [[0, 1], [13, 1], [1.5, 1], [1, 0], [1, 31], [1, 1.5]] as const) {
      expect(() => fromLunar({ year: 2024, month, day, leap: false }), `${day}/${month}`).toThrow(RangeError);
    }
  });
});
