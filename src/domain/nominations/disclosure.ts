// Public disclosure (công khai) of the candidates for the period the catalogue sets, counted in
// working days: the period starts on the first working day on or after the posting and holds
// that many working days (a posting on the eve of Tết runs on after the break).
import { addWorkingDays, isWorkingDay, type HolidayCalendar } from "../calendar/working-days";

export interface DisclosureWindow {
  /** The first day the list is public (the posting day). */
  startsOn: string;
  /** The last day comments are taken. */
  endsOn: string;
  workingDays: number;
}

export function disclosureWindow(startsOn: string, workingDays: number, calendar: HolidayCalendar): DisclosureWindow {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`a disclosure lasts at least one working day: ${workingDays}`);
  const year = Number(startsOn.slice(0, 4));
  // Counting starts the day after the given date: from a working day, count n − 1 more.
  const endsOn = isWorkingDay(startsOn, calendar(year)) ? addWorkingDays(startsOn, workingDays - 1, calendar) : addWorkingDays(startsOn, workingDays, calendar);
  return { startsOn, endsOn, workingDays };
}

export type DisclosureState = "not_started" | "open" | "closed";

export function disclosureState(window: Pick<DisclosureWindow, "startsOn" | "endsOn">, today: string): DisclosureState {
  if (today < window.startsOn) return "not_started";
  return today <= window.endsOn ? "open" : "closed";
}
