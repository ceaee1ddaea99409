import { describe, expect, it } from "vitest";
import { OFFICIAL_ADJUSTMENTS } from "./adjustments-data";
import { holidaysOf, type Holiday } from "./holidays";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days";

const official = (year: number) => holidaysOf(year, OFFICIAL_ADJUSTMENTS);
const add = (start: string, n: number) => addWorkingDays(start, n, official);

describe("isWorkingDay", () => {
  const days: Holiday[] = [
    { date: "2025-04-30", name: "Ngày Chiến thắng (30/4)", nameEn: "Reunification Day", kind: "holiday" },
    { date: "2025-04-26", name: "Làm bù", nameEn: "Make-up", kind: "working_day" },
  ];

  it("is true on weekdays, false on weekends and days off, true on a make-up Saturday", () => {
    expect(isWorkingDay("2025-04-29", days)).toBe(true); // Tuesday
    expect(isWorkingDay("2025-04-30", days)).toBe(false); // holiday
    expect(isWorkingDay("2025-04-27", days)).toBe(false); // Sunday
    expect(isWorkingDay("2025-04-26", days)).toBe(true); // Saturday made a working day
  });
});

describe("addWorkingDays", () => {
  it("starts counting the day after the start, skipping weekends", () => {
    expect(add("2025-03-07", 1)).toBe("2025-03-10"); // Friday → Monday
    expect(add("2025-03-08", 1)).toBe("2025-03-10"); // from a Saturday
    expect(add("2025-03-10", 5)).toBe("2025-03-17");
  });

  it("returns the start itself for 0 days, even on a day off", () => {
    expect(add("2025-03-08", 0)).toBe("2025-03-08");
  });

  it("counts backwards for negative days, from the day before", () => {
    expect(add("2025-03-10", -1)).toBe("2025-03-07");
    expect(add("2026-02-23", -3)).toBe("2026-02-11"); // back across Tết Bính Ngọ
  });

  it("crosses the Tết breaks as announced", () => {
    // 2024: off Thursday 8/2 to Wednesday 14/2.
    expect(add("2024-02-07", 1)).toBe("2024-02-15");
    expect(add("2024-02-07", 4)).toBe("2024-02-20");
    expect(add("2024-02-07", 5)).toBe("2024-02-21");
    // 2025: off 25/1 to 2/2, back on Monday 3/2.
    expect(add("2025-01-24", 1)).toBe("2025-02-03");
    // 2026: off 14/2 to 22/2.
    expect(add("2026-02-13", 1)).toBe("2026-02-23");
    expect(add("2026-02-10", 5)).toBe("2026-02-24"); // Wed, Thu, Fri, then Monday 23/2 and Tuesday 24/2
  });

  it("crosses 30/4–1/5 and counts a make-up Saturday", () => {
    expect(add("2024-04-26", 1)).toBe("2024-05-02"); // Monday 29/4 swapped off
    expect(add("2024-05-03", 1)).toBe("2024-05-04"); // Saturday 4/5 worked
    expect(add("2025-04-25", 1)).toBe("2025-04-26"); // Saturday 26/4 worked
    expect(add("2025-04-29", 1)).toBe("2025-05-05"); // off 30/4 to 4/5
    expect(add("2026-04-24", 1)).toBe("2026-04-28"); // Giỗ Tổ Sunday 26/4, compensated Monday 27/4
  });

  it("crosses into the next year, asking the calendar once per year", () => {
    const asked: number[] = [];
    const due = addWorkingDays("2025-12-31", 1, (year) => (asked.push(year), official(year)));
    expect(due).toBe("2026-01-05"); // 1/1 holiday, 2/1 swapped, then the weekend
    expect(asked).toEqual([2026]);
  });

  it("refuses a count that is not a whole number", () => {
    expect(() => add("2025-03-07", 1.5)).toThrow(RangeError);
    expect(() => add("2025-03-07", Number.NaN)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after the first date up to the second", () => {
    expect(workingDaysBetween("2024-02-07", "2024-02-21", official)).toBe(5);
    expect(workingDaysBetween("2024-02-21", "2024-02-07", official)).toBe(-5);
    expect(workingDaysBetween("2025-03-07", "2025-03-07", official)).toBe(0);
    expect(workingDaysBetween("2025-03-07", "2025-03-09", official)).toBe(0); // only the weekend
  });

  it("is the inverse of addWorkingDays", () => {
    const start = "2024-12-20";
    for (const n of [-40, -7, -1, 1, 3, 10, 25, 60, 120]) {
      expect(workingDaysBetween(start, add(start, n), official), String(n)).toBe(n);
    }
  });
});
