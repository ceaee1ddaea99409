// The yearly assessment list a unit keeps (STT, Họ và tên, Năm sinh, Tổ dân phố, Năm, Xếp loại),
// read row by row with every problem named by row and column. Ratings are taken the ways
// offices write them: "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "hoan thanh tot", "HTNV"…
import { RATINGS, type Rating } from "../../domain/catalogue/entries";
import { cellText, type CellValue, type SheetColumn } from "../../domain/imports/locate-table";
import { exampleMatcher, readSheet, simplify, type FontTable, type ParsedSheet } from "../../domain/imports/read-sheet";
import { readBirth } from "../../domain/registry/birth";
import { foldForSearch } from "../../domain/text/vietnamese";
import { FIRST_ASSESSMENT_YEAR } from "./fact-input";

export const ASSESSMENT_COLUMNS = [
  { key: "fullName", header: "Họ và tên", aliases: ["Họ tên", "Họ, tên", "Họ và tên cán bộ", "Họ và tên người được đánh giá"], required: true, width: 28 },
  { key: "birthDate", header: "Năm sinh", aliases: ["Ngày sinh", "Năm sinh / Ngày sinh", "Ngày sinh / Năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày"], width: 14 },
  { key: "unit", header: "Tổ dân phố / Đơn vị", aliases: ["Tổ dân phố", "Đơn vị", "Thôn", "Nơi sinh hoạt", "Đơn vị công tác", "Thôn, tổ dân phố", "Tổ dân phố, thôn"], width: 26 },
  { key: "year", header: "Năm", aliases: ["Năm đánh giá", "Năm xếp loại", "Năm đánh giá, xếp loại"], required: true, width: 8 },
  { key: "rating", header: "Xếp loại", aliases: ["Kết quả xếp loại", "Mức xếp loại", "Đánh giá, xếp loại", "Kết quả đánh giá", "Kết quả đánh giá, xếp loại", "Xếp loại chất lượng"], required: true, width: 32 },
  { key: "note", header: "Ghi chú", width: 20 },
] as const satisfies readonly (SheetColumn & { width: number })[];

export const ASSESSMENT_EXAMPLE = { fullName: "Nguyễn Thị Ánh", birthDate: "21/03/1980", unit: "Tổ dân phố Hòa Bình", year: 2024, rating: "Hoàn thành tốt nhiệm vụ", note: "" };

// Each rating as written, folded: the full words, the words without "nhiệm vụ", and the initials.
const RATING_WORDS: Record<Rating, string[]> = {
  excellent: ["hoan thanh xuat sac nhiem vu", "hoan thanh xuat sac", "htxsnv", "htxs", "xuat sac", "excellent"],
  good: ["hoan thanh tot nhiem vu", "hoan thanh tot", "httnv", "htt", "tot", "good"],
  completed: ["hoan thanh nhiem vu", "hoan thanh", "htnv", "ht", "completed"],
  not_completed: ["khong hoan thanh nhiem vu", "khong hoan thanh", "khtnv", "khong ht", "not completed", "not_completed"],
};

/** A rating as typed in a list, or null when it is none of the four. */
export function readRating(text: string): Rating | null {
  const s = simplify(text.replace(/_/g, " "));
  for (const rating of RATINGS) if (RATING_WORDS[rating].some((w) => simplify(w) === s)) return rating;
  return null;
}

export interface AssessmentRow {
  row: number;
  fullName: string;
  birthDate: string | null;
  birthYear: number | null;
  unit: string | null;
  year: number;
  rating: Rating;
  note: string;
  originals: Record<string, string>;
}

/** Reads the assessment sheet; `today` ("YYYY-MM-DD") bounds births and the year (up to next year). */
export function parseAssessmentSheet(table: CellValue[][], options: { fonts?: FontTable; today?: string } = {}): ParsedSheet<AssessmentRow> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const lastYear = Number(today.slice(0, 4)) + 1;
  const seen = new Map<string, number>();
  return readSheet(
    table,
    ASSESSMENT_COLUMNS,
    { fonts: options.fonts, isExample: exampleMatcher(ASSESSMENT_EXAMPLE, ["fullName", "birthDate", "unit"]) },
    (row, get, raw, originals, problem, { byGender }) => {
      const fullName = get("fullName").replace(/\s+/g, " ");
      if (!fullName) problem("fullName", "không được để trống");
      let birthValue = raw("birthDate");
      if (byGender.birthDate) {
        const cells = table[row - 1] ?? [];
        const [m, f] = [cells[byGender.birthDate.male], cells[byGender.birthDate.female]];
        birthValue = cellText(m) ? m : f;
      }
      let birthDate: string | null = null;
      let birthYear: number | null = null;
      if (cellText(birthValue)) {
        const reading = readBirth(unwrap(birthValue), today);
        if (reading.ok) [birthDate, birthYear] = [reading.birth.date, reading.birth.year];
        else problem("birthDate", reading.message);
      } else if (fullName) problem("birthDate", "không được để trống: cần năm sinh hoặc ngày sinh để tìm đúng người");
      const yearText = get("year");
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
      if (!yearText) problem("year", "không được để trống");
      else if (!(year >= FIRST_ASSESSMENT_YEAR && year <= lastYear)) problem("year", `'${yearText}' phải là năm từ ${FIRST_ASSESSMENT_YEAR} đến ${lastYear}`);
      const ratingText = get("rating");
      const rating = ratingText ? readRating(ratingText) : null;
      if (!ratingText) problem("rating", "không được để trống");
      else if (!rating)
        problem("rating", `'${ratingText}' không phải xếp loại; ghi Hoàn thành xuất sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ (HTNV) hoặc Không hoàn thành nhiệm vụ`);
      if (fullName && (birthDate || birthYear) && year) {
        const key = `${foldForSearch(fullName)}|${birthDate ?? birthYear}|${year}`;
        const first = seen.get(key);
        if (first) problem("year", `trùng với dòng ${first} (cùng người, cùng năm)`);
        else seen.set(key, row);
      }
      return { row, fullName, birthDate, birthYear, unit: get("unit") || null, year, rating: rating ?? "completed", note: get("note"), originals };
    },
  );
}

/** A formula's calculated value, or the cell's own. */
function unwrap(value: CellValue): CellValue {
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    const v = value as { result?: unknown };
    if (v.result !== undefined) return v.result as CellValue;
    return cellText(value);
  }
  return value;
}
