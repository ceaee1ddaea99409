import { describe, expect, it } from "vitest";
import { OFFICIAL_ADJUSTMENTS } from "../calendar/adjustments-data";
import { dueAfterWorkingDays, dueGroup, workingCalendar, workingDaysLeft } from "./deadlines";

const official = workingCalendar(OFFICIAL_ADJUSTMENTS);

describe("task deadlines in working days", () => {
  it("crosses Tết 2025 with the announced break (25/1 to 2/2)", () => {
    // Friday 24/1/2025 + 1 working day: Monday 27/1 to Friday 31/1 were announced days off.
    expect(dueAfterWorkingDays("2025-01-24", 1, official)).toBe("2025-02-03");
    expect(dueAfterWorkingDays("2025-01-20", 10, official)).toBe("2025-02-10");
  });

  it("uses the adjustments it is given: without them Monday 27/1/2025 is a working day", () => {
    const rulesOnly = workingCalendar([]);
    expect(dueAfterWorkingDays("2025-01-24", 1, rulesOnly)).toBe("2025-01-27");
    // An added make-up Saturday counts as a working day.
    const withSaturday = workingCalendar([...OFFICIAL_ADJUSTMENTS, { date: "2025-02-08", kind: "working_day", name: "Làm bù", source: "Thử" }]);
    expect(dueAfterWorkingDays("2025-02-07", 1, withSaturday)).toBe("2025-02-08");
  });

  it("crosses Tết 2024 (8/2 to 14/2 off, 15/2 a working day)", () => {
    expect(dueAfterWorkingDays("2024-02-07", 5, official)).toBe("2024-02-21");
    expect(dueAfterWorkingDays("2024-02-07", 1, official)).toBe("2024-02-15");
  });

  it("counts working days left and overdue", () => {
    expect(workingDaysLeft("2024-11-20", "2024-11-15", official)).toBe(3); // Mon, Tue, Wed
    expect(workingDaysLeft("2024-11-20", "2024-11-20", official)).toBe(0);
    expect(workingDaysLeft("2024-11-20", "2024-11-25", official)).toBe(-3); // Thu, Fri, Mon
  });

  it("groups open tasks for the board", () => {
    expect(dueGroup(null, "2024-11-20")).toBe("no_date");
    expect(dueGroup("2024-11-19", "2024-11-20")).toBe("overdue");
    expect(dueGroup("2024-11-20", "2024-11-20")).toBe("soon");
    expect(dueGroup("2024-11-27", "2024-11-20")).toBe("soon");
    expect(dueGroup("2024-11-28", "2024-11-20")).toBe("later");
  });
});
