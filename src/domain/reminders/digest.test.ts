import { describe, expect, it } from "vitest";
import { OFFICIAL_ADJUSTMENTS } from "../calendar/adjustments-data";
import { workingCalendar } from "../tasks/deadlines";
import { buildDigests, type ReminderInput, type ReminderPreference, type ReminderTask } from "./digest";

const calendar = workingCalendar(OFFICIAL_ADJUSTMENTS);
const WARD = 1;
const GROUP = 2;
const OFFICIAL = 10; // participates on the residential group
const SECRETARY = 20; // council secretary of the ward

function input(date: string, tasks: ReminderTask[], preferences: [number, ReminderPreference][] = []): ReminderInput {
  return {
    date,
    tasks,
    participantsOf: new Map([[GROUP, [OFFICIAL]], [WARD, [SECRETARY]]]),
    secretariesOf: new Map([[WARD, [SECRETARY]]]),
    preferences: new Map(preferences),
    calendar,
  };
}
const task = (id: number, dueOn: string, responsibleUnitId: number | null = GROUP): ReminderTask => ({ id, title: `Nhiệm vụ ${id}`, unitId: WARD, responsibleUnitId, dueOn });

describe("reminder digests", () => {
  // Wednesday 20/11/2024; 3 working days later is Monday 25/11.
  const day = "2024-11-20";

  it("batches every event of a person's day into one digest", () => {
    const digests = buildDigests(input(day, [task(1, "2024-11-25"), task(2, day), task(3, "2024-11-18"), task(4, "2024-11-01"), task(5, "2024-11-22")]));
    const official = digests.filter((d) => d.userId === OFFICIAL);
    expect(official).toHaveLength(1);
    expect(official[0]!.items.map((i) => [i.taskId, i.event, i.workingDays])).toEqual([
      [4, "overdue", -13],
      [3, "overdue", -2],
      [2, "due_today", 0],
      [1, "due_soon", 3],
    ]);
    // Task 5 is 2 working days away: no reminder that day.
    // The ward's secretary follows the overdue ones only.
    expect(digests.find((d) => d.userId === SECRETARY)!.items.map((i) => i.taskId)).toEqual([4, 3]);
  });

  it("sends a task without a responsible unit to the assigning unit's secretary", () => {
    const digests = buildDigests(input(day, [task(1, day, null)]));
    expect(digests.map((d) => [d.userId, d.items.length])).toEqual([[SECRETARY, 1]]);
  });

  it("sends weekly digests on Mondays only, looking a working week ahead", () => {
    const weekly: [number, ReminderPreference][] = [[OFFICIAL, { frequency: "weekly", email: true, inApp: false }]];
    expect(buildDigests(input(day, [task(1, day)], weekly)).filter((d) => d.userId === OFFICIAL)).toEqual([]);
    const monday = buildDigests(input("2024-11-18", [task(1, "2024-11-22"), task(2, "2024-11-26"), task(3, "2024-11-15")], weekly));
    const digest = monday.find((d) => d.userId === OFFICIAL)!;
    expect(digest).toMatchObject({ email: true, inApp: false });
    expect(digest.items.map((i) => i.taskId)).toEqual([3, 1]);
  });

  it("sends nothing to those who turned reminders off, or chose no channel", () => {
    expect(buildDigests(input(day, [task(1, day)], [[OFFICIAL, { frequency: "off", email: true, inApp: true }]])).map((d) => d.userId)).toEqual([]);
    expect(buildDigests(input(day, [task(1, day)], [[OFFICIAL, { frequency: "daily", email: false, inApp: false }]])).map((d) => d.userId)).toEqual([]);
  });

  it("sends daily digests on working days only, and counts across Tết", () => {
    expect(buildDigests(input("2024-11-23", [task(1, "2024-11-01")]))).toEqual([]); // a Saturday
    expect(buildDigests(input("2025-01-28", [task(1, "2025-01-01")]))).toEqual([]); // Tết 2025
    // Friday 24/1/2025: 3 working days ahead is Wednesday 5/2, after the Tết break.
    const [digest] = buildDigests(input("2025-01-24", [task(1, "2025-02-05"), task(2, "2025-01-30")]));
    expect(digest!.items.map((i) => [i.taskId, i.workingDays])).toEqual([[1, 3]]);
  });
});
