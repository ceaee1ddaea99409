// Edges of the reminder rules that `npm run mutate` found untested: the weekly digest's window
// runs from the next working day to the fifth.
import { describe, expect, it } from "vitest";
import { OFFICIAL_ADJUSTMENTS } from "../calendar/adjustments-data";
import { workingCalendar } from "../tasks/deadlines";
import { buildDigests, type ReminderTask } from "./digest";

const calendar = workingCalendar(OFFICIAL_ADJUSTMENTS);
const task = (id: number, dueOn: string): ReminderTask => ({ id, title: `Nhiệm vụ ${id}`, unitId: 1, responsibleUnitId: 2, dueOn });

describe("the weekly digest's window", () => {
  it("on Monday 18/11/2024 takes tasks due Tuesday 19/11 (1 working day) to Monday 25/11 (5), not Tuesday 26/11 (6)", () => {
    const [digest] = buildDigests({
      date: "2024-11-18",
      tasks: [task(1, "2024-11-19"), task(2, "2024-11-25"), task(3, "2024-11-26")],
      participantsOf: new Map([[2, [10]]]),
      secretariesOf: new Map(),
      preferences: new Map([[10, { frequency: "weekly", email: true, inApp: true }]]),
      calendar,
    });
    expect(digest!.items.map((i) => [i.taskId, i.workingDays])).toEqual([[1, 1], [2, 5]]);
  });
});
