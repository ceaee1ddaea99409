// A person's birth as ward lists record it: a full date, or only the year (common for
// elderly residents, whose papers never held a day), typed, stored by Excel as a date,
// or left as a number in a cell of General format.
import { readDate } from "../text/dates";
import type { CellValue } from "../imports/locate-table";

/** A birth: the day when it is known, the year always. */
export interface Birth {
  date: string | null;
  year: number;
}

export type BirthReading = { ok: true; birth: Birth } | { ok: false; message: string };

const EXPECTED = "hãy ghi ngày/tháng/năm với năm đủ 4 chữ số (21/03/1980) hoặc chỉ năm sinh (1945)";
// Excel counts days from 30/12/1899 (its 1900 system, leap-year quirk included for later dates).
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Reads a birth cell; `today` ("YYYY-MM-DD") bounds it, 1900 is the earliest year. */
export function readBirth(value: CellValue, today: string): BirthReading {
  const inRange = (birth: Birth): BirthReading =>
    birth.year < 1900 || (birth.date ?? String(birth.year)) > today
      ? { ok: false, message: `'${shown(value)}' nằm ngoài khoảng từ năm 1900 đến hôm nay` }
      : { ok: true, birth };

  if (value instanceof Date) return inRange({ date: isoOf(value), year: value.getUTCFullYear() });
  if (typeof value === "number") {
    // Four digits are a year (1905 as a day number would be a birth in 1905, never meant).
    if (Number.isInteger(value) && value >= 1000 && value <= 2199) return inRange({ date: null, year: value });
    // A date Excel keeps as its day number because the cell's format is General: 29301 is 21/03/1980.
    if (Number.isInteger(value) && value > 2199 && value < 80_000) {
      const date = new Date(EXCEL_EPOCH_UTC + value * DAY_MS);
      return inRange({ date: isoOf(date), year: date.getUTCFullYear() });
    }
    return { ok: false, message: `'${shown(value)}' không phải ngày sinh; ${EXPECTED}` };
  }
  const text = shown(value);
  if (/^\d{4}$/.test(text)) return inRange({ date: null, year: Number(text) });
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text)) return { ok: false, message: `'${text}': năm chỉ có 2 chữ số; ${EXPECTED}` };
  const reading = readDate(text, { minYear: 1, maxYear: 9999 });
  if (!reading.ok) return { ok: false, message: `'${text}' không phải ngày hợp lệ; ${EXPECTED}` };
  return inRange({ date: reading.iso, year: Number(reading.iso.slice(0, 4)) });
}

function shown(value: CellValue): string {
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    const v = value as { text?: string; result?: unknown };
    return String(v.text ?? v.result ?? "").trim();
  }
  return String(value ?? "").trim();
}

/** How a birth reads on a page: "ngày 21 tháng 3 năm 1980", or "năm 1945" when only the year is known. */
export function formatBirth(birth: { date: string | null; year: number | null }, formatDate: (iso: string) => string, yearWord: (year: number) => string): string {
  if (birth.date) return formatDate(birth.date);
  return birth.year ? yearWord(birth.year) : "";
}
