// The people spreadsheet a ward already keeps, read row by row into plain records,
// with every problem named by row and column the way a clerk would look for it:
// "Dòng 14, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ". The table is found
// wherever it is in the sheet (see locate-table), and legacy-font text is converted.
import { findEthnicity, type Ethnicity } from "./ethnicities";
import { parseGender, type Gender } from "./person";
import { readBirth } from "./birth";
import { foldForSearch } from "../text/vietnamese";
import { cellText, type CellValue, type SheetColumn, type SheetProblem } from "../imports/locate-table";
import { exampleMatcher, readSheet, simplify, type FontTable, type ParsedSheet } from "../imports/read-sheet";

export { cellText, type CellValue, type SheetProblem } from "../imports/locate-table";
export type { FontTable, ParsedSheet } from "../imports/read-sheet";

export const PEOPLE_COLUMNS = [
  { key: "fullName", header: "Họ và tên", aliases: ["Họ tên", "Họ, tên", "Họ và tên người dân", "Họ và tên khai sinh"], required: true, width: 28 },
  { key: "gender", header: "Giới tính", aliases: ["Giới", "Nam/Nữ", "Nam, nữ"], width: 10 },
  { key: "birthDate", header: "Ngày sinh", aliases: ["Năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày", "Ngày/tháng/năm sinh"], width: 13 },
  { key: "ethnicity", header: "Dân tộc", width: 12 },
  { key: "frontline", header: "Lao động trực tiếp", aliases: ["LĐ trực tiếp", "Người lao động trực tiếp"], width: 12 },
  { key: "phone", header: "Số điện thoại", aliases: ["Điện thoại", "SĐT", "Số ĐT", "Điện thoại liên hệ"], width: 15 },
  { key: "email", header: "Email", aliases: ["E-mail", "Thư điện tử"], width: 26 },
  { key: "address", header: "Địa chỉ", aliases: ["Nơi ở", "Nơi ở hiện nay", "Chỗ ở hiện nay", "Địa chỉ thường trú", "Nơi thường trú"], width: 30 },
  { key: "unit", header: "Nơi sinh hoạt", aliases: ["Tổ dân phố", "Thôn", "Thôn, tổ dân phố", "Tổ dân phố, thôn", "Thôn/Tổ dân phố", "Tổ dân phố/Thôn", "Chi hội"], width: 26 },
  { key: "household", header: "Mã hộ", aliases: ["Số hộ", "Hộ số"], width: 10 },
  { key: "householdRole", header: "Quan hệ với chủ hộ", aliases: ["Quan hệ chủ hộ", "Quan hệ với chủ hộ gia đình", "Quan hệ"], width: 14 },
] as const satisfies readonly (SheetColumn & { width: number })[];

/** The template's example row: never imported, from whichever sheet it comes back in. */
export const PEOPLE_EXAMPLE = {
  fullName: "Nguyễn Thị Ánh",
  gender: "Nữ",
  birthDate: "21/03/1980",
  ethnicity: "Kinh",
  frontline: "Có",
  phone: "0912 345 678",
  address: "12 Nguyễn Trãi",
  unit: "Tổ dân phố Hòa Bình",
  household: "H001",
  householdRole: "Chủ hộ",
};

export interface PersonRow {
  row: number;
  fullName: string;
  gender: Gender | null;
  /** The day of birth when known; `birthYear` alone when the list gives only the year. */
  birthDate: string | null;
  birthYear: number | null;
  ethnicity: Ethnicity | null;
  frontline: boolean;
  phone: string | null;
  email: string | null;
  address: string | null;
  /** Name or code of the sub-unit as typed; empty means the unit imported into. */
  unit: string | null;
  household: string | null;
  householdRole: string | null;
  /** What legacy-font cells held before conversion, by column header. */
  originals: Record<string, string>;
}

export type ParsedPeopleSheet = ParsedSheet<PersonRow>;

/**
 * Reads the people sheet: the header anywhere in the first rows, in any order and case,
 * with or without diacritics or in a legacy font, under a title and over one or two rows;
 * the year of birth alone or under "Nam" / "Nữ"; every problem by row and column.
 */
export function parsePeopleSheet(table: CellValue[][], options: { fonts?: FontTable; today?: string } = {}): ParsedPeopleSheet {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const seen = new Map<string, number>();
  return readSheet(
    table,
    PEOPLE_COLUMNS,
    { fonts: options.fonts, isExample: exampleMatcher(PEOPLE_EXAMPLE, ["fullName", "address", "household"]) },
    (row, get, raw, originals, problem, { byGender }) => {
      const fullName = get("fullName").replace(/\s+/g, " ");
      if (!fullName) problem("fullName", "không được để trống");
      else if (fullName.length > 120) problem("fullName", "quá dài (tối đa 120 ký tự)");
      const cells = table[row - 1] ?? [];
      // "Giới tính" over "Nam" | "Nữ": a mark under the person's gender.
      let genderText = get("gender");
      let gender = genderText ? parseGender(genderText) : null;
      if (genderText && !gender) problem("gender", `'${genderText}' phải là Nam hoặc Nữ`);
      if (byGender.gender) {
        const [m, f] = [cellText(cells[byGender.gender.male]), cellText(cells[byGender.gender.female])];
        if (m && f) problem("gender", "có đánh dấu ở cả cột Nam và cột Nữ; hãy để một");
        else if (m || f) [gender, genderText] = m ? ["male", "Nam"] : ["female", "Nữ"];
      }

      // "Năm sinh" over "Nam" | "Nữ": the year under the person's gender, which it gives too.
      let birthValue = raw("birthDate");
      if (byGender.birthDate) {
        const male = cells[byGender.birthDate.male];
        const female = cells[byGender.birthDate.female];
        const [m, f] = [cellText(male), cellText(female)];
        if (m && f) problem("birthDate", "có năm sinh ở cả cột Nam và cột Nữ; hãy để một");
        else if (m || f) {
          birthValue = m ? male : female;
          const split: Gender = m ? "male" : "female";
          if (gender && gender !== split) problem("gender", `'${genderText}' khác với cột năm sinh ${m ? "Nam" : "Nữ"}`);
          gender = split;
          genderText ||= m ? "Nam" : "Nữ";
        }
      }
      let birthDate: string | null = null;
      let birthYear: number | null = null;
      if (cellText(birthValue)) {
        const reading = readBirth(unwrap(birthValue), today);
        if (reading.ok) [birthDate, birthYear] = [reading.birth.date, reading.birth.year];
        else problem("birthDate", reading.message);
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

      if (fullName && (birthDate || birthYear)) {
        const key = `${foldForSearch(fullName)}|${birthDate ?? birthYear}`;
        const first = seen.get(key);
        if (first) problem("fullName", `trùng với dòng ${first} (cùng họ tên và ${birthDate ? "ngày sinh" : "năm sinh"})`);
        else seen.set(key, row);
      }
      return {
        row,
        fullName,
        gender,
        birthDate,
        birthYear,
        ethnicity,
        frontline: ["co", "x", "1", "yes"].includes(frontlineText),
        phone,
        email,
        address: get("address") || null,
        unit: get("unit") || null,
        household: get("household") || null,
        householdRole: get("householdRole") || null,
        originals,
      };
    },
  );
}

/** A formula's calculated value, or the cell's own. */
function unwrap(value: CellValue): CellValue {
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    const v = value as { result?: unknown; richText?: { text: string }[] };
    if (v.result !== undefined) return v.result as CellValue;
    return cellText(value);
  }
  return value;
}

export function describeProblem(p: SheetProblem): string {
  return `Dòng ${p.row}, cột ${p.column}: ${p.message}`;
}

export const COLLECTIVE_COLUMNS = [
  { key: "name", header: "Tên tập thể", aliases: ["Tên", "Tập thể"], required: true, width: 40 },
  { key: "kind", header: "Loại", aliases: ["Loại tập thể", "Loại hình"], width: 18 },
  { key: "memberCount", header: "Số thành viên", aliases: ["Số hội viên", "Số người"], width: 14 },
  { key: "unit", header: "Nơi sinh hoạt", aliases: ["Tổ dân phố", "Thôn"], width: 26 },
] as const satisfies readonly (SheetColumn & { width: number })[];

export const COLLECTIVE_EXAMPLE = { name: "Câu lạc bộ Dưỡng sinh phường", kind: "Câu lạc bộ", memberCount: 35, unit: "" };

export interface CollectiveRow {
  row: number;
  name: string;
  kind: string;
  memberCount: number | null;
  unit: string | null;
  originals: Record<string, string>;
}

/** The "Tập thể" sheet: groups commended as a whole (a club, a team, a troupe). */
export function parseCollectivesSheet(table: CellValue[][], options: { fonts?: FontTable } = {}): ParsedSheet<CollectiveRow> {
  const seen = new Map<string, number>();
  return readSheet(
    table,
    COLLECTIVE_COLUMNS,
    { fonts: options.fonts, sheet: "Tập thể", isExample: exampleMatcher(COLLECTIVE_EXAMPLE, ["name", "kind"]) },
    (row, get, _raw, originals, problem) => {
      const name = get("name").replace(/\s+/g, " ");
      if (!name) problem("name", "không được để trống");
      const countText = get("memberCount");
      const memberCount = countText ? Number(countText) : null;
      if (countText && (!Number.isInteger(memberCount) || memberCount! < 1 || memberCount! > 100_000)) problem("memberCount", `'${countText}' phải là số nguyên dương`);
      const key = foldForSearch(name);
      if (name && seen.has(key)) problem("name", `trùng với dòng ${seen.get(key)}`);
      else if (name) seen.set(key, row);
      return { row, name, kind: get("kind") || "Tập thể", memberCount: Number.isInteger(memberCount) ? memberCount : null, unit: get("unit") || null, originals };
    },
  );
}
