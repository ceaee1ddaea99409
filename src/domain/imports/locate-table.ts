// Finds the table inside a sheet the way a clerk reads it: the header is wherever the
// column names are (under a title, over one or two rows, with an STT column), the data
// are the rows below it, and what is not data — spacer rows, a numbering row
// "(1) (2) (3)", a "Tổng cộng" row, the signature block — is recognised and left out.
// Anything else that does not fit is reported once, with what to change.
import { foldForSearch } from "../text/vietnamese";

export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetColumn {
  key: string;
  /** The template's header. */
  header: string;
  /** Other headers ward offices use for the same column. */
  aliases?: readonly string[];
  required?: boolean;
}

/** A problem of the sheet as a whole or of one cell, in words a clerk can act on. */
export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}

export type SkipReason = "title" | "numbering" | "total" | "signature" | "example";

export interface SkippedRow {
  row: number;
  reason: SkipReason;
  /** The row's text, so the preview can show what was left out. */
  text: string;
}

/** The columns a list may split into "Nam" | "Nữ" sub-columns. */
export type GenderSplitKey = "birthDate" | "gender";
const GENDER_SPLIT: readonly string[] = ["birthDate", "gender"];

export interface LocatedTable {
  /** The (last) header row, numbered as in the sheet. */
  headerRow: number;
  /** Where each known column is. */
  index: Map<string, number>;
  /**
   * A header over two sub-columns "Nam" and "Nữ", the common layouts of ward lists: "Năm sinh"
   * (the year, or date, written under the person's gender) and "Giới tính" (a mark, "x", under it).
   */
  byGender: Partial<Record<GenderSplitKey, { male: number; female: number }>>;
  /** Data rows, numbered as in the sheet. */
  rows: { row: number; cells: CellValue[] }[];
  skipped: SkippedRow[];
  /** Columns not in the template, left out: "G (Ghi chú)". */
  ignoredColumns: string[];
  /** What stops the import, each said once. */
  problems: SheetProblem[];
}

const HEADER_SEARCH_ROWS = 30;
const SERIAL_HEADERS = ["stt", "tt", "so tt", "so thu tu"];
const MALE = ["nam"];
const FEMALE = ["nu"];

/** Header text compared without case, tones, punctuation or a trailing note in brackets. */
export const simplifyHeader = (text: string) =>
  foldForSearch(text.replace(/\([^)]*\)\s*$/, ""))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** A cell as text: Excel dates become day/month/year, numbers lose no digits. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  if (typeof value === "object") {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[]; formula?: string };
    if (v.richText) return v.richText.map((r) => r.text).join("").normalize("NFC").trim();
    if (v.text !== undefined) return String(v.text).normalize("NFC").trim();
    if (v.result !== undefined) return cellText(v.result as CellValue);
    if (v.formula !== undefined) return ""; // a formula never calculated holds no value
  }
  return String(value).normalize("NFC").trim();
}

/** "A", "B", … "AA": the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

// Lines of a signature block, compared as simplified text at the start of a cell.
const SIGNATURE_MARKS = [
  "nguoi lap",
  "ky ghi ro ho ten",
  "ky va ghi ro ho ten",
  "ky ten",
  "ky dong dau",
  "xac nhan",
  "tm ",
  "kt ",
  "tl ",
  "q ",
  "chu tich",
  "pho chu tich",
  "to truong",
  "truong thon",
  "truong ban",
  "thu truong",
];
const PLACE_DATE = /\bngay\b.*\bthang\b.*\bnam\b/;
// "Tổng" and "Cộng" alone, or starting "Tổng cộng" / "Tổng số"; never "Tổng Văn An", a family name.
const TOTAL_EXACT = ["tong", "cong", "tong cong", "tong so", "cong so"];
const TOTAL_START = ["tong cong ", "tong so "];

function isSignatureCell(text: string): boolean {
  const s = foldForSearch(text).replace(/[^a-z0-9]+/g, " ").trim() + " ";
  return SIGNATURE_MARKS.some((m) => s.startsWith(m.endsWith(" ") ? m : m + " ")) || PLACE_DATE.test(s);
}

const isTotalCell = (text: string) => {
  const s = simplifyHeader(text);
  return TOTAL_EXACT.includes(s) || TOTAL_START.some((m) => s.startsWith(m));
};

function distinctTexts(cells: CellValue[] | undefined): string[] {
  return [...new Set((cells ?? []).map(cellText).filter((t) => t !== ""))];
}

/** Which column a header names, if any (`decode` tries the header as typed in a legacy font too). */
function columnNamed(text: string, columns: readonly SheetColumn[], decode: (s: string) => string[]): SheetColumn | "serial" | null {
  for (const candidate of [text, ...decode(text)]) {
    const h = simplifyHeader(candidate);
    if (!h) continue;
    if (SERIAL_HEADERS.includes(h)) return "serial";
    const column = columns.find((c) => simplifyHeader(c.header) === h || c.aliases?.some((a) => simplifyHeader(a) === h));
    if (column) return column;
  }
  return null;
}

/** The column a header names, when a list may split it into "Nam" | "Nữ". */
const splitKey = (c: SheetColumn | "serial" | null): GenderSplitKey | null => (c !== null && c !== "serial" && GENDER_SPLIT.includes(c.key) ? (c.key as GenderSplitKey) : null);

/**
 * Locates the table of `columns` in a sheet given as rows of cells (merged cells repeat
 * their value, as spreadsheet readers give them). `isExample` recognises the template's
 * example rows; `decode` offers a header's legacy-font readings.
 */
export function locateTable(
  table: CellValue[][],
  columns: readonly SheetColumn[],
  options: {
    isExample?: (cells: CellValue[], index: Map<string, number>) => boolean;
    decode?: (s: string) => string[];
    /** A cell as a person reads it (legacy-font text decoded), for recognising totals and signatures. */
    readable?: (s: string, at?: { row: number; column: number }) => string;
    sheet?: string;
  } = {},
): LocatedTable {
  const decode = options.decode ?? (() => []);
  const readable = options.readable ?? ((s: string, _at?: { row: number; column: number }) => s);
  const suffix = options.sheet ? ` (trang ${options.sheet})` : "";
  const required = columns.filter((c) => c.required);
  const located: LocatedTable = { headerRow: 0, index: new Map(), byGender: {}, rows: [], skipped: [], ignoredColumns: [], problems: [] };

  // The header: the first row, among the first rows, that names the required columns.
  const named = (r: number) => (table[r] ?? []).map((cell) => columnNamed(cellText(cell), columns, decode));
  let top = -1;
  for (let r = 0; r < Math.min(table.length, HEADER_SEARCH_ROWS); r++) {
    const found = named(r);
    if (required.every((c) => found.includes(c))) {
      top = r;
      break;
    }
  }
  if (top < 0) {
    const best = bestGuessHeader(table, named);
    const names = required.map((c) => `'${c.header}'`).join(", ");
    located.problems.push(
      best === null
        ? { row: 1, column: `(dòng tên cột)${suffix}`, message: `không tìm thấy dòng tên cột có cột ${names} trong ${HEADER_SEARCH_ROWS} dòng đầu; hãy dùng tên cột như trong tệp mẫu` }
        : { row: best + 1, column: `(dòng tên cột)${suffix}`, message: `dòng này có vẻ là dòng tên cột nhưng thiếu cột ${names}; hãy thêm hoặc đổi tên cột cho đúng tệp mẫu` },
    );
    return located;
  }

  // A second header row: sub-columns under a merged header ("Năm sinh" over "Nam" | "Nữ"),
  // or headers that continue on the next row.
  const topNames = named(top);
  const topTexts = (table[top] ?? []).map(cellText);
  const nextTexts = (table[top + 1] ?? []).map(cellText);
  const nextNames = named(top + 1);
  const width = Math.max(topTexts.length, nextTexts.length);
  // A header over "Nam" | "Nữ": the same (merged) header above two sub-columns named so.
  const genderPairAt = (i: number) => {
    const key = splitKey(topNames[i] ?? null);
    const pair = [simplifyHeader(nextTexts[i] ?? ""), simplifyHeader(nextTexts[i + 1] ?? "")];
    const named = (MALE.includes(pair[0]!) && FEMALE.includes(pair[1]!)) || (FEMALE.includes(pair[0]!) && MALE.includes(pair[1]!));
    return key && named && topTexts[i + 1] === topTexts[i] ? { key, male: MALE.includes(pair[0]!) ? i : i + 1, female: MALE.includes(pair[0]!) ? i + 1 : i } : null;
  };
  let twoRows = false;
  for (let i = 0; i < width; i++) {
    const sub = simplifyHeader(nextTexts[i] ?? "");
    if (!sub || nextTexts[i] === topTexts[i]) continue;
    if (genderPairAt(i) || (nextNames[i] && !topNames[i])) twoRows = true;
  }
  const header = twoRows ? top + 1 : top;
  located.headerRow = header + 1;
  for (let i = 0; i < width; i++) {
    const pair = twoRows ? genderPairAt(i) : null;
    if (pair) {
      const column = columns.find((c) => c.key === pair.key)!;
      if (located.byGender[pair.key] || located.index.has(pair.key)) {
        const earlier = located.index.get(pair.key) ?? located.byGender[pair.key]!.male;
        located.problems.push({ row: header + 1, column: column.header + suffix, message: `có hai cột (${columnLetter(earlier)} và ${columnLetter(i)}); hãy giữ một` });
      }
      located.byGender[pair.key] = { male: pair.male, female: pair.female };
      i++; // the pair's second sub-column
      continue;
    }
    const below = twoRows && nextTexts[i] !== topTexts[i] ? simplifyHeader(nextTexts[i] ?? "") : "";
    const column = below ? (nextNames[i] ?? null) : (topNames[i] ?? null);
    const text = below ? nextTexts[i]! : topTexts[i] ?? "";
    if (column === "serial") continue;
    if (column === null) {
      if (text) located.ignoredColumns.push(`${columnLetter(i)} (${readable(text, { row: below ? top + 1 : top, column: i })})`);
      continue;
    }
    const earlier = located.index.get(column.key) ?? located.byGender[column.key as GenderSplitKey]?.male;
    if (earlier !== undefined) {
      located.problems.push({ row: header + 1, column: column.header + suffix, message: `có hai cột (${columnLetter(earlier)} và ${columnLetter(i)}); hãy giữ một` });
      continue;
    }
    located.index.set(column.key, i);
  }
  if (located.problems.length) return located;

  // Rows above the header are the title: kept out, never read as data.
  for (let r = 0; r < top; r++) {
    const texts = distinctTexts(table[r]).map((t) => readable(t));
    if (texts.length) located.skipped.push({ row: r + 1, reason: "title", text: texts.join(" · ") });
  }

  const used = [...located.index.values(), ...Object.values(located.byGender).flatMap((s) => [s.male, s.female])];
  const usedTexts = (cells: CellValue[]) => used.map((i) => cellText(cells[i])).filter((t) => t !== "");
  let signatureFrom = 0;
  let afterSignature: number[] = [];
  for (let r = header + 1; r < table.length; r++) {
    const cells = table[r] ?? [];
    const raw = distinctTexts(cells);
    if (raw.length === 0) continue; // spacer
    const row = r + 1;
    // Read as a person reads it (legacy fonts decoded) only where words matter: a data row
    // costs one reading, its name's, while the whole line is read for a row left out.
    const text = () => raw.map((t) => readable(t)).join(" · ");
    if (signatureFrom) {
      located.skipped.push({ row, reason: "signature", text: text() });
      if (usedTexts(cells).length >= 3) afterSignature.push(row);
      continue;
    }
    if (r === header + 1 && raw.every((t) => /^\(?\d{1,2}\)?$/.test(t))) {
      located.skipped.push({ row, reason: "numbering", text: text() });
      continue;
    }
    // A signature line, unless the row holds a person's name (the name column empty or itself a line of the block).
    const name = readable(cellText(cells[located.index.get((required[0] ?? columns[0]!).key)!]));
    if ((!name || isSignatureCell(name)) && raw.some((t) => isSignatureCell(readable(t)))) {
      signatureFrom = row;
      located.skipped.push({ row, reason: "signature", text: text() });
      continue;
    }
    if (isTotalCell(name) || (raw[0] !== name && isTotalCell(readable(raw[0]!)))) {
      located.skipped.push({ row, reason: "total", text: text() });
      continue;
    }
    if (usedTexts(cells).length === 0) continue; // only an STT number, or only ignored columns: an unused line of a form
    if (options.isExample?.(cells, located.index)) {
      located.skipped.push({ row, reason: "example", text: text() });
      continue;
    }
    located.rows.push({ row, cells });
  }
  if (afterSignature.length) {
    const span = afterSignature.length > 1 ? `${afterSignature[0]}–${afterSignature.at(-1)}` : String(afterSignature[0]);
    located.problems.push({
      row: afterSignature[0]!,
      column: `(bảng)${suffix}`,
      message: `dòng ${span} nằm dưới phần chữ ký (từ dòng ${signatureFrom}) nên không được đọc; nếu là dữ liệu, hãy chuyển lên trên phần chữ ký`,
    });
  }
  return located;
}

/** The row naming most known columns, when none names the required ones. */
function bestGuessHeader(table: CellValue[][], named: (r: number) => (SheetColumn | "serial" | null)[]): number | null {
  let best: number | null = null;
  let most = 1;
  for (let r = 0; r < Math.min(table.length, HEADER_SEARCH_ROWS); r++) {
    const n = named(r).filter((c) => c && c !== "serial").length;
    if (n > most) [best, most] = [r, n];
  }
  return best;
}
