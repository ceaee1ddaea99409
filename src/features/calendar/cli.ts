// `thidua calendar …` commands: the days off of a year, and a deadline in working days.
// They take the Government's adjustments as a parameter: the CLI passes the database's
// editable copy (calendarAdjustmentsFrom), the one administrators edit at /calendar; the
// shipped data is the default for callers without a database.
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { OFFICIAL_ADJUSTMENTS } from "../../domain/calendar/adjustments-data";
import { FIRST_HOLIDAY_YEAR, holidaysOf, LAST_HOLIDAY_YEAR, type CalendarAdjustment, type Holiday, type HolidayKind } from "../../domain/calendar/holidays";
import { parseIsoDate, weekday } from "../../domain/calendar/lunar";
import { addWorkingDays } from "../../domain/calendar/working-days";
import { formatDate, type Lang } from "../../domain/text/dates";
import { parseDateArgument } from "../../platform/validation";
import { CALENDAR_YEARS } from "../tasks/task-input";
import { loadAdjustments } from "./adjustments";

const WEEKDAYS: Record<Lang, readonly string[]> = {
  vi: ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

const KIND_LABELS: Record<Lang, Record<HolidayKind, string>> = {
  vi: { holiday: "Nghỉ lễ", compensatory: "Nghỉ bù", swapped: "Nghỉ theo thông báo", working_day: "Đi làm" },
  en: { holiday: "Holiday", compensatory: "Day off in lieu", swapped: "Announced day off", working_day: "Working day" },
};

/** "ngày 1 tháng 1 năm 2025 (Thứ Tư)" */
function formatDay(iso: string, lang: Lang): string {
  return `${formatDate(iso, lang)} (${WEEKDAYS[lang][weekday(parseIsoDate(iso))]})`;
}

const yearsText = `${FIRST_HOLIDAY_YEAR} đến ${LAST_HOLIDAY_YEAR}`;

function parseYear(value: number | string): number {
  const year = typeof value === "number" ? value : /^\d{4}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new Error(`Năm '${value}' không hợp lệ: nhập một năm từ ${yearsText}`);
  }
  return year;
}

/**
 * The days off of a year: a JSON array, or a table. `year` may be the text typed on the
 * command line, so that a wrong value is quoted as typed.
 */
export function calendarHolidaysCommand(
  args: { year: number | string; json: boolean; lang: Lang },
  adjustments: readonly CalendarAdjustment[] = OFFICIAL_ADJUSTMENTS,
): string {
  const { json, lang } = args;
  const year = parseYear(args.year);
  const days = holidaysOf(year, adjustments);
  const name = (d: Holiday) => (lang === "vi" ? d.name : d.nameEn);
  if (json) {
    return JSON.stringify(
      days.map((d) => ({ date: d.date, name: name(d), kind: d.kind, ...(d.source ? { source: d.source } : {}) })),
      null,
      2,
    );
  }

  const rows = days.map((d) => {
    const announced = d.kind === "swapped" || d.kind === "working_day";
    return [formatDay(d.date, lang), KIND_LABELS[lang][d.kind], announced ? `${name(d)} — ${d.source}` : name(d)] as const;
  });
  const dateWidth = Math.max(...rows.map(([date]) => date.length));
  const kindWidth = Math.max(...rows.map(([, kind]) => kind.length));
  const announcedThisYear = adjustments.some((a) => a.date.startsWith(`${year}-`));
  const text = {
    vi: {
      title: `Ngày nghỉ lễ, Tết năm ${year}`,
      note: announcedThisYear
        ? "Ngày nghỉ theo Bộ luật Lao động; ngày hoán đổi, làm bù theo văn bản ghi ở từng dòng."
        : `Không có dữ liệu hoán đổi ngày nghỉ năm ${year}: lịch theo quy tắc mặc định của Bộ luật Lao động; ngày nghỉ Chính phủ thông báo có thể khác.`,
    },
    en: {
      title: `Public holidays in ${year}`,
      note: announcedThisYear
        ? "Holidays under the Labour Code; swapped and make-up days as announced in the document on each line."
        : `No adjustments recorded for ${year}: the Labour Code's default days; the days the Government announces may differ.`,
    },
  }[lang];
  return [
    text.title,
    "",
    ...rows.map(([date, kind, what]) => `${date.padEnd(dateWidth)}  ${kind.padEnd(kindWidth)}  ${what}`),
    "",
    text.note,
  ].join("\n");
}

/**
 * The date `days` working days after `date` (before it when negative): "Hạn: ngày 20 tháng 2
 * năm 2024 (Thứ Ba)", or JSON `{ "date", "days", "due" }`. `date` is read as every date field
 * reads it (21/03/2024 or 2024-03-21; a wrong one is a ValidationError on DATE); `days` may
 * be the text typed.
 */
export function addWorkingDaysCommand(
  args: { date: string; days: number | string; json: boolean },
  adjustments: readonly CalendarAdjustment[] = OFFICIAL_ADJUSTMENTS,
): string {
  const { json } = args;
  const date = parseDateArgument("DATE", args.date, { minYear: FIRST_HOLIDAY_YEAR, maxYear: LAST_HOLIDAY_YEAR });
  const days = typeof args.days === "number" ? args.days : /^[+-]?\d+$/.test(args.days.trim()) ? Number(args.days) : NaN;
  if (!Number.isSafeInteger(days)) {
    throw new Error(`Số ngày làm việc '${args.days}' không hợp lệ: nhập một số nguyên, ví dụ 5 hoặc -3`);
  }

  const due = addWorkingDays(date, days, (year) => {
    if (year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
      throw new Error(`Hạn tính ra rơi vào năm ${year}, ngoài khoảng lịch được hỗ trợ (năm ${yearsText})`);
    }
    return holidaysOf(year, adjustments);
  });
  return json ? JSON.stringify({ date, days, due }) : `Hạn: ${formatDay(due, "vi")}`;
}

/** The Government's adjustments as the database holds them, for `calendar holidays|add-working-days`. */
export function calendarAdjustmentsFrom(db: Db): Promise<CalendarAdjustment[]> {
  return loadAdjustments(db);
}

export const calendarCommand = defineCommand({
  name: "calendar",
  help: [
    {
      usage: "calendar holidays YEAR [--json] [--lang en]",
      vi: "Ngày nghỉ lễ, Tết trong năm (âm lịch Việt Nam, nghỉ bù, hoán đổi)",
      en: "A year's public days off (Vietnamese lunar calendar, swaps)",
    },
    {
      usage: "calendar add-working-days DATE N [--json]",
      vi: "Hạn sau N ngày làm việc kể từ DATE (dd/mm/yyyy), bỏ qua ngày nghỉ",
      en: "The due date N working days after DATE",
    },
  ],
  options: { json: { type: "boolean" }, lang: { type: "string" } },
  async run({ args: [sub, arg, days], opts, withRuntime }) {
    // The days off come from the editable table (the shipped adjustments are its first rows).
    if (sub === "holidays") {
      if (!arg) throw new UsageError("calendar holidays YEAR [--json]");
      return withRuntime(async ({ deps }) => {
        console.log(calendarHolidaysCommand({ year: arg, json: !!opts.json, lang: opts.lang === "en" ? "en" : "vi" }, await calendarAdjustmentsFrom(deps.database.db)));
        return 0;
      });
    }
    if (sub === "add-working-days") {
      if (arg === undefined || days === undefined) throw new UsageError("calendar add-working-days DATE N");
      const date = parseDateArgument("DATE", arg, CALENDAR_YEARS);
      return withRuntime(async ({ deps }) => {
        console.log(addWorkingDaysCommand({ date, days, json: !!opts.json }, await calendarAdjustmentsFrom(deps.database.db)));
        return 0;
      });
    }
    throw new UsageError("calendar holidays YEAR | calendar add-working-days DATE N");
  },
});
