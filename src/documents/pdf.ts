// An official document as .pdf, for publishing, with pdfmake. Same layout as the .docx
// (layout.ts, Decree 30/2020/NĐ-CP), set in Tinos: a free font with the metrics of
// Times New Roman, so lines break where they would in the Word file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type pdfmake from "pdfmake";
import type { Content, ContentTable, ContentText, CustomTableLayout, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import {
  BODY,
  bodyNameLines,
  COLUMNS_MM,
  DRAFT_MARK,
  issuingBodyRuleMm,
  mmToPt,
  MOTTO,
  NATIONAL_NAME,
  normalizeDocument,
  PAGE,
  recipientLines,
  RULE_SPACE,
  RULE_THICKNESS_PT,
  SIGNATURE_SPACE_MM,
  SIZE,
  summaryRuleMm,
  TABLE_CELL_PADDING_MM,
  tableColumnCount,
  tableColumnsMm,
  LANDSCAPE_TEXT_WIDTH_MM,
  TEXT_WIDTH_MM,
} from "./layout";
import type { Annex, Block, Inline, OfficialDocument } from "./model";

export const FONT = "Tinos";
const FONT_FILES = {
  normal: "400Regular/Tinos_400Regular.ttf",
  bold: "700Bold/Tinos_700Bold.ttf",
  italics: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bolditalics: "700Bold_Italic/Tinos_700Bold_Italic.ttf",
} as const;

/**
 * pdfkit measures a line without the font's line gap; Word and LibreOffice include it. Tinos
 * (ascent 1825, descent 443, line gap 87 per 2048 units) needs this factor for the same lines.
 */
const LINE_GAP_FACTOR = (1825 + 443 + 87) / (1825 + 443);

type PdfMake = typeof pdfmake;
interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

let printer: PdfMake | undefined;

/**
 * A private pdfmake instance, made once per process: the package exports one shared
 * instance, and its fonts and access policies would otherwise be every caller's. The
 * fonts are read once into pdfmake's in-memory file system, so no render touches the
 * disk or the network (both access policies refuse everything). pdfmake itself loads with
 * the first .pdf rendered, not at start.
 */
export async function pdfPrinter(): Promise<PdfMake> {
  if (printer) return printer;
  const { default: pdfmake } = await import("pdfmake");
  if (printer) return printer; // made by another render while the module loaded
  const instance = new (pdfmake.constructor as new () => PdfMake & { virtualfs: VirtualFs })();
  const require = createRequire(import.meta.url);
  const dir = require.resolve("@expo-google-fonts/tinos/package.json").replace(/package\.json$/, "");
  const fonts: Record<string, string> = {};
  for (const [style, file] of Object.entries(FONT_FILES)) {
    fonts[style] = `thidua-documents/${file}`;
    instance.virtualfs.writeFileSync(fonts[style], readFileSync(dir + file));
  }
  instance.setFonts({ [FONT]: fonts });
  justifyAtSpacesOnly(require);
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  printer = instance;
  return instance;
}

interface LaidOutLine {
  inlines: { text: string; x: number; alignment?: string; justifyShift?: number }[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}
interface ElementWriterClass {
  prototype: { alignLine(this: { context(): { availableWidth: number } }, line: LaidOutLine): void };
}

/**
 * pdfmake 0.3 spreads a justified line's slack over every piece of text it holds, and it
 * cuts text after "/" and "-" and wherever the style changes: "1240/UBND-NV" came out as
 * "1240/ UBND- NV" and a comma after an italic name drifted away from it. The slack goes
 * only to the spaces between words here, as in a word processor. pdfmake has no hook for
 * this, so its line writer is patched, once, for the whole process.
 */
function justifyAtSpacesOnly(require: NodeJS.Require): void {
  const writer = (require("pdfmake/js/ElementWriter") as { default?: ElementWriterClass }).default;
  if (typeof writer?.prototype.alignLine !== "function") throw new Error("pdfmake: ElementWriter.alignLine not found (pdfmake changed?)");
  const original = writer.prototype.alignLine;
  writer.prototype.alignLine = function (line) {
    const { inlines } = line;
    if (inlines[0]?.alignment !== "justify" || line.newLineForced || line.lastLineInParagraph) return original.call(this, line);
    const gaps = inlines.filter((inline, i) => i < inlines.length - 1 && /\s$/.test(inline.text)).length;
    if (gaps === 0) return;
    const extra = (this.context().availableWidth - line.getWidth()) / gaps;
    let shift = 0;
    inlines.forEach((inline, i) => {
      if (i > 0 && /\s$/.test(inlines[i - 1]!.text)) {
        shift += extra;
        inline.justifyShift = extra;
      }
      inline.x += shift;
    });
  };
}

/** pdfmake's shared line height for Tinos, for other renderers of the same printer (certificates). */
export const TINOS_LINE_HEIGHT = LINE_GAP_FACTOR;

export async function renderPdf(input: OfficialDocument): Promise<Buffer> {
  const doc = normalizeDocument(input);
  const definition: TDocumentDefinitions = {
    pageSize: { width: mmToPt(PAGE.widthMm), height: mmToPt(PAGE.heightMm) },
    pageMargins: [mmToPt(PAGE.marginLeftMm), mmToPt(PAGE.marginTopMm), mmToPt(PAGE.marginRightMm), mmToPt(PAGE.marginBottomMm)],
    info: { title: doc.meta.title, author: doc.meta.author },
    defaultStyle: { font: FONT, fontSize: SIZE.body, lineHeight: LINE_GAP_FACTOR },
    // Arabic page numbers centred in the top margin, none on page 1.
    header: (page) => (page === 1 ? null : { text: String(page), alignment: "center", fontSize: SIZE.pageNumber, margin: [0, mmToPt(PAGE.pageNumberFromTopMm), 0, 0] }),
    // A heading never ends a page: like "keep with next" in the .docx.
    pageBreakBefore: (node, nodes) => node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().length === 0,
    content: [
      ...(doc.draft ? [draftMark()] : []),
      headerTable(doc),
      ...titleBlock(doc),
      ...doc.body.map((b) => block(b, TEXT_WIDTH_MM)),
      footTable(doc),
      ...(doc.annexes ?? []).flatMap(annexContent),
    ],
  };
  return (await pdfPrinter()).createPdf(definition).getBuffer();
}

const NO_LINES: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

const GRID: CustomTableLayout = {
  hLineWidth: () => RULE_THICKNESS_PT,
  vLineWidth: () => RULE_THICKNESS_PT,
  paddingLeft: () => mmToPt(TABLE_CELL_PADDING_MM.x),
  paddingRight: () => mmToPt(TABLE_CELL_PADDING_MM.x),
  paddingTop: () => mmToPt(TABLE_CELL_PADDING_MM.y),
  paddingBottom: () => mmToPt(TABLE_CELL_PADDING_MM.y),
};

interface LineStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  alignment?: "left" | "center";
  spaceBeforePt?: number;
}

function line(text: string, style: LineStyle): Content {
  return {
    text,
    fontSize: style.size,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    alignment: style.alignment ?? "center",
    margin: [0, style.spaceBeforePt ?? 0, 0, 0],
  };
}

/** A short solid rule, centred under the line above it. */
function rule(lengthMm: number, afterPt = 0): Content {
  return {
    canvas: [{ type: "line", x1: 0, y1: 0, x2: mmToPt(lengthMm), y2: 0, lineWidth: RULE_THICKNESS_PT }],
    alignment: "center",
    margin: [0, RULE_SPACE.gapPt, 0, RULE_SPACE.linePt + RULE_THICKNESS_PT + afterPt],
  };
}

function draftMark(): Content {
  return {
    columns: [
      { width: "*", text: "" },
      {
        width: mmToPt(DRAFT_MARK.widthMm),
        table: { widths: ["*"], body: [[{ text: DRAFT_MARK.text, bold: true, fontSize: SIZE.draftMark, alignment: "center" }]] },
      },
    ],
    margin: [0, 0, 0, 6],
  };
}

/** A borderless two-column table with fixed widths: the header and the foot are laid out on it. */
function twoColumns(rows: [Content[], Content[]][]): ContentTable {
  return {
    table: { widths: [mmToPt(COLUMNS_MM.left), mmToPt(COLUMNS_MM.right)], body: rows.map(([l, r]) => [{ stack: l }, { stack: r }]), dontBreakRows: true },
    layout: NO_LINES,
  };
}

/** Issuing body | national name and motto; then number | place and date on one level (Appendix I). */
function headerTable(doc: OfficialDocument): Content {
  const issuing = bodyNameLines(doc.issuingBody, SIZE.issuingBody);
  const left = [
    ...(doc.parentBody ? bodyNameLines(doc.parentBody, SIZE.parentBody).map((t) => line(t, { size: SIZE.parentBody })) : []),
    ...issuing.map((t) => line(t, { size: SIZE.issuingBody, bold: true })),
    rule(issuingBodyRuleMm(issuing)),
  ];
  const right = [
    line(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    line(MOTTO.text, { size: SIZE.motto, bold: true }),
    rule(MOTTO.ruleMm),
  ];
  const number = [
    line(doc.numberLine, { size: SIZE.numberLine, spaceBeforePt: 6 }),
    ...(doc.typeName === null ? [line(`V/v ${doc.summary}`, { size: SIZE.congVanSummary, spaceBeforePt: 3 })] : []),
  ];
  const date = [line(doc.placeDateLine, { size: SIZE.placeDate, italics: true, spaceBeforePt: 6 })];
  return twoColumns([
    [left, right],
    [number, date],
  ]);
}

function titleBlock(doc: OfficialDocument): Content[] {
  if (doc.typeName === null) return [{ text: "", margin: [0, 12, 0, 0] }];
  return [
    line(doc.typeName, { size: SIZE.typeName, bold: true, spaceBeforePt: 18 }),
    line(doc.summary, { size: SIZE.summary, bold: true }),
    rule(summaryRuleMm(doc.summary), 18),
  ];
}

function runs(content: Inline[], extra: { bold?: boolean; italics?: boolean } = {}): Content[] {
  return content.map((r) => ({ text: r.text, bold: !!(r.bold || extra.bold), italics: !!(r.italic || extra.italics) }));
}

/** A body paragraph: justified, first-line indent, 6 pt after, 1.15 lines. */
function bodyParagraph(text: Content[], headlineLevel?: number): Content {
  return {
    text,
    alignment: "justify",
    leadingIndent: mmToPt(BODY.firstLineIndentMm),
    lineHeight: BODY.lineSpacing * LINE_GAP_FACTOR,
    margin: [0, 0, 0, BODY.spacingAfterPt],
    ...(headlineLevel === undefined ? {} : { headlineLevel }),
  };
}

/** An annex starts a page, in its own orientation; the pages after it keep that orientation until the next annex. */
function annexContent(annex: Annex): Content[] {
  const width = annex.landscape ? LANDSCAPE_TEXT_WIDTH_MM : TEXT_WIDTH_MM;
  return [
    {
      stack: [...annex.titleLines.map((t) => line(t, { size: SIZE.typeName, bold: true })), line(annex.attachedTo, { size: SIZE.body, italics: true }), rule(Math.min(60, width / 4), 12)],
      pageBreak: "before",
      pageOrientation: annex.landscape ? "landscape" : "portrait",
    },
    ...annex.body.map((b) => block(b, width)),
  ];
}

function block(b: Block, widthMm: number): Content {
  switch (b.kind) {
    case "centered":
      return { text: runs(b.content), alignment: "center", margin: [0, b.spaceBeforePt ?? 0, 0, BODY.spacingAfterPt], headlineLevel: 1 };
    case "paragraph":
      return bodyParagraph(runs(b.content));
    case "heading":
      return bodyParagraph(runs(b.content, { bold: true, italics: b.level === 3 }), b.level);
    case "list":
      // The dash or number is typed text, as in Vietnamese documents, not a list marker.
      return { stack: b.items.map((item, k) => bodyParagraph([{ text: b.ordered ? `${k + 1}. ` : "- " }, ...runs(item)])) };
    case "table":
      return table(b, widthMm);
  }
}

function table(b: Extract<Block, { kind: "table" }>, widthMm: number): Content {
  const columns = tableColumnsMm(b, widthMm);
  const count = tableColumnCount(b);
  const cell = (content: Inline[], header: boolean, column: number): ContentText => ({
    text: runs(content, { bold: header }),
    fontSize: SIZE.table,
    alignment: header ? "center" : (b.align?.[column] ?? "left"),
  });
  // A row of one cell in a wider table is a group's title across all the columns.
  const row = (cells: Inline[][], r: number): TableCell[] =>
    cells.length === 1 && count > 1
      ? [{ ...cell(cells[0]!, b.header && r === 0, 0), alignment: "left", colSpan: count }, ...Array.from({ length: count - 1 }, () => ({ text: "" }))]
      : columns.map((_, c) => cell(cells[c] ?? [], b.header && r === 0, c));
  return {
    table: {
      // pdfmake widths leave out the cell padding and the rules, which the .docx widths include.
      widths: columns.map((mm) => mmToPt(mm - 2 * TABLE_CELL_PADDING_MM.x) - RULE_THICKNESS_PT),
      headerRows: b.header ? 1 : 0,
      dontBreakRows: true,
      body: b.rows.map(row),
    },
    layout: GRID,
    margin: [0, 0, 0, BODY.spacingAfterPt],
  };
}

/** Nơi nhận (or a second signer) on the left; authority, space for signature and seal, and the signer's name on the right. */
function footTable(doc: OfficialDocument): Content {
  const signature = (s: OfficialDocument["signature"]) => [
    ...s.authority.map((t) => line(t.toUpperCase(), { size: SIZE.authority, bold: true })),
    line(s.signerName, { size: SIZE.signerName, bold: true, spaceBeforePt: mmToPt(SIGNATURE_SPACE_MM) }),
  ];
  const left = doc.leftSignature
    ? signature(doc.leftSignature)
    : [
        line("Nơi nhận:", { size: SIZE.recipientsTitle, bold: true, italics: true, alignment: "left" }),
        ...recipientLines(doc.recipients).map((t) => line(t, { size: SIZE.recipients, alignment: "left" })),
      ];
  return { ...twoColumns([[left, signature(doc.signature)]]), unbreakable: true };
}
