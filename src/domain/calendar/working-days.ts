// Deadlines in working days (ngày làm việc): weekdays that are not days off, plus weekend
// days the Government made working days (làm bù).
import type { Holiday } from "./holidays";
import { fromJulianDay, julianDay, parseIsoDate, toIsoDate, weekday } from "./lunar";

/** The calendar of a year, usually `(year) => holidaysOf(year, adjustments)`. */
export type HolidayCalendar = (year: number) => readonly Holiday[];

/** Whether `date` (ISO) is a working day, given the days off of its year. */
export function isWorkingDay(date: string, holidays: readonly Holiday[]): boolean {
  const entry = holidays.find((h) => h.date === date);
  if (entry) return entry.kind === "working_day";
  const day = weekday(parseIsoDate(date));
  return day !== 0 && day !== 6;
}

/**
 * The date `n` working days after `start` (ISO). Counting starts the day after `start`, so
 * 1 from a Friday is the next Monday; negative `n` counts back ("3 working days before"),
 * from the day before. `n` = 0 returns `start` itself, working day or not: a deadline set
 * zero days after a date is that date, and moving it is the caller's decision.
 */
export function addWorkingDays(start: string, n: number, calendar: HolidayCalendar): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  const working = workingDayTest(calendar);
  const step = Math.sign(n);
  let jd = julianDay(parseIsoDate(start));
  for (let left = Math.abs(n); left > 0; ) {
    jd += step;
    if (working(jd)) left--;
  }
  return toIsoDate(fromJulianDay(jd));
}

/**
 * How many working days after `a` `b` is: the working days in (a, b], negative (those in
 * [b, a)) when `b` is earlier. For a working day `b`, `addWorkingDays(a, result) === b`.
 */
export function workingDaysBetween(a: string, b: string, calendar: HolidayCalendar): number {
  const working = workingDayTest(calendar);
  const from = julianDay(parseIsoDate(a));
  const to = julianDay(parseIsoDate(b));
  const [first, last, sign] = to >= from ? [from + 1, to, 1] : [to, from - 1, -1];
  let count = 0;
  for (let jd = first; jd <= last; jd++) if (working(jd)) count++;
  return sign * count;
}

/** A working-day test over Julian day numbers that asks the calendar once per year. */
function workingDayTest(calendar: HolidayCalendar): (jd: number) => boolean {
  const years = new Map<number, readonly Holiday[]>();
  return (jd) => {
    const date = fromJulianDay(jd);
    let holidays = years.get(date.year);
    if (!holidays) years.set(date.year, (holidays = calendar(date.year)));
    return isWorkingDay(toIsoDate(date), holidays);
  };
}
