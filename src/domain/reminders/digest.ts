// Reminder digests: every reminder a person has on a day goes into ONE digest (e-mail and
// in-app), never one message per task. Pure: open tasks, who follows them, preferences and a
// date in; digests out. The scheduler stores and sends them.
//
// What reminds, for a date D:
// - daily (every working day): tasks due in exactly 3 working days, due on D, and overdue;
// - weekly (Mondays): overdue tasks, those due on D and those due within the next 5 working
//   days, so that nothing falls between two digests;
// - off: nothing.
// Who is reminded: the people holding a movement.participate role on the responsible unit
// itself (not on a parent: a province's secretary does not want every commune's tasks), and,
// for overdue tasks, the assigning unit's council secretary, who follows the plan up. A task
// whose responsible party is not a unit in the system (a label only) has no one else to
// remind, so the assigning unit's council secretary gets all its reminders.
import { parseIsoDate, weekday } from "../calendar/lunar";
import { isWorkingDay, workingDaysBetween, type HolidayCalendar } from "../calendar/working-days";

export const FREQUENCIES = ["daily", "weekly", "off"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface ReminderPreference {
  frequency: Frequency;
  email: boolean;
  inApp: boolean;
}
export const DEFAULT_PREFERENCE: ReminderPreference = { frequency: "daily", email: true, inApp: true };

/** Working days before the deadline when the daily reminder comes. */
export const DAYS_BEFORE = 3;
/** How far ahead a weekly digest looks, in working days (a working week). */
export const WEEK_AHEAD = 5;

export interface ReminderTask {
  id: number;
  title: string;
  /** The assigning unit. */
  unitId: number;
  responsibleUnitId: number | null;
  dueOn: string;
}

export interface ReminderPerson {
  userId: number;
  preference: ReminderPreference;
}

export interface ReminderInput {
  date: string;
  /** Open tasks with a deadline. */
  tasks: Iterable<ReminderTask>;
  /** Users holding a movement.participate role on each unit (exactly that unit). */
  participantsOf: ReadonlyMap<number, readonly number[]>;
  /** Users holding council_secretary on each unit. */
  secretariesOf: ReadonlyMap<number, readonly number[]>;
  /** Preferences of those who set them; others get DEFAULT_PREFERENCE. */
  preferences: ReadonlyMap<number, ReminderPreference>;
  calendar: HolidayCalendar;
}

export type ReminderEvent = "overdue" | "due_today" | "due_soon";

export interface DigestItem {
  taskId: number;
  title: string;
  dueOn: string;
  event: ReminderEvent;
  /** Working days to the deadline: negative when overdue. */
  workingDays: number;
}

export interface Digest {
  userId: number;
  date: string;
  email: boolean;
  inApp: boolean;
  items: DigestItem[];
}

const EVENT_ORDER: Record<ReminderEvent, number> = { overdue: 0, due_today: 1, due_soon: 2 };

/** Whether someone with this preference gets a digest on `date`. */
export function digestDay(preference: ReminderPreference, date: string, calendar: HolidayCalendar): boolean {
  if (preference.frequency === "off" || (!preference.email && !preference.inApp)) return false;
  if (preference.frequency === "weekly") return weekday(parseIsoDate(date)) === 1;
  return isWorkingDay(date, calendar(parseIsoDate(date).year));
}

export function buildDigests(input: ReminderInput): Digest[] {
  const { date, calendar } = input;
  const preferenceOf = (userId: number) => input.preferences.get(userId) ?? DEFAULT_PREFERENCE;
  const receives = new Map<number, Frequency | null>();
  const frequencyOf = (userId: number): Frequency | null => {
    let f = receives.get(userId);
    if (f === undefined) {
      const p = preferenceOf(userId);
      receives.set(userId, (f = digestDay(p, date, calendar) ? p.frequency : null));
    }
    return f;
  };
  // Many tasks share a deadline: count the working days once per deadline.
  const leftByDue = new Map<string, number>();
  const leftUntil = (dueOn: string) => {
    let left = leftByDue.get(dueOn);
    if (left === undefined) leftByDue.set(dueOn, (left = workingDaysBetween(date, dueOn, calendar)));
    return left;
  };

  // Per person, by task: a secretary who also works on the responsible unit gets it once.
  const items = new Map<number, Map<number, DigestItem>>();
  const add = (userId: number, item: DigestItem, frequency: Frequency) => {
    if (frequencyOf(userId) !== frequency) return;
    let list = items.get(userId);
    if (!list) items.set(userId, (list = new Map()));
    list.set(item.taskId, item);
  };
  const none: readonly number[] = [];

  for (const task of input.tasks) {
    const left = leftUntil(task.dueOn);
    const event: ReminderEvent = task.dueOn < date ? "overdue" : task.dueOn === date ? "due_today" : "due_soon";
    const item: DigestItem = { taskId: task.id, title: task.title, dueOn: task.dueOn, event, workingDays: left };
    const daily = event !== "due_soon" || left === DAYS_BEFORE;
    const weekly = event !== "due_soon" || (left >= 1 && left <= WEEK_AHEAD);
    if (!daily && !weekly) continue;
    const people = task.responsibleUnitId === null ? none : (input.participantsOf.get(task.responsibleUnitId) ?? none);
    const secretaries = event === "overdue" || task.responsibleUnitId === null ? (input.secretariesOf.get(task.unitId) ?? none) : none;
    for (const userId of [...people, ...secretaries]) {
      if (daily) add(userId, item, "daily");
      if (weekly) add(userId, item, "weekly");
    }
  }

  const digests: Digest[] = [];
  for (const [userId, byTask] of items) {
    const { email, inApp } = preferenceOf(userId);
    const list = [...byTask.values()].sort((a, b) => EVENT_ORDER[a.event] - EVENT_ORDER[b.event] || a.workingDays - b.workingDays || a.taskId - b.taskId);
    digests.push({ userId, date, email, inApp, items: list });
  }
  return digests.sort((a, b) => a.userId - b.userId);
}
