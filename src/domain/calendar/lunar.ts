// The Vietnamese lunar calendar (âm lịch), computed for Vietnam's time zone.
//
// Method: Hồ Ngọc Đức, "Âm lịch Việt Nam" (https://www.informatik.uni-leipzig.de/~duc/amlich/),
// which takes the new moons and the sun's longitude from Jean Meeus, "Astronomical
// Algorithms" (1998). The rules: a lunar month starts on the day (in local time) of a
// new moon; month 11 is the one that contains the winter solstice; a year with 13
// months between two months 11 repeats (as a leap month, tháng nhuận) the first month
// after month 11 that contains no major solar term (trung khí, a multiple of 30° of
// solar longitude).
//
// The day a new moon falls on depends on the time zone, which is why Vietnam (UTC+7)
// sometimes differs from China (UTC+8): Tết 1985 was 21 January in Vietnam, 20 February
// in China.
//
// Solar dates are plain {year, month, day} (proleptic Gregorian) or ISO "YYYY-MM-DD"
// strings; arithmetic goes through Julian day numbers, never through JS `Date`, so that
// the server's time zone cannot shift a day.

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** True in the repeated month of a leap year (tháng nhuận). */
  leap: boolean;
}

/** Hours east of UTC used for Vietnam's calendar. */
export const VIETNAM_UTC_OFFSET = 7;
export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 2199;

// ---------------------------------------------------------------- solar dates

/** The Julian day number of a (Gregorian) date: days counted continuously, so dates subtract. */
export function julianDay({ year, month, day }: SolarDate): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

export function fromJulianDay(jd: number): SolarDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** 0 = Sunday … 6 = Saturday (the numbering of `Date.getUTCDay`). */
export function weekday(date: SolarDate): number {
  return (julianDay(date) + 1) % 7;
}

export function isValidSolarDate(date: SolarDate): boolean {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12) return false;
  // Julian day numbers carry an overflowing day into the next month: a real date survives the round trip.
  const back = fromJulianDay(julianDay(date));
  return back.year === year && back.month === month && back.day === day;
}

/** "2024-02-10" → {year: 2024, month: 2, day: 10}; throws RangeError on anything else, such as "2024-02-30". */
export function parseIsoDate(iso: string): SolarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!date || !isValidSolarDate(date)) throw new RangeError(`not a valid ISO date: ${iso}`);
  return date;
}

export function toIsoDate({ year, month, day }: SolarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// ---------------------------------------------------------------- astronomy (Meeus)

const RAD = Math.PI / 180;
/** Mean length of a synodic month, in days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (k = 0 in `newMoon`). */
const NEW_MOON_1900 = 2415021.076998695;

/** Julian day (UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, abridged). */
function newMoon(k: number): number {
  const T = k / 1236.85; // Julian centuries since 1900-01-00.5
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * RAD) + 0.0021 * Math.sin(2 * RAD * M);
  c1 += -0.4068 * Math.sin(Mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * Mpr);
  c1 += -0.0004 * Math.sin(RAD * 3 * Mpr);
  c1 += 0.0104 * Math.sin(RAD * 2 * F) - 0.0051 * Math.sin(RAD * (M + Mpr));
  c1 += -0.0074 * Math.sin(RAD * (M - Mpr)) + 0.0004 * Math.sin(RAD * (2 * F + M));
  c1 += -0.0004 * Math.sin(RAD * (2 * F - M)) - 0.0006 * Math.sin(RAD * (2 * F + Mpr));
  c1 += 0.001 * Math.sin(RAD * (2 * F - Mpr)) + 0.0005 * Math.sin(RAD * (2 * Mpr + M));
  // ΔT (terrestrial minus universal time), in days.
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c1 - deltaT;
}

/** The sun's apparent longitude, in radians within [0, 2π), at Julian day `jd` (Meeus, ch. 25, low accuracy). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525; // Julian centuries since 2000-01-01 12:00 TT
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  const C = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(RAD * M) + (0.019993 - 0.000101 * T) * Math.sin(RAD * 2 * M) + 0.00029 * Math.sin(RAD * 3 * M);
  const L = (L0 + C) * RAD;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

// ---------------------------------------------------------------- local days

/** The local day (Julian day number) on which the k-th new moon falls. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** Which 30° sector (0–11) the sun is in at local midnight starting day `dayNumber`; sector 9 begins at the winter solstice. */
function sunSector(dayNumber: number, tz: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);
}

/** First day of lunar month 11 of the lunar year that ends in solar `year` (the month holding the December solstice). */
function month11Start(year: number, tz: number): number {
  const k = Math.floor((julianDay({ year, month: 12, day: 31 }) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k, tz);
  // If the sun has already passed the solstice at that new moon, month 11 began one moon earlier.
  return sunSector(start, tz) >= 9 ? newMoonDay(k - 1, tz) : start;
}

/** In a 13-month year starting at month 11 (first day `a11`), how many months after it the leap month is. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i, tz), tz);
  let previous: number;
  // The leap month is the first one that starts in the same sector as the next: no major term inside.
  do {
    previous = sector;
    i++;
    sector = sunSector(newMoonDay(k + i, tz), tz);
  } while (sector !== previous && i < 14);
  return i - 1;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`year ${year} is outside ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`);
  }
}

// ---------------------------------------------------------------- conversions

/**
 * The lunar date of a solar date (solar year 1900–2199). `tz` is for comparison with
 * other countries' calendars (8 for China); Vietnam's is the default.
 */
export function toLunar(date: SolarDate, tz: number = VIETNAM_UTC_OFFSET): LunarDate {
  if (!isValidSolarDate(date)) throw new RangeError(`not a valid date: ${toIsoDate(date)}`);
  checkYear(date.year);
  const dayNumber = julianDay(date);
  // The mean month only estimates which new moon starts the date's month: the true one may come a day later.
  let k = Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k, tz) > dayNumber) k--;
  const monthStart = newMoonDay(k, tz);

  // a11, b11: the months 11 before and after the date.
  let a11 = month11Start(date.year, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.year;
    a11 = month11Start(date.year - 1, tz);
  } else {
    year = date.year + 1;
    b11 = month11Start(date.year + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29); // months since month 11
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 belong to the lunar year that began before the solar new year.
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/**
 * The solar date of a lunar date (lunar year 1900–2199). Throws RangeError for a date that
 * does not exist: a leap month the year does not have, or day 30 of a 29-day month.
 */
export function fromLunar(date: LunarDate, tz: number = VIETNAM_UTC_OFFSET): SolarDate {
  const { year, month, day, leap } = date;
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`not a lunar date: ${day}/${month}/${year}`);
  }
  const [a11, b11] = month < 11 ? [month11Start(year - 1, tz), month11Start(year, tz)] : [month11Start(year, tz), month11Start(year + 1, tz)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
  let offset = (month - 11 + 12) % 12; // months after month 11
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, tz);
    const leapMonth = ((leapOffset + 9) % 12) + 1; // offset 1 repeats month 11, offset 2 month 12, offset 3 month 1…
    if (leap && month !== leapMonth) throw new RangeError(`lunar year ${year} has no leap month ${month}`);
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`lunar year ${year} has no leap month`);
  }
  const monthStart = newMoonDay(k + offset, tz);
  if (day > newMoonDay(k + offset + 1, tz) - monthStart) {
    throw new RangeError(`lunar month ${month}${leap ? " (leap)" : ""} of ${year} has no day ${day}`);
  }
  return fromJulianDay(monthStart + day - 1);
}
