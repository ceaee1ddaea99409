// The Government's adjustments to days off, as the database holds them (editable at
// /calendar; the migration 0008 seeded them from the shipped data).
import { asc } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { calendarAdjustments } from "../../db/schema";
import type { CalendarAdjustment } from "../../domain/calendar/holidays";
import type { HolidayCalendar } from "../../domain/calendar/working-days";
import { workingCalendar } from "../../domain/tasks/deadlines";

export async function loadAdjustments(db: DbOrTx): Promise<CalendarAdjustment[]> {
  const rows = await db.select().from(calendarAdjustments).orderBy(asc(calendarAdjustments.date));
  return rows.map((r) => ({
    date: r.date,
    kind: r.kind === "working_day" ? "working_day" : "day_off",
    name: r.name,
    ...(r.nameEn ? { nameEn: r.nameEn } : {}),
    source: r.source,
  }));
}

/** Working days as the database's adjustments say, for deadlines and reminders. */
export async function loadCalendar(db: DbOrTx): Promise<HolidayCalendar> {
  return workingCalendar(await loadAdjustments(db));
}
