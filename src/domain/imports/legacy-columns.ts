// Text typed in a legacy Vietnamese font (TCVN3 / ABC with the .VnTime fonts, VNI with the
// VNI-Times fonts) reaches us as that font's bytes read as Windows-1252: "NguyÔn V¨n B×nh".
// Each column is recognised as a whole (a name like "Lan" reads the same in every encoding)
// and converted to Unicode; the original is kept for the preview.
import { decodeLegacy, decodeTcvn3, decodeVni, detectColumnEncoding, detectLegacyEncoding } from "../text/legacy-encodings";
import { cellText, columnLetter, type CellValue, type SheetProblem } from "./locate-table";

export type LegacyEncoding = "tcvn3" | "vni";

export const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (ABC, phông .VnTime)", vni: "VNI (phông VNI-Times)" };

export interface DecodedColumn {
  index: number;
  header: string;
  encoding: LegacyEncoding;
}

export interface LegacyDecoding {
  /** The rows with converted text in place of the legacy one. */
  rows: { row: number; cells: CellValue[] }[];
  /** What each converted cell held, by row then column index. */
  originals: Map<number, Map<number, string>>;
  decoded: DecodedColumn[];
  problems: SheetProblem[];
}

/**
 * Converts the text columns (`columns`: index → header) typed in a legacy encoding.
 * `fontOf` gives a cell's font name when the file keeps it, the strongest sign of all.
 */
export function decodeLegacyColumns(
  rows: { row: number; cells: CellValue[] }[],
  columns: Map<number, string>,
  fontOf: (row: number, index: number) => string | undefined = () => undefined,
): LegacyDecoding {
  const result: LegacyDecoding = { rows: rows.map((r) => ({ row: r.row, cells: [...r.cells] })), originals: new Map(), decoded: [], problems: [] };
  for (const [index, header] of columns) {
    const texts = rows.map((r) => (typeof r.cells[index] === "string" || isRichText(r.cells[index]) ? cellText(r.cells[index]) : ""));
    if (texts.every((t) => t === "")) continue;
    const detected = detectColumnEncoding(texts, rows.map((r) => fontOf(r.row, index)));
    if (detected.encoding === "ambiguous" || detected.encoding === "mixed") {
      const likely = detected.likely ? ` (có thể là ${ENCODING_NAMES[detected.likely]})` : "";
      result.problems.push({
        row: rows[0]?.row ?? 1,
        column: `${header} (cột ${columnLetter(index)})`,
        message: `không xác định được bảng mã tiếng Việt${likely}; hãy chuyển cả bảng sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi tải lên lại`,
      });
      continue;
    }
    if (detected.encoding !== "tcvn3" && detected.encoding !== "vni") continue;
    const decode = detected.encoding === "tcvn3" ? (t: string) => decodeTcvn3(t, { capitals: detected.capitals }) : decodeVni;
    result.decoded.push({ index, header, encoding: detected.encoding });
    result.rows.forEach((r, i) => {
      const original = texts[i]!;
      if (!original) return;
      const converted = decode(original).normalize("NFC");
      if (converted === original) return;
      r.cells[index] = converted;
      if (!result.originals.has(r.row)) result.originals.set(r.row, new Map());
      result.originals.get(r.row)!.set(index, original);
    });
  }
  return result;
}

function isRichText(value: CellValue): boolean {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "richText" in value;
}

/** A header as typed, and as it reads in each legacy encoding (for finding the header row). */
export const legacyReadings = (text: string): string[] => [decodeTcvn3(text), decodeTcvn3(text, { capitals: true }), decodeVni(text)];

/** A cell as a person reads it: decoded when it reads as legacy-font text, else as it is. */
export function readableCell(text: string): string {
  const encoding = detectLegacyEncoding(text);
  return encoding === "tcvn3" || encoding === "vni" ? decodeLegacy(text, encoding) : text;
}
