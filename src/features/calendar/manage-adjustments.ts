// The calendar page's use cases: a year's days off as the database's adjustments make
// them, and adding or removing an adjustment (calendar.manage). The table is national
// data: every deadline and reminder is counted on it.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { calendarAdjustments } from "../../db/schema";
import { FIRST_HOLIDAY_YEAR, holidaysOf, LAST_HOLIDAY_YEAR, type Holiday } from "../../domain/calendar/holidays";
import { readDate, todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { CALENDAR_YEARS } from "../tasks/task-input";
import { calendarPolicy } from "./policy";
import { loadAdjustments } from "./adjustments";

export const CalendarYearInput = z.object({
  year: z.coerce.number().int().min(FIRST_HOLIDAY_YEAR).max(LAST_HOLIDAY_YEAR).catch(() => Number(todayInVietnam().slice(0, 4))),
});

export const AddAdjustmentInput = z.object({
  date: fields.date(CALENDAR_YEARS),
  kind: z.enum(["day_off", "working_day"], { error: "errors.calendar_kind" }),
  name: fields.requiredText(200),
  source: fields.requiredText(300),
});

export interface CalendarYear {
  year: number;
  days: Holiday[];
  adjustments: (typeof calendarAdjustments.$inferSelect)[];
}

export async function calendarOfYear(actor: Actor, db: DbOrTx, input: unknown): Promise<CalendarYear> {
  authorize(calendarPolicy.manage(actor), "calendar.manage");
  const { year } = parseInput(CalendarYearInput, input);
  const all = await loadAdjustments(db);
  const rows = await db.select().from(calendarAdjustments).orderBy(calendarAdjustments.date);
  return { year, days: holidaysOf(year, all), adjustments: rows.filter((r) => r.date.startsWith(`${year}-`)) };
}

export async function addAdjustment(actor: Actor, input: unknown, db: Db) {
  authorize(calendarPolicy.manage(actor), "calendar.manage");
  const values = parseInput(AddAdjustmentInput, input);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(calendarAdjustments).values({ ...values, createdBy: actor.id }).onConflictDoNothing().returning();
    if (!row) throw ValidationError.field("date", "errors.calendar_date_taken");
    await audit(tx, actor, { action: "calendar.adjustment_added", entityType: "calendar_adjustment", entityId: row.date, after: row });
    return row;
  });
}

export async function removeAdjustment(actor: Actor, date: string, db: Db) {
  authorize(calendarPolicy.manage(actor), "calendar.manage");
  const day = readDate(date, CALENDAR_YEARS);
  if (!day.ok) throw new NotFound("calendar_adjustment");
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(calendarAdjustments).where(eq(calendarAdjustments.date, day.iso)).returning();
    if (!row) throw new NotFound("calendar_adjustment");
    await audit(tx, actor, { action: "calendar.adjustment_removed", entityType: "calendar_adjustment", entityId: row.date, before: row });
    return row;
  });
}
