// A Task's deadline (hạn) in working days: computing it from "N ngày làm việc kể từ …",
// and where an open task stands on a given day (overdue, due soon, later, no date).
import { FIRST_HOLIDAY_YEAR, holidaysOf, LAST_HOLIDAY_YEAR, type CalendarAdjustment } from "../calendar/holidays";
import { addWorkingDays, workingDaysBetween, type HolidayCalendar } from "../calendar/working-days";
import { fromJulianDay, julianDay, parseIsoDate, toIsoDate } from "../calendar/lunar";

/** The calendar of any year with the Government's adjustments (the DB copy, in the app). */
export function workingCalendar(adjustments: readonly CalendarAdjustment[]): HolidayCalendar {
  const years = new Map<number, ReturnType<typeof holidaysOf>>();
  return (year) => {
    if (year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) throw new RangeError(`no calendar for ${year}`);
    let days = years.get(year);
    if (!days) years.set(year, (days = holidaysOf(year, adjustments)));
    return days;
  };
}

/** "N ngày làm việc kể từ ngày …": counting starts the day after the start date. */
export function dueAfterWorkingDays(startsOn: string, workingDays: number, calendar: HolidayCalendar): string {
  return addWorkingDays(startsOn, workingDays, calendar);
}

export function addCalendarDays(iso: string, days: number): string {
  return toIsoDate(fromJulianDay(julianDay(parseIsoDate(iso)) + days));
}

/** Where an open task stands on `today`: the board's groups. */
export type DueGroup = "overdue" | "soon" | "later" | "no_date";

/** "Due within 7 days" means calendar days, as people read a week. */
export const SOON_DAYS = 7;

export function dueGroup(dueOn: string | null, today: string): DueGroup {
  if (!dueOn) return "no_date";
  if (dueOn < today) return "overdue";
  return dueOn <= addCalendarDays(today, SOON_DAYS) ? "soon" : "later";
}

/**
 * Working days left until the deadline (positive: "còn N ngày làm việc"), or past it
 * (negative: "quá hạn N ngày làm việc"); 0 on the day itself. A deadline on a day off counts
 * as reached at the end of the last working day before it.
 */
export function workingDaysLeft(dueOn: string, today: string, calendar: HolidayCalendar): number {
  return workingDaysBetween(today, dueOn, calendar);
}
