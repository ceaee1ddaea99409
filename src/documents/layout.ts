// The Decree 30/2020/NĐ-CP layout (Appendix I), shared by the .docx and .pdf renderers so
// that every size, margin and rule lives once. Lengths are in millimetres, font sizes in
// points; each renderer converts to its own unit (twips for .docx, points for .pdf).
import type { Block, OfficialDocument } from "./model";

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  /** Where the page number sits: centred in the top margin. */
  pageNumberFromTopMm: 10,
} as const;

export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;
/** A landscape page keeps the binding margin on the left: the text runs across the long side. */
export const LANDSCAPE_TEXT_WIDTH_MM = PAGE.heightMm - PAGE.marginLeftMm - PAGE.marginRightMm;

/**
 * The two columns of the header (issuing body | national name) and of the foot (Nơi nhận |
 * signature). The right one fits "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 12 pt bold (88 mm).
 */
export const COLUMNS_MM = { left: 70, right: TEXT_WIDTH_MM - 70 } as const;

/** Font sizes in points. */
export const SIZE = {
  body: 14,
  table: 13,
  parentBody: 13,
  issuingBody: 13,
  numberLine: 13,
  congVanSummary: 12,
  nationalName: 12,
  motto: 13,
  placeDate: 14,
  typeName: 14,
  summary: 14,
  recipientsTitle: 12,
  recipients: 11,
  authority: 13,
  signerName: 14,
  pageNumber: 13,
  draftMark: 13,
} as const;

export const BODY = {
  firstLineIndentMm: 12.7,
  spacingAfterPt: 6,
  /** Multiple of the font's single line height; Word's "Multiple" and pdfmake's lineHeight mean the same. */
  lineSpacing: 1.15,
} as const;

/** Space between a table cell's rules and its text. */
export const TABLE_CELL_PADDING_MM = { x: 1.5, y: 0.5 } as const;

/**
 * Column widths of a body table in millimetres, over the whole text width: the table's
 * shares when it gives one per column, equal columns otherwise.
 */
export function tableColumnsMm(table: Extract<Block, { kind: "table" }>, widthMm: number = TEXT_WIDTH_MM): number[] {
  const columns = tableColumnCount(table);
  const shares = table.widths?.length === columns ? table.widths : Array<number>(columns).fill(1);
  const total = shares.reduce((sum, s) => sum + s, 0);
  return shares.map((s) => (widthMm * s) / total);
}

/** A table's columns: its widest row's (a one-cell row spans them all). */
export function tableColumnCount(table: Extract<Block, { kind: "table" }>): number {
  return Math.max(1, ...table.rows.map((r) => r.length));
}

/** Blank space for the signature and seal between the authority lines and the signer's name. */
export const SIGNATURE_SPACE_MM = 25;

/** The "DỰ THẢO" box, at the top right of page 1. */
export const DRAFT_MARK = { text: "DỰ THẢO", widthMm: 30 } as const;

export const RULE_THICKNESS_PT = 0.5;
/** A rule takes this much height: a gap that clears the descenders of the line above, then the rule's own line. */
export const RULE_SPACE = { gapPt: 4, linePt: 2 } as const;

/** "Độc lập - Tự do - Hạnh phúc" in 13 pt bold Times is 56 mm wide; its rule is as long (Appendix I). */
export const MOTTO = { text: "Độc lập - Tự do - Hạnh phúc", ruleMm: 56 } as const;
export const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

/**
 * Average advance of a Times New Roman character, in millimetres per point of font size
 * (measured on Tinos, which has the same metrics): enough to place lines and rules.
 */
const CAPS_MM_PER_PT = 0.225;
const TEXT_MM_PER_PT = 0.165;

/**
 * A body's name (parent or issuing), broken into two balanced lines when it is too wide
 * for its column ("ỦY BAN NHÂN DÂN" / "PHƯỜNG CAM PHÚ" rather than a lone last word).
 */
export function bodyNameLines(name: string, sizePt: number): string[] {
  // A break written into the name is kept ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "PHƯỜNG CAM PHÚ"); each part is balanced as above.
  if (name.includes("\n")) return name.split("\n").filter((part) => part.trim()).flatMap((part) => bodyNameLines(part, sizePt));
  const words = name.split(/\s+/).filter(Boolean);
  if (name.length * CAPS_MM_PER_PT * sizePt <= COLUMNS_MM.left || words.length < 2) return [words.join(" ")];
  let best = 1;
  for (let k = 1; k < words.length; k++) {
    const gap = (n: number) => Math.abs(words.slice(0, n).join(" ").length - words.slice(n).join(" ").length);
    if (gap(k) < gap(best)) best = k;
  }
  return [words.slice(0, best).join(" "), words.slice(best).join(" ")];
}

/** Rule under the issuing body: 1/3 to 1/2 of its (longest) line (Appendix I); we take 1/2. */
export function issuingBodyRuleMm(lines: string[]): number {
  const longest = Math.max(...lines.map((l) => l.length));
  return Math.round(longest * CAPS_MM_PER_PT * SIZE.issuingBody * 0.5);
}

/** Rule under the summary: 1/3 to 1/2 of the line above it (Appendix I); we take 1/3, at most 60 mm. */
export function summaryRuleMm(summary: string): number {
  const width = Math.min(summary.length * TEXT_MM_PER_PT * SIZE.summary, TEXT_WIDTH_MM);
  return Math.min(60, Math.round(width / 3));
}

/**
 * Nơi nhận lines as printed: "- X;" for each, "- X." for the last. A dash or final
 * punctuation already typed is not doubled.
 */
export function recipientLines(recipients: string[]): string[] {
  const bare = recipients.map((r) => r.trim().replace(/^[-–—]\s*/, "").replace(/[;.,]+$/, "").trim()).filter(Boolean);
  return bare.map((r, i) => `- ${r}${i === bare.length - 1 ? "." : ";"}`);
}

/** The whole document with every string in Unicode NFC: decomposed Vietnamese puts tone marks in the wrong place. */
export function normalizeDocument(doc: OfficialDocument): OfficialDocument {
  return nfc(doc);
}

function nfc<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  }
  return value;
}

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
