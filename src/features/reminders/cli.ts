// `thidua reminders run [--on dd/mm/yyyy]`: queues a day's reminder digests now; the server
// runs it daily.
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { formatDate, todayInVietnam } from "../../domain/text/dates";
import { parseDateArgument } from "../../platform/validation";
import { CALENDAR_YEARS } from "../tasks/task-input";
import { scheduleReminders } from "./scheduler";

/**
 * Queues the reminder run of a date (today by default) now; a date already run or queued is
 * not run again, and no person gets a second digest for a day.
 */
export async function runRemindersCommand(db: Db, opts: { date?: string | undefined; baseUrl: string }): Promise<string> {
  const date = opts.date === undefined ? todayInVietnam() : parseDateArgument("--on", opts.date, CALENDAR_YEARS);
  const queued = await scheduleReminders(db, date, opts.baseUrl);
  return queued ? `Đã xếp lịch gửi nhắc việc ${formatDate(date)}.` : `Nhắc việc ${formatDate(date)} đã được xếp lịch trước đó.`;
}

export const remindersCommand = defineCommand({
  name: "reminders",
  help: [
    {
      usage: "reminders run [--on dd/mm/yyyy]",
      vi: "Xếp hàng bản tin nhắc việc của một ngày (mỗi người một bản); máy chủ tự chạy hằng ngày",
      en: "Queue a day's reminder digests (one per person); the server runs it daily",
    },
  ],
  options: { on: { type: "string" } },
  async run({ args: [sub], opts, config, withRuntime }) {
    if (sub !== "run") throw new UsageError("reminders run [--on dd/mm/yyyy]");
    const on = opts.on === undefined ? undefined : parseDateArgument("--on", opts.on, CALENDAR_YEARS);
    return withRuntime(async ({ deps }) => {
      console.log(await runRemindersCommand(deps.database.db, { ...(on ? { date: on } : {}), baseUrl: config.baseUrl }));
      return 0;
    });
  },
});
