// Dates as Vietnamese officials write them: "ngày 21 tháng 3 năm 2024" (no
// leading zeros), always in Vietnam's time zone whatever the server's.
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";
export type Lang = "vi" | "en";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: VN_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

interface VnParts {
  day: number;
  month: number;
  year: number;
  hour: string;
  minute: string;
}

function vnParts(date: Date): VnParts {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return { day: Number(parts.day), month: Number(parts.month), year: Number(parts.year), hour: parts.hour!, minute: parts.minute! };
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A calendar date (a `Date` at any time of that day in Vietnam, or "YYYY-MM-DD"). */
export function formatDate(value: Date | string, lang: Lang = "vi"): string {
  const { day, month, year } = typeof value === "string" ? isoDateParts(value) : vnParts(value);
  return lang === "vi" ? `ngày ${day} tháng ${month} năm ${year}` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** A moment, with its time: "08:05 ngày 21 tháng 3 năm 2024". */
export function formatDateTime(value: Date, lang: Lang = "vi"): string {
  const { hour, minute } = vnParts(value);
  return lang === "vi" ? `${hour}:${minute} ${formatDate(value, lang)}` : `${formatDate(value, lang)}, ${hour}:${minute}`;
}

function isoDateParts(iso: string): { day: number; month: number; year: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Today's date in Vietnam as "YYYY-MM-DD", whatever the server's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  const { day, month, year } = vnParts(now);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The years a typed date may have: birth dates to far deadlines, and the lunar calendar's range. */
export const FIRST_DATE_YEAR = 1900;
export const LAST_DATE_YEAR = 2199;

/** How a typed date was read: the day as "YYYY-MM-DD", or why it is not one. */
export type DateReading = { ok: true; iso: string } | { ok: false; problem: "empty" | "not_a_date" | "out_of_range" };

const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/**
 * Reads a date as people type it: "21/03/2024" or "21/3/2024" (day first, as Vietnamese
 * offices write it; "-" or "." between, as spreadsheets sometimes do) or "2024-03-21" (as
 * date pickers and the API send it). Only real days: 30/02/2024 and 31/04/2024 are refused,
 * the year has four digits and lies between `minYear` and `maxYear`.
 */
export function readDate(text: string, range: { minYear?: number; maxYear?: number } = {}): DateReading {
  const { minYear = FIRST_DATE_YEAR, maxYear = LAST_DATE_YEAR } = range;
  const t = text.trim();
  if (t === "") return { ok: false, problem: "empty" };
  const vn = VN_DATE.exec(t);
  const iso = vn ? null : ISO_DATE.exec(t);
  if (!vn && !iso) return { ok: false, problem: "not_a_date" };
  const [y, m, d] = vn ? [Number(vn[3]), Number(vn[2]), Number(vn[1])] : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, problem: "not_a_date" };
  if (y < minYear || y > maxYear) return { ok: false, problem: "out_of_range" };
  return { ok: true, iso: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

/** A typed date as "YYYY-MM-DD", or null when it is not a real day (see readDate). */
export function parseDate(text: string): string | null {
  const reading = readDate(text);
  return reading.ok ? reading.iso : null;
}

/** "2024-03-21" as a form shows it: "21/03/2024". */
export function formatShortDate(iso: string): string {
  const { day, month, year } = isoDateParts(iso);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
