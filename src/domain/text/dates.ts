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
