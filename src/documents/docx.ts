// An official document as .docx, for editing in Word or LibreOffice. Layout from
// layout.ts (Decree 30/2020/NĐ-CP); the .pdf renderer (pdf.ts) follows the same rules.
import type * as Docx from "docx";
import type { Header, IParagraphOptions, Paragraph, Table, TextRun } from "docx";
import {
  BODY,
  bodyNameLines,
  COLUMNS_MM,
  DRAFT_MARK,
  issuingBodyRuleMm,
  mmToPt,
  mmToTwip,
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
  tableColumnsMm,
  TEXT_WIDTH_MM,
  LANDSCAPE_TEXT_WIDTH_MM,
  tableColumnCount,
} from "./layout";
import type { Annex, Block, Inline, OfficialDocument } from "./model";

/** The font Decree 30 names; LibreOffice shows it with the metric-compatible Liberation Serif or Tinos. */
const FONT = "Times New Roman";

type Align = (typeof Docx.AlignmentType)[keyof typeof Docx.AlignmentType];

/** The docx library, loaded with the first .docx rendered (not at start). */
let docx: typeof Docx;

/** docx sizes are in half-points. */
const half = (pt: number) => pt * 2;
const twipsFromPt = (pt: number) => Math.round(pt * 20);

export async function renderDocx(input: OfficialDocument): Promise<Buffer> {
  docx ??= await import("docx");
  const doc = normalizeDocument(input);
  const document = new docx.Document({
    title: doc.meta.title,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    styles: { default: { document: { run: { font: FONT, size: half(SIZE.body) } } } },
    sections: [
      {
        properties: { titlePage: true, page: pageProperties(false) },
        // Page numbers from page 2 on: page 1 takes the (empty) "first page" header.
        headers: { default: pageNumberHeader(), first: new docx.Header({ children: [] }) },
        children: [
          ...(doc.draft ? [draftMark()] : []),
          headerTable(doc),
          ...titleBlock(doc),
          ...doc.body.flatMap((b) => block(b, TEXT_WIDTH_MM)),
          footTable(doc),
        ],
      },
      // Each annex is a section of its own: it starts a page, in its own orientation, and the page numbers run on.
      ...(doc.annexes ?? []).map((annex) => ({
        properties: { page: pageProperties(annex.landscape) },
        headers: { default: pageNumberHeader() },
        children: annexChildren(annex),
      })),
    ],
  });
  return docx.Packer.toBuffer(document);
}

function pageProperties(landscape: boolean) {
  return {
    // The docx library swaps width and height itself for a landscape page.
    size: { width: mmToTwip(PAGE.widthMm), height: mmToTwip(PAGE.heightMm), orientation: landscape ? docx.PageOrientation.LANDSCAPE : docx.PageOrientation.PORTRAIT },
    margin: {
      top: mmToTwip(PAGE.marginTopMm),
      bottom: mmToTwip(PAGE.marginBottomMm),
      left: mmToTwip(PAGE.marginLeftMm),
      right: mmToTwip(PAGE.marginRightMm),
      header: mmToTwip(PAGE.pageNumberFromTopMm),
    },
  };
}

function annexChildren(annex: Annex): (Paragraph | Table)[] {
  const width = annex.landscape ? LANDSCAPE_TEXT_WIDTH_MM : TEXT_WIDTH_MM;
  return [
    ...annex.titleLines.map((t) => line(t, { size: SIZE.typeName, bold: true })),
    line(annex.attachedTo, { size: SIZE.body, italics: true }),
    rule(Math.min(60, width / 4), width, 12),
    ...annex.body.flatMap((b) => block(b, width)),
  ];
}

function pageNumberHeader(): Header {
  return new docx.Header({
    children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ children: [docx.PageNumber.CURRENT], size: half(SIZE.pageNumber) })] })],
  });
}

interface LineStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  align?: Align;
  spaceBeforePt?: number;
}

/** One centred line with no spacing, as the header and foot are set. */
function line(text: string, style: LineStyle): Paragraph {
  return new docx.Paragraph({
    alignment: style.align ?? docx.AlignmentType.CENTER,
    spacing: { before: twipsFromPt(style.spaceBeforePt ?? 0), after: 0 },
    children: [new docx.TextRun({ text, size: half(style.size), bold: style.bold, italics: style.italics })],
  });
}

/** A short solid rule, centred in a column: an empty paragraph whose top border runs between its indents. */
function rule(lengthMm: number, columnMm: number, afterPt = 0): Paragraph {
  const side = mmToTwip((columnMm - lengthMm) / 2);
  return new docx.Paragraph({
    indent: { left: side, right: side },
    spacing: { before: twipsFromPt(RULE_SPACE.gapPt), after: twipsFromPt(afterPt), line: twipsFromPt(RULE_SPACE.linePt), lineRule: docx.LineRuleType.EXACT },
    border: { top: { style: docx.BorderStyle.SINGLE, size: RULE_THICKNESS_PT * 8, color: "000000", space: 0 } },
    children: [new docx.TextRun({ text: "", size: 2 })],
  });
}

function draftMark(): Paragraph {
  const box = { style: docx.BorderStyle.SINGLE, size: 8, color: "000000", space: 2 } as const;
  return new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    indent: { left: mmToTwip(TEXT_WIDTH_MM - DRAFT_MARK.widthMm) },
    spacing: { before: 0, after: twipsFromPt(6) },
    border: { top: box, bottom: box, left: box, right: box },
    children: [new docx.TextRun({ text: DRAFT_MARK.text, bold: true, size: half(SIZE.draftMark) })],
  });
}

/** A borderless two-column table with fixed widths: the header and the foot are laid out on it. */
function twoColumns(rows: [Paragraph[], Paragraph[]][]): Table {
  const widths = [mmToTwip(COLUMNS_MM.left), mmToTwip(COLUMNS_MM.right)];
  return new docx.Table({
    width: { size: widths[0]! + widths[1]!, type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    borders: docx.TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new docx.TableRow({
          cantSplit: true,
          children: cells.map((children, k) => new docx.TableCell({ width: { size: widths[k]!, type: docx.WidthType.DXA }, children })),
        }),
    ),
  });
}

/**
 * Issuing body | national name and motto; then number | place and date on a second row,
 * so that the two sit on one level as in Appendix I.
 */
function headerTable(doc: OfficialDocument): Table {
  const issuing = bodyNameLines(doc.issuingBody, SIZE.issuingBody);
  const left = [
    ...(doc.parentBody ? bodyNameLines(doc.parentBody, SIZE.parentBody).map((t) => line(t, { size: SIZE.parentBody })) : []),
    ...issuing.map((t) => line(t, { size: SIZE.issuingBody, bold: true })),
    rule(issuingBodyRuleMm(issuing), COLUMNS_MM.left),
  ];
  const right = [
    line(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    line(MOTTO.text, { size: SIZE.motto, bold: true }),
    rule(MOTTO.ruleMm, COLUMNS_MM.right),
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

/** Type name and summary, centred, with a short rule; a công văn has neither (its "V/v" is in the header). */
function titleBlock(doc: OfficialDocument): Paragraph[] {
  if (doc.typeName === null) return [line("", { size: SIZE.body, spaceBeforePt: 12 })];
  return [
    line(doc.typeName, { size: SIZE.typeName, bold: true, spaceBeforePt: 18 }),
    line(doc.summary, { size: SIZE.summary, bold: true }),
    rule(summaryRuleMm(doc.summary), TEXT_WIDTH_MM, 18),
  ];
}

function runs(content: Inline[], size: number, extra: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return content.map(
    (r) => new docx.TextRun({ text: r.text, size: half(size), bold: r.bold || extra.bold, italics: r.italic || extra.italics }),
  );
}

/** A body paragraph: justified, first-line indent, 6 pt after, 1.15 lines. */
function bodyParagraph(children: TextRun[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new docx.Paragraph({
    alignment: docx.AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(BODY.firstLineIndentMm) },
    spacing: { before: 0, after: twipsFromPt(BODY.spacingAfterPt), line: Math.round(240 * BODY.lineSpacing), lineRule: docx.LineRuleType.AUTO },
    ...extra,
    children,
  });
}

function block(b: Block, widthMm: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case "centered":
      return [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, keepNext: true, spacing: { before: twipsFromPt(b.spaceBeforePt ?? 0), after: twipsFromPt(BODY.spacingAfterPt) }, children: runs(b.content, SIZE.body) })];
    case "paragraph":
      return [bodyParagraph(runs(b.content, SIZE.body))];
    case "heading":
      return [
        bodyParagraph(runs(b.content, SIZE.body, { bold: true, italics: b.level === 3 }), { keepNext: true }),
      ];
    case "list":
      // The dash or number is typed text, as in Vietnamese documents, not a Word list.
      return b.items.map((item, k) => bodyParagraph([new docx.TextRun({ text: b.ordered ? `${k + 1}. ` : "- ", size: half(SIZE.body) }), ...runs(item, SIZE.body)]));
    case "table":
      return [table(b, widthMm), line("", { size: 6 })];
  }
}

const ALIGN = { left: "left", center: "center", right: "right" } as const;

function table(b: Extract<Block, { kind: "table" }>, widthMm: number): Table {
  const widths = tableColumnsMm(b, widthMm).map(mmToTwip);
  const columns = tableColumnCount(b);
  const border = { style: docx.BorderStyle.SINGLE, size: RULE_THICKNESS_PT * 8, color: "000000" } as const;
  const cell = (content: Inline[], width: number, header: boolean, column: number, span = 1) =>
    new docx.TableCell({
      width: { size: width, type: docx.WidthType.DXA },
      columnSpan: span,
      children: [
        new docx.Paragraph({
          alignment: header ? docx.AlignmentType.CENTER : docx.AlignmentType[ALIGN[span > 1 ? "left" : (b.align?.[column] ?? "left")].toUpperCase() as "LEFT"],
          spacing: { before: 0, after: 0 },
          children: runs(content, SIZE.table, { bold: header }),
        }),
      ],
    });
  return new docx.Table({
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    margins: {
      top: mmToTwip(TABLE_CELL_PADDING_MM.y),
      bottom: mmToTwip(TABLE_CELL_PADDING_MM.y),
      left: mmToTwip(TABLE_CELL_PADDING_MM.x),
      right: mmToTwip(TABLE_CELL_PADDING_MM.x),
    },
    rows: b.rows.map((row, r) => {
      const header = b.header && r === 0;
      // A row of one cell in a wider table is a group's title across all the columns.
      if (row.length === 1 && columns > 1) {
        return new docx.TableRow({ cantSplit: true, children: [cell(row[0]!, widths.reduce((sum, w) => sum + w, 0), header, 0, columns)] });
      }
      return new docx.TableRow({ tableHeader: header, cantSplit: true, children: widths.map((w, c) => cell(row[c] ?? [], w, header, c)) });
    }),
  });
}

/** Nơi nhận (or a second signer) on the left; authority, space for signature and seal, and the signer's name on the right. */
function footTable(doc: OfficialDocument): Table {
  const signature = (s: OfficialDocument["signature"]) => [
    ...s.authority.map((t) => line(t.toUpperCase(), { size: SIZE.authority, bold: true })),
    line(s.signerName, { size: SIZE.signerName, bold: true, spaceBeforePt: mmToPt(SIGNATURE_SPACE_MM) }),
  ];
  const left = doc.leftSignature
    ? signature(doc.leftSignature)
    : [
        line("Nơi nhận:", { size: SIZE.recipientsTitle, bold: true, italics: true, align: docx.AlignmentType.LEFT }),
        ...recipientLines(doc.recipients).map((t) => line(t, { size: SIZE.recipients, align: docx.AlignmentType.LEFT })),
      ];
  return twoColumns([[left, signature(doc.signature)]]);
}
