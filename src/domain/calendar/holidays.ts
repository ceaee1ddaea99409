// Vietnam's public holidays (ngày nghỉ lễ, Tết) for a year: the days the Labour Code in
// force grants, the compensatory days it gives when one falls on a weekend, then the
// Government's yearly changes (hoán đổi, làm bù), which come in as data because they are
// only known when announced.
//
// Saturdays and Sundays are the weekly rest days here, as for public servants: the
// deadlines this serves are those of government offices.
import { fromJulianDay, fromLunar, julianDay, LAST_SUPPORTED_YEAR, parseIsoDate, toIsoDate, toLunar, weekday, type SolarDate } from "./lunar";

/** One change the Government announced for a year: a weekday made a day off, or a weekend day (or default day off) made a working day. */
export interface CalendarAdjustment {
  date: string; // ISO
  kind: "day_off" | "working_day";
  name: string;
  /** English name; a generic one is used when absent. */
  nameEn?: string;
  /** The document that announced it, e.g. "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023". */
  source: string;
}

/**
 * holiday: granted by the Labour Code; compensatory: nghỉ bù for a holiday on a weekend;
 * swapped: made a day off by an adjustment; working_day: made a working day by an
 * adjustment (làm bù), listed so that one list is the whole calendar.
 */
export type HolidayKind = "holiday" | "compensatory" | "swapped" | "working_day";

export interface Holiday {
  date: string; // ISO
  name: string;
  nameEn: string;
  kind: HolidayKind;
  source?: string;
}

export const FIRST_HOLIDAY_YEAR = 2013;
export const LAST_HOLIDAY_YEAR = LAST_SUPPORTED_YEAR;

/** What the Labour Code in force on a date grants; a holiday follows the rule in force on its own date. */
interface HolidayRule {
  from: string; // ISO; the first rule starts where this table starts, not where its law did
  law: string;
  /** The clause giving the next working day off for a holiday on a weekly rest day. */
  compensation: string;
  lunarNewYearDays: number;
  nationalDayDays: 1 | 2;
}

const RULES: readonly HolidayRule[] = [
  {
    from: `${FIRST_HOLIDAY_YEAR}-01-01`,
    law: "Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73",
    compensation: "Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73",
    lunarNewYearDays: 4,
    nationalDayDays: 1,
  },
  {
    from: "2013-05-01",
    law: "Bộ luật Lao động 2012, Điều 115",
    compensation: "Bộ luật Lao động 2012, Điều 115 khoản 3",
    lunarNewYearDays: 5,
    nationalDayDays: 1,
  },
  {
    from: "2021-01-01",
    law: "Bộ luật Lao động 2019, Điều 112",
    compensation: "Bộ luật Lao động 2019, Điều 112 khoản 3",
    lunarNewYearDays: 5,
    nationalDayDays: 2,
  },
];

function ruleOn(date: string): HolidayRule {
  return RULES.findLast((rule) => rule.from <= date) ?? RULES[0]!;
}

function isWeekend(jd: number): boolean {
  const day = weekday(fromJulianDay(jd));
  return day === 0 || day === 6;
}

const byDate = (a: Holiday, b: Holiday) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The days off of `year` (2013–2199), sorted by date. `adjustments` are the Government's
 * changes; each one replaces whatever the rules put on its date, and those of other years
 * are ignored.
 */
export function holidaysOf(year: number, adjustments: readonly CalendarAdjustment[] = []): Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new RangeError(`holidays are known for ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR}, not ${year}`);
  }
  const granted = grantedHolidays(year);
  // No two holidays share a date (Giỗ Tổ falls on 29/4 at the latest), so a date holds one entry.
  const onDate = new Map([...granted, ...compensatoryDays(granted)].map((day) => [day.date, day]));

  const seen = new Set<string>();
  for (const adjustment of adjustments) {
    const { date } = adjustment;
    parseIsoDate(date); // a malformed date is an error in the data, whatever its year
    if (!date.startsWith(`${year}-`)) continue;
    if (seen.has(date)) throw new RangeError(`two adjustments for ${date}`);
    seen.add(date);
    onDate.set(date, fromAdjustment(adjustment));
  }
  return [...onDate.values()].sort(byDate);
}

function fromAdjustment(adjustment: CalendarAdjustment): Holiday {
  const dayOff = adjustment.kind === "day_off";
  return {
    date: adjustment.date,
    name: adjustment.name,
    nameEn: adjustment.nameEn ?? (dayOff ? "Day off (swapped)" : "Working day (make-up)"),
    kind: dayOff ? "swapped" : "working_day",
    source: adjustment.source,
  };
}

/** The holidays the Labour Code grants in `year`, before any weekend compensation. */
function grantedHolidays(year: number): Holiday[] {
  const holiday = (date: SolarDate, name: string, nameEn: string): Holiday => {
    const iso = toIsoDate(date);
    return { date: iso, name, nameEn, kind: "holiday", source: ruleOn(iso).law };
  };
  const days: Holiday[] = [holiday({ year, month: 1, day: 1 }, "Tết Dương lịch", "New Year's Day")];

  // Tết: the Government picks the days each year; by default the last day of the old
  // lunar year (29 or 30 tháng Chạp) and the first days of the new one.
  const tet = julianDay(fromLunar({ year, month: 1, day: 1, leap: false }));
  const eve = fromJulianDay(tet - 1);
  days.push(holiday(eve, `Tết Âm lịch (${toLunar(eve).day} tháng Chạp)`, "Lunar New Year's Eve"));
  const tetDays = ruleOn(toIsoDate(eve)).lunarNewYearDays;
  for (let i = 1; i < tetDays; i++) {
    days.push(holiday(fromJulianDay(tet + i - 1), `Tết Âm lịch (mùng ${i} tháng Giêng)`, `Lunar New Year (day ${i})`));
  }

  days.push(
    holiday(fromLunar({ year, month: 3, day: 10, leap: false }), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hung Kings' Commemoration Day"),
    holiday({ year, month: 4, day: 30 }, "Ngày Chiến thắng (30/4)", "Reunification Day"),
    holiday({ year, month: 5, day: 1 }, "Ngày Quốc tế Lao động (1/5)", "International Labour Day"),
  );

  // Since 2021 Quốc khánh is 2/9 plus one day before or after, chosen by the Government
  // each year. By default the day before; an adjustment moves it.
  if (ruleOn(`${year}-09-02`).nationalDayDays === 2) {
    const adjacent = holiday({ year, month: 9, day: 1 }, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)");
    days.push({ ...adjacent, source: `${adjacent.source}; ngày liền kề mặc định là 1/9, Chính phủ quyết định mỗi năm` });
  }
  days.push(holiday({ year, month: 9, day: 2 }, "Quốc khánh (2/9)", "National Day"));
  return days;
}

/** For each holiday on a Saturday or Sunday, the next weekday that is not already off (in date order). */
function compensatoryDays(granted: readonly Holiday[]): Holiday[] {
  const off = new Set(granted.map((h) => julianDay(parseIsoDate(h.date))));
  const result: Holiday[] = [];
  for (const holiday of [...granted].sort(byDate)) {
    let jd = julianDay(parseIsoDate(holiday.date));
    if (!isWeekend(jd)) continue;
    do jd++;
    while (isWeekend(jd) || off.has(jd));
    off.add(jd);
    result.push({
      date: toIsoDate(fromJulianDay(jd)),
      name: `Nghỉ bù ${holiday.name}`,
      nameEn: `Day off in lieu of ${holiday.nameEn}`,
      kind: "compensatory",
      source: ruleOn(holiday.date).compensation,
    });
  }
  return result;
}
