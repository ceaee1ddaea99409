// One reader for every list import (people, households, collectives; later awards and
// assessments): the table located wherever it is in the sheet, legacy-font columns converted,
// each data row handed to the list's own rules with a way to name a problem by row and column.
import { foldForSearch } from "../text/vietnamese";
import { decodeLegacy, detectLegacyEncoding, legacyFontEncoding } from "../text/legacy-encodings";
import { decodeLegacyColumns, legacyReadings, readableCell, type DecodedColumn, type LegacyEncoding } from "./legacy-columns";
import { cellText, locateTable, type CellValue, type LocatedTable, type SheetColumn, type SheetProblem, type SkippedRow } from "./locate-table";

/** A sheet read: its rows, what stops it, what was left out and why, what was converted. */
export interface ParsedSheet<Row> {
  rows: Row[];
  problems: SheetProblem[];
  skipped: SkippedRow[];
  ignoredColumns: string[];
  decoded: DecodedColumn[];
}

/** Cell fonts by row then column (0-based), when the file keeps them. */
export type FontTable = (string | undefined)[][];

/** Rows one import takes: a large commune's residents; a province imports commune by commune. */
export const MAX_IMPORT_ROWS = 50_000;

export const simplify = (s: string) => foldForSearch(s).replace(/[^a-z0-9]+/g, " ").trim();

/** A row that repeats an example row's identifying values is the example, whatever its sheet. */
export function exampleMatcher(example: Record<string, string | number>, keys: string[]) {
  return (cells: CellValue[], index: Map<string, number>) =>
    keys.some((k) => index.has(k)) && keys.every((k) => !index.has(k) || simplify(cellText(cells[index.get(k)!])) === simplify(String(example[k] ?? "")));
}

/**
 * Locates the table, converts legacy-font columns, and hands each data row's cells (by
 * column key) to `read`. Problems of the sheet's layout stop before any row is read.
 */
export function readSheet<Row>(
  table: CellValue[][],
  columns: readonly SheetColumn[],
  options: { fonts?: FontTable; sheet?: string; isExample: (cells: CellValue[], index: Map<string, number>) => boolean },
  read: (
    row: number,
    get: (key: string) => string,
    raw: (key: string) => CellValue,
    originals: Record<string, string>,
    problem: (key: string, message: string) => void,
    located: LocatedTable,
  ) => Row | null,
): ParsedSheet<Row> {
  const suffix = options.sheet ? ` (trang ${options.sheet})` : "";
  // A cell's font, when the file keeps it, says how to read it; otherwise its letters do.
  const readable = (text: string, at?: { row: number; column: number }) => {
    const font = at ? legacyFontEncoding(options.fonts?.[at.row]?.[at.column]) : undefined;
    return font ? decodeLegacy(text, font.encoding, { capitals: font.capitals }) : readableCell(text);
  };
  const located = locateTable(table, columns, { decode: legacyReadings, readable, sheet: options.sheet, isExample: options.isExample });
  const parsed: ParsedSheet<Row> = { rows: [], problems: located.problems, skipped: located.skipped, ignoredColumns: located.ignoredColumns, decoded: [] };
  if (located.problems.length) return parsed;

  if (located.rows.length > MAX_IMPORT_ROWS) {
    parsed.problems.push({
      row: located.rows[MAX_IMPORT_ROWS]!.row,
      column: `(bảng)${suffix}`,
      message: `tệp có ${located.rows.length.toLocaleString("vi-VN")} dòng dữ liệu; mỗi lần nhập tối đa ${MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng, hãy chia thành nhiều tệp`,
    });
    return parsed;
  }
  const header = (key: string) => columns.find((c) => c.key === key)!.header;
  const textColumns = new Map<number, string>();
  for (const [key, i] of located.index) textColumns.set(i, header(key) + suffix); // numbers, dates and e-mails read as plain ASCII and stay as they are
  const legacy = decodeLegacyColumns(located.rows, textColumns, (row, i) => options.fonts?.[row - 1]?.[i]);
  parsed.decoded = legacy.decoded;
  parsed.problems.push(...legacy.problems);
  if (legacy.problems.length) return parsed;
  const sheetEncoding = legacy.decoded[0]?.encoding;
  parsed.skipped = located.skipped.map((s) => ({ ...s, text: readableText(table[s.row - 1] ?? [], options.fonts?.[s.row - 1] ?? [], sheetEncoding) }));

  for (const { row, cells } of legacy.rows) {
    const at = (key: string) => located.index.get(key);
    const raw = (key: string) => (at(key) === undefined ? undefined : cells[at(key)!]);
    const get = (key: string) => cellText(raw(key));
    const originals: Record<string, string> = {};
    for (const [i, text] of legacy.originals.get(row) ?? []) originals[textColumns.get(i)!] = text;
    const problem = (key: string, message: string) => parsed.problems.push({ row, column: header(key) + suffix, message });
    const value = read(row, get, raw, originals, problem, located);
    if (value) parsed.rows.push(value);
  }
  return parsed;
}


/**
 * A left-out row (a title, a signature) as the preview shows it: each cell in its font's
 * encoding when the file names one, else in the sheet's when the cell reads as that.
 */
function readableText(cells: CellValue[], fonts: (string | undefined)[], sheetEncoding: LegacyEncoding | undefined): string {
  const texts = cells.map((cell, i) => {
    const text = cellText(cell);
    const font = legacyFontEncoding(fonts[i]);
    if (font) return decodeLegacy(text, font.encoding, { capitals: font.capitals });
    return sheetEncoding && detectLegacyEncoding(text) === sheetEncoding ? decodeLegacy(text, sheetEncoding) : text;
  });
  return [...new Set(texts.filter((t) => t !== ""))].join(" · ");
}
