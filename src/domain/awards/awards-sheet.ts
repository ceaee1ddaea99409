// The award list a ward already keeps (older decisions: who was commended, with what, by
// which decision), read row by row with every problem named by row and column, as the people
// sheet is: "Dòng 7, cột Ngày quyết định: ngày 01/09/2030 chưa đến". What the row names (the
// recipient, the form, the kind) is looked up later, against the registry and the catalogue
// in force on the decision's date.
import { RECIPIENT_KINDS, type RecipientKind } from "../catalogue/entries";
import { readBirth } from "../registry/birth";
import { readDate } from "../text/dates";
import { cellText, type CellValue, type SheetColumn } from "../imports/locate-table";
import { exampleMatcher, readSheet, simplify, type FontTable, type ParsedSheet } from "../imports/read-sheet";

export const AWARD_COLUMNS = [
  {
    key: "recipient",
    header: "Họ và tên / Tên tập thể",
    aliases: ["Họ và tên", "Họ tên", "Tên tập thể", "Tên cá nhân, tập thể", "Cá nhân, tập thể", "Tên cá nhân/tập thể", "Tên", "Người được khen thưởng", "Tên đơn vị"],
    required: true,
    width: 30,
  },
  { key: "recipientKind", header: "Loại", aliases: ["Loại đối tượng", "Đối tượng", "Cá nhân/Tập thể"], width: 12 },
  { key: "birth", header: "Năm sinh", aliases: ["Ngày sinh", "Ngày tháng năm sinh", "Sinh năm", "Ngày, tháng, năm sinh"], width: 12 },
  { key: "unit", header: "Đơn vị / Tổ dân phố", aliases: ["Đơn vị", "Tổ dân phố", "Thôn", "Thôn, tổ dân phố", "Nơi sinh hoạt", "Đơn vị công tác"], width: 24 },
  {
    key: "form",
    header: "Hình thức khen thưởng",
    aliases: ["Hình thức", "Danh hiệu", "Danh hiệu, hình thức", "Hình thức, danh hiệu", "Danh hiệu thi đua", "Hình thức khen", "Danh hiệu/Hình thức khen thưởng"],
    required: true,
    width: 30,
  },
  { key: "year", header: "Năm", aliases: ["Năm khen", "Năm được khen", "Năm đạt", "Năm thành tích"], width: 8 },
  { key: "kind", header: "Loại hình", aliases: ["Loại hình khen thưởng", "Loại khen thưởng"], width: 14 },
  { key: "decidingBody", header: "Cơ quan quyết định", aliases: ["Cấp khen", "Cơ quan ra quyết định", "Người ký quyết định", "Cấp quyết định", "Cơ quan khen thưởng"], width: 30 },
  { key: "decisionNumber", header: "Số quyết định", aliases: ["Số QĐ", "Quyết định số", "Số hiệu quyết định", "Số quyết định khen thưởng"], required: true, width: 16 },
  { key: "decisionDate", header: "Ngày quyết định", aliases: ["Ngày QĐ", "Ngày ký", "Ngày ký quyết định", "Ngày ban hành", "Ngày quyết định khen thưởng"], required: true, width: 14 },
  { key: "achievement", header: "Thành tích", aliases: ["Thành tích đạt được", "Nội dung thành tích", "Lý do khen", "Nội dung khen thưởng"], width: 40 },
] as const satisfies readonly (SheetColumn & { width: number })[];

/** The template's example row: never imported, from whichever sheet it comes back in. */
export const AWARD_EXAMPLE = {
  recipient: "Nguyễn Thị Ánh",
  recipientKind: "Cá nhân",
  birth: "1980",
  unit: "Tổ dân phố Hòa Bình",
  form: "Lao động tiên tiến",
  year: "2023",
  kind: "Công trạng",
  decidingBody: "Chủ tịch UBND phường",
  decisionNumber: "15/QĐ-UBND",
  decisionDate: "10/01/2024",
  achievement: "Hoàn thành tốt nhiệm vụ năm 2023",
};

/** How lists name each kind of recipient. */
const KIND_WORDS: Record<RecipientKind, string[]> = {
  person: ["ca nhan", "nguoi", "ong", "ba", "cn"],
  household: ["ho gia dinh", "ho", "gia dinh", "hgd"],
  collective: ["tap the", "tt", "nhom", "doi", "cau lac bo", "clb"],
  unit: ["don vi", "to dan pho", "thon", "khu pho", "xa", "phuong", "co quan", "dv"],
};

export function readRecipientKind(text: string): RecipientKind | null {
  const s = simplify(text);
  if (!s) return "person";
  if ((RECIPIENT_KINDS as readonly string[]).includes(text.trim())) return text.trim() as RecipientKind;
  for (const kind of RECIPIENT_KINDS) if (KIND_WORDS[kind].includes(s)) return kind;
  return null;
}

export interface AwardRow {
  row: number;
  recipient: string;
  recipientKind: RecipientKind;
  birthDate: string | null;
  birthYear: number | null;
  /** Name or code of the sub-unit (or a household's code) as typed; empty: the unit imported into. */
  unit: string | null;
  /** The form as typed: a catalogue code or a name. */
  form: string;
  year: number | null;
  /** The commendation kind as typed (empty: công trạng). */
  kind: string;
  decidingBody: string;
  decisionNumber: string;
  decisionDate: string | null;
  achievement: string;
  /** What legacy-font cells held before conversion, by column header. */
  originals: Record<string, string>;
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

/**
 * Reads the award sheet: the header anywhere in the first rows, in any order, with or without
 * diacritics or in a legacy font; dates as day/month/year, ISO or spreadsheet dates; a decision
 * dated after `today` is refused with its row.
 */
export function parseAwardsSheet(table: CellValue[][], options: { fonts?: FontTable; today?: string } = {}): ParsedSheet<AwardRow> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return readSheet(
    table,
    AWARD_COLUMNS,
    { fonts: options.fonts, isExample: exampleMatcher(AWARD_EXAMPLE, ["recipient", "decisionNumber"]) },
    (row, get, raw, originals, problem) => {
      const recipient = get("recipient").replace(/\s+/g, " ");
      if (!recipient) problem("recipient", "không được để trống");
      else if (recipient.length > 300) problem("recipient", "quá dài (tối đa 300 ký tự)");
      const kindText = get("recipientKind");
      const recipientKind = readRecipientKind(kindText);
      if (!recipientKind) problem("recipientKind", `'${kindText}' phải là cá nhân, hộ gia đình, tập thể hoặc đơn vị`);
      let birthDate: string | null = null;
      let birthYear: number | null = null;
      if (cellText(raw("birth"))) {
        const reading = readBirth(unwrap(raw("birth")), today);
        if (reading.ok) [birthDate, birthYear] = [reading.birth.date, reading.birth.year];
        else problem("birth", reading.message);
      }
      const form = get("form").replace(/\s+/g, " ");
      if (!form) problem("form", "không được để trống");
      const yearText = get("year");
      let year: number | null = null;
      if (yearText) {
        const n = Number(yearText);
        if (!Number.isInteger(n) || n < 1945 || n > 2200) problem("year", `'${yearText}' không phải năm hợp lệ (ví dụ 2024)`);
        else if (n > Number(today.slice(0, 4))) problem("year", `năm ${n} chưa đến`);
        else year = n;
      }
      const decisionNumber = get("decisionNumber").replace(/\s+/g, " ");
      if (!decisionNumber) problem("decisionNumber", "không được để trống");
      else if (decisionNumber.length > 60) problem("decisionNumber", "quá dài (tối đa 60 ký tự)");
      let decisionDate: string | null = null;
      const dateValue = unwrap(raw("decisionDate"));
      const dateText = dateValue instanceof Date ? `${dateValue.getUTCDate()}/${dateValue.getUTCMonth() + 1}/${dateValue.getUTCFullYear()}` : cellText(dateValue);
      if (!dateText) problem("decisionDate", "không được để trống");
      else {
        const reading = readDate(dateText, { minYear: 1945 });
        if (!reading.ok) problem("decisionDate", `'${dateText}' không phải ngày hợp lệ (ngày/tháng/năm, ví dụ 10/01/2024)`);
        else if (reading.iso > today) problem("decisionDate", `ngày ${dateText} chưa đến: không nhập quyết định đề ngày trong tương lai`);
        else decisionDate = reading.iso;
      }
      if (year && decisionDate && year > Number(decisionDate.slice(0, 4))) problem("year", `năm ${year} sau ngày quyết định ${dateText}`);
      const decidingBody = get("decidingBody").replace(/\s+/g, " ");
      if (decidingBody.length > 300) problem("decidingBody", "quá dài (tối đa 300 ký tự)");
      const achievement = get("achievement");
      if (achievement.length > 4000) problem("achievement", "quá dài (tối đa 4000 ký tự)");
      return {
        row,
        recipient,
        recipientKind: recipientKind ?? "person",
        birthDate,
        birthYear,
        unit: get("unit") || null,
        form,
        year,
        kind: get("kind"),
        decidingBody,
        decisionNumber,
        decisionDate,
        achievement,
        originals,
      };
    },
  );
}
