// `thidua tasks overdue`, `thidua reminders run` and the calendar commands' data: the
// operator's view (system actor). The calendar commands read the adjustments from the
// database (calendarAdjustmentsFrom), the copy administrators edit at /calendar.
import type { Db } from "../../db/client";
import type { CalendarAdjustment } from "../../domain/calendar/holidays";
import { formatDate, todayInVietnam } from "../../domain/text/dates";
import { Actor } from "../../platform/actor";
import { loadAdjustments } from "../calendar/adjustments";
import { scheduleReminders } from "../reminders/scheduler";
import { unitByCode } from "../units/unit-by-code";
import { overdueTasks } from "./list-tasks";
import { parseDateArgument } from "../../platform/validation";
import { CALENDAR_YEARS } from "./task-input";

export class TaskCliError extends Error {}

/** The Government's adjustments as the database holds them, for `calendar holidays|add-working-days`. */
export function calendarAdjustmentsFrom(db: Db): Promise<CalendarAdjustment[]> {
  return loadAdjustments(db);
}

/** Open tasks past their deadline (all units, or those assigned by or to one unit): JSON or one line each. */
export async function overdueTasksCommand(db: Db, opts: { unit?: string | undefined; json: boolean }): Promise<string> {
  const unit = opts.unit ? (await unitByCode(db, opts.unit)).id : undefined;
  const rows = await overdueTasks(Actor.system(), db, unit ? { unit: String(unit) } : {});
  if (opts.json) {
    return JSON.stringify(
      rows.map((t) => ({ id: t.id, title: t.title, responsible: t.responsibleLabel, assignedBy: t.unitName, dueOn: t.dueOn, workingDaysOverdue: -(t.workingDaysLeft ?? 0) })),
      null,
      2,
    );
  }
  if (rows.length === 0) return "Không có nhiệm vụ quá hạn.";
  return rows.map((t) => `#${t.id}  ${t.title}${t.title.startsWith(t.responsibleLabel) ? "" : ` (${t.responsibleLabel})`} — hạn ${formatDate(t.dueOn!)}, quá hạn ${-(t.workingDaysLeft ?? 0)} ngày làm việc`).join("\n");
}

/**
 * Queues the reminder run of a date (today by default) now; a date already run or queued is
 * not run again, and no person gets a second digest for a day.
 */
export async function runRemindersCommand(db: Db, opts: { date?: string | undefined; baseUrl: string }): Promise<string> {
  const date = opts.date === undefined ? todayInVietnam() : parseDateArgument("--on", opts.date, CALENDAR_YEARS);
  const queued = await scheduleReminders(db, date, opts.baseUrl);
  return queued ? `Đã xếp lịch gửi nhắc việc ${formatDate(date)}.` : `Nhắc việc ${formatDate(date)} đã được xếp lịch trước đó.`;
}
