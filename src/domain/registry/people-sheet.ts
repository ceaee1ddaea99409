// The people spreadsheet a ward already keeps, read row by row into plain records,
// with every problem named by row and column the way a clerk would look for it:
// "Dòng 14, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ".
import { findEthnicity, type Ethnicity } from "./ethnicities";
import { parseDate } from "../text/dates";
import { parseGender, type Gender } from "./person";
import { foldForSearch } from "../text/vietnamese";

export const PEOPLE_COLUMNS = [
  { key: "fullName", header: "Họ và tên", required: true, width: 28 },
  { key: "gender", header: "Giới tính", width: 10 },
  { key: "birthDate", header: "Ngày sinh", width: 13 },
  { key: "ethnicity", header: "Dân tộc", width: 12 },
  { key: "frontline", header: "Lao động trực tiếp", width: 12 },
  { key: "phone", header: "Số điện thoại", width: 15 },
  { key: "email", header: "Email", width: 26 },
  { key: "address", header: "Địa chỉ", width: 30 },
  { key: "unit", header: "Nơi sinh hoạt", width: 26 },
  { key: "household", header: "Mã hộ", width: 10 },
  { key: "householdRole", header: "Quan hệ với chủ hộ", width: 14 },
] as const;

export type CellValue = string | number | boolean | Date | null | undefined;

export interface PersonRow {
  row: number;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  ethnicity: Ethnicity | null;
  frontline: boolean;
  phone: string | null;
  email: string | null;
  address: string | null;
  /** Name or code of the sub-unit as typed; empty means the unit imported into. */
  unit: string | null;
  household: string | null;
  householdRole: string | null;
}

export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}

export type ParsedPeopleSheet = { rows: PersonRow[]; problems: SheetProblem[] };

const simplify = (s: string) => foldForSearch(s).replace(/[^a-z0-9]+/g, " ").trim();

/** A cell as text: Excel dates become day/month/year, numbers lose no digits. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  if (typeof value === "object") {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join("").normalize("NFC").trim();
    if (v.text !== undefined) return String(v.text).normalize("NFC").trim();
    if (v.result !== undefined) return cellText(v.result as CellValue);
  }
  return String(value).normalize("NFC").trim();
}

interface Column {
  key: string;
  header: string;
  required?: boolean;
}

/**
 * Finds the columns by their header (row 1), in any order and case, with or without
 * diacritics. Returns where each column is, or the problems of row 1; `suffix` names
 * the sheet in messages.
 */
function readHeader(table: CellValue[][], columns: readonly Column[], suffix = ""): { index: Map<string, number>; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const index = new Map<string, number>();
  (table[0] ?? []).forEach((cell, i) => {
    const h = simplify(cellText(cell));
    if (!h) return;
    const column = columns.find((c) => simplify(c.header) === h);
    if (!column) problems.push({ row: 1, column: cellText(cell) + suffix, message: "cột không có trong mẫu" });
    else index.set(column.key, i);
  });
  for (const c of columns) if (c.required && !index.has(c.key)) problems.push({ row: 1, column: c.header + suffix, message: "thiếu cột bắt buộc" });
  return { index, problems };
}

/** Each non-blank data row (numbered as in the sheet) with a reader of its cells by column key. */
function eachDataRow(table: CellValue[][], columns: readonly Column[], index: Map<string, number>, visit: (row: number, get: (key: string) => string) => void) {
  table.slice(1).forEach((cells, i) => {
    const get = (key: string) => {
      const at = index.get(key);
      return at === undefined ? "" : cellText(cells[at]);
    };
    if (columns.every((c) => get(c.key) === "")) return; // blank line
    visit(i + 2, get);
  });
}

/**
 * Reads the header row and the data rows (the header is row 1). Columns are found by
 * their header, in any order and case, with or without diacritics; a missing required
 * column or an unknown one is a problem of row 1.
 */
export function parsePeopleSheet(table: CellValue[][]): ParsedPeopleSheet {
  const { index, problems } = readHeader(table, PEOPLE_COLUMNS);
  if (problems.length) return { rows: [], problems };

  const rows: PersonRow[] = [];
  const seen = new Map<string, number>();
  eachDataRow(table, PEOPLE_COLUMNS, index, (row, get) => {
    const problem = (key: string, message: string) =>
      problems.push({ row, column: PEOPLE_COLUMNS.find((c) => c.key === key)!.header, message });

    const fullName = get("fullName").replace(/\s+/g, " ");
    if (!fullName) problem("fullName", "không được để trống");
    else if (fullName.length > 120) problem("fullName", "quá dài (tối đa 120 ký tự)");
    const genderText = get("gender");
    const gender = genderText ? parseGender(genderText) : null;
    if (genderText && !gender) problem("gender", `'${genderText}' phải là Nam hoặc Nữ`);
    const birthText = get("birthDate");
    const birthDate = birthText ? parseDate(birthText) : null;
    if (birthText && (!birthDate || birthDate > new Date().toISOString().slice(0, 10) || birthDate < "1900-01-01")) {
      problem("birthDate", `'${birthText}' không phải ngày hợp lệ`);
    }
    const ethnicityText = get("ethnicity");
    const ethnicity = ethnicityText ? findEthnicity(ethnicityText) : null;
    if (ethnicityText && !ethnicity) problem("ethnicity", `'${ethnicityText}' không có trong danh mục 54 dân tộc`);
    const frontlineText = simplify(get("frontline"));
    if (frontlineText && !["co", "khong", "x", "1", "0", "yes", "no"].includes(frontlineText)) problem("frontline", `'${get("frontline")}' phải là Có hoặc Không`);
    const phone = get("phone") || null;
    if (phone && !/^[0-9+ .()-]{8,20}$/.test(phone)) problem("phone", `'${phone}' không phải số điện thoại`);
    const email = get("email") || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problem("email", `'${email}' không phải địa chỉ email`);

    if (fullName && birthDate) {
      const key = `${foldForSearch(fullName)}|${birthDate}`;
      const first = seen.get(key);
      if (first) problem("fullName", `trùng với dòng ${first} (cùng họ tên và ngày sinh)`);
      else seen.set(key, row);
    }
    rows.push({
      row,
      fullName,
      gender,
      birthDate,
      ethnicity,
      frontline: ["co", "x", "1", "yes"].includes(frontlineText),
      phone,
      email,
      address: get("address") || null,
      unit: get("unit") || null,
      household: get("household") || null,
      householdRole: get("householdRole") || null,
    });
  });
  return { rows, problems };
}

export function describeProblem(p: SheetProblem): string {
  return `Dòng ${p.row}, cột ${p.column}: ${p.message}`;
}

export const COLLECTIVE_COLUMNS = [
  { key: "name", header: "Tên tập thể", required: true, width: 40 },
  { key: "kind", header: "Loại", width: 18 },
  { key: "memberCount", header: "Số thành viên", width: 14 },
  { key: "unit", header: "Nơi sinh hoạt", width: 26 },
] as const;

export interface CollectiveRow {
  row: number;
  name: string;
  kind: string;
  memberCount: number | null;
  unit: string | null;
}

/** The "Tập thể" sheet: groups commended as a whole (a club, a team, a troupe). */
export function parseCollectivesSheet(table: CellValue[][]): { rows: CollectiveRow[]; problems: SheetProblem[] } {
  const suffix = " (trang Tập thể)";
  const { index, problems } = readHeader(table, COLLECTIVE_COLUMNS, suffix);
  if (problems.length) return { rows: [], problems };
  const rows: CollectiveRow[] = [];
  const seen = new Map<string, number>();
  eachDataRow(table, COLLECTIVE_COLUMNS, index, (row, get) => {
    const column = (key: string) => COLLECTIVE_COLUMNS.find((c) => c.key === key)!.header + suffix;
    const name = get("name").replace(/\s+/g, " ");
    if (!name) problems.push({ row, column: column("name"), message: "không được để trống" });
    const countText = get("memberCount");
    const memberCount = countText ? Number(countText) : null;
    if (countText && (!Number.isInteger(memberCount) || memberCount! < 1 || memberCount! > 100_000)) {
      problems.push({ row, column: column("memberCount"), message: `'${countText}' phải là số nguyên dương` });
    }
    const key = foldForSearch(name);
    if (name && seen.has(key)) problems.push({ row, column: column("name"), message: `trùng với dòng ${seen.get(key)}` });
    else if (name) seen.set(key, row);
    rows.push({ row, name, kind: get("kind") || "Tập thể", memberCount: Number.isInteger(memberCount) ? memberCount : null, unit: get("unit") || null });
  });
  return { rows, problems };
}
