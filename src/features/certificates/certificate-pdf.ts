// Certificates as one PDF, A4 landscape, one page each, with the documents' printer and font
// (src/documents/pdf.ts). Every part is placed at its box (src/domain/certificates/fields.ts),
// shifted by the unit's calibration; the template prints the standard wording over the unit's
// background image or a printed border, pre-printed blanks get only the variable fields. Each
// page carries the QR code of its verification address and the code under it. Text is plain:
// nothing a name or an achievement holds is read as markup.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { mmToPt } from "../../documents/layout";
import { FONT, pdfPrinter, TINOS_LINE_HEIGHT } from "../../documents/pdf";
import { formatCertificateCode } from "../../domain/certificates/code";
import { FIELDS, placedBoxes, SHEET_MM, VARIABLE_FIELDS, type Field, type FieldBox, type Offsets, type Positions } from "../../domain/certificates/fields";
import { placeDateLine } from "../../domain/documents/date-line";
import { formatDate } from "../../domain/text/dates";
import type { CertificateFacts } from "./certificate-facts";

export interface PrintLayout {
  mode: "template" | "preprinted";
  /** The unit's background (PNG or JPEG), printed under the template. */
  background: { key: string; dataUrl: string } | null;
  offsets: Offsets;
  positions: Positions;
}

export const DEFAULT_LAYOUT: PrintLayout = { mode: "template", background: null, offsets: { x: 0, y: 0 }, positions: {} };

const nfc = (s: string) => s.normalize("NFC");
const upper = (s: string) => nfc(s).toLocaleUpperCase("vi");
const RED = "#b00000";

export const verificationUrl = (baseUrl: string, code: string) => `${baseUrl.replace(/\/+$/, "")}/verify/${formatCertificateCode(code)}`;

/** The heading: "TẶNG GIẤY KHEN" for a Giấy khen, "CHỨNG NHẬN" for a title. */
export function headingOf(c: Pick<CertificateFacts, "formName" | "category">): string {
  if (c.category === "title") return "CHỨNG NHẬN";
  return /giấy khen/i.test(c.formName) ? "TẶNG GIẤY KHEN" : `TẶNG ${upper(c.formName)}`;
}

/** What the holder is recognised for, in the standard wording. */
export function recognitionOf(c: Pick<CertificateFacts, "formName" | "category" | "achievement" | "year">): string {
  if (c.category === "title") return `Đạt danh hiệu "${nfc(c.formName)}"${c.year ? ` năm ${c.year}` : ""}`;
  const a = nfc(c.achievement).trim();
  if (!a) return `Đã có thành tích trong phong trào thi đua${c.year ? ` năm ${c.year}` : ""}`;
  return /^đã\s/i.test(a) ? a : `Đã có thành tích ${a.charAt(0).toLocaleLowerCase("vi")}${a.slice(1)}`;
}

const at = (box: FieldBox, dx = 0, dy = 0) => ({ x: mmToPt(box.x + dx), y: mmToPt(box.y + dy) });

/** A box of its own width at its place (an absolute position alone would let text run to the page's edge). */
function boxed(box: FieldBox, stack: Content[]): Content {
  return { absolutePosition: at(box), columns: [{ width: mmToPt(box.width), stack }] } as Content;
}

function textBox(box: FieldBox, text: string | Content[], style: Record<string, unknown>): Content {
  return boxed(box, [{ text: text as never, alignment: "center", ...style } as Content]);
}

function fieldContent(field: Field, c: CertificateFacts, box: FieldBox, baseUrl: string): Content[] {
  const d = c.decision;
  switch (field) {
    case "national":
      return [textBox(box, [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", bold: true }, { text: "Độc lập - Tự do - Hạnh phúc", bold: true }] as Content[], { fontSize: 14 })];
    case "issuer":
      return [textBox(box, upper(d.issuer), { fontSize: 15, bold: true })];
    case "heading":
      return [textBox(box, headingOf(c), { fontSize: 32, bold: true, color: RED })];
    case "holder":
      return [textBox(box, nfc(c.holder), { fontSize: 24, bold: true, italics: true })];
    case "achievement":
      return [textBox(box, recognitionOf(c), { fontSize: 15, italics: true })];
    case "decision":
      return [textBox(box, `Quyết định số ${nfc(d.numberSymbol)} ${formatDate(d.issuedOn)}`, { fontSize: 13 })];
    case "dateLine":
      return [textBox(box, placeDateLine(nfc(d.place), d.issuedOn), { fontSize: 14, italics: true })];
    case "signature":
      return [
        textBox(box, d.authority.map(upper).join("\n"), { fontSize: 14, bold: true }),
        textBox({ ...box, y: box.y + box.height - 7 }, nfc(d.signerName), { fontSize: 14, bold: true }),
      ];
    case "qr": {
      const size = Math.min(30, box.width, box.height - 8);
      return [
        boxed(box, [
          { qr: verificationUrl(baseUrl, c.code), fit: mmToPt(size), eccLevel: "M", alignment: "center" } as Content,
          { text: formatCertificateCode(c.code), fontSize: 10, bold: true, alignment: "center", margin: [0, 2, 0, 0], noWrap: true },
        ]),
      ];
    }
  }
}

/** The border of the default template: a double frame around the sheet. */
function border(): Content {
  const w = mmToPt(SHEET_MM.width);
  const h = mmToPt(SHEET_MM.height);
  const frame = (insetMm: number, width: number) => ({ type: "rect" as const, x: mmToPt(insetMm), y: mmToPt(insetMm), w: w - 2 * mmToPt(insetMm), h: h - 2 * mmToPt(insetMm), lineWidth: width, lineColor: RED });
  return { canvas: [frame(8, 3), frame(11, 0.8)] };
}

function pageOf(c: CertificateFacts, layout: PrintLayout, baseUrl: string, first: boolean): Content[] {
  const boxes = placedBoxes(layout.positions, layout.offsets);
  const fields = layout.mode === "preprinted" ? VARIABLE_FIELDS : FIELDS;
  const content = fields.flatMap((f) => fieldContent(f, c, boxes[f], baseUrl));
  return [{ text: "", ...(first ? {} : { pageBreak: "before" as const }) }, ...content];
}

function definition(pages: Content[], backgrounds: (page: number) => Content | null, images: Record<string, string>, title: string): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [0, 0, 0, 0],
    info: { title },
    images,
    defaultStyle: { font: FONT, fontSize: 14, lineHeight: TINOS_LINE_HEIGHT },
    background: (page) => backgrounds(page) ?? "",
    content: pages,
  };
}

/** The certificates, one a page, each with the layout of its form. */
export async function renderCertificates(list: readonly CertificateFacts[], layoutOf: (formCode: string) => PrintLayout, baseUrl: string): Promise<Buffer> {
  const images: Record<string, string> = {};
  const layouts = list.map((c) => layoutOf(c.formCode));
  for (const l of layouts) if (l.mode === "template" && l.background) images[l.background.key] = l.background.dataUrl;
  const pages = list.flatMap((c, i) => pageOf(c, layouts[i]!, baseUrl, i === 0));
  const backgrounds = (page: number): Content | null => {
    const l = layouts[page - 1];
    if (!l || l.mode === "preprinted") return null;
    if (l.background) return { image: l.background.key, width: mmToPt(SHEET_MM.width), height: mmToPt(SHEET_MM.height) };
    return border();
  };
  const title = list.length === 1 ? `Giấy khen - ${nfc(list[0]!.holder)}` : `Giấy khen - ${list[0]?.decision.numberSymbol ?? ""}`;
  return (await pdfPrinter()).createPdf(definition(pages.length ? pages : [{ text: "" }], backgrounds, images, title)).getBuffer();
}

/**
 * The calibration page for pre-printed blanks: a millimetre grid with crosshairs (where the paper
 * is), and each field's box where it will print, shifted by the offsets. Printed onto a blank,
 * it shows how far the printer is off.
 */
export async function renderCalibrationPage(layout: PrintLayout): Promise<Buffer> {
  const w = SHEET_MM.width;
  const h = SHEET_MM.height;
  const lines: Record<string, unknown>[] = [];
  const labels: Content[] = [];
  for (let x = 10; x < w; x += 10) lines.push({ type: "line", x1: mmToPt(x), y1: 0, x2: mmToPt(x), y2: mmToPt(h), lineWidth: x % 50 === 0 ? 0.6 : 0.2, lineColor: "#999999" });
  for (let y = 10; y < h; y += 10) lines.push({ type: "line", x1: 0, y1: mmToPt(y), x2: mmToPt(w), y2: mmToPt(y), lineWidth: y % 50 === 0 ? 0.6 : 0.2, lineColor: "#999999" });
  for (let x = 50; x < w; x += 50) labels.push({ text: `${x}`, fontSize: 7, color: "#666666", absolutePosition: { x: mmToPt(x + 0.8), y: mmToPt(1) } });
  for (let y = 50; y < h; y += 50) labels.push({ text: `${y}`, fontSize: 7, color: "#666666", absolutePosition: { x: mmToPt(1), y: mmToPt(y + 0.8) } });
  for (const [cx, cy] of [[15, 15], [w - 15, 15], [15, h - 15], [w - 15, h - 15], [w / 2, h / 2]] as const) {
    lines.push({ type: "line", x1: mmToPt(cx - 6), y1: mmToPt(cy), x2: mmToPt(cx + 6), y2: mmToPt(cy), lineWidth: 1 });
    lines.push({ type: "line", x1: mmToPt(cx), y1: mmToPt(cy - 6), x2: mmToPt(cx), y2: mmToPt(cy + 6), lineWidth: 1 });
  }
  const boxes = placedBoxes(layout.positions, layout.offsets);
  for (const f of VARIABLE_FIELDS) {
    const b = boxes[f];
    lines.push({ type: "rect", x: mmToPt(b.x), y: mmToPt(b.y), w: mmToPt(b.width), h: mmToPt(b.height), lineWidth: 1, lineColor: RED, dash: { length: 3 } });
    labels.push({ text: `[${f}]`, fontSize: 9, color: RED, absolutePosition: at(b, 1, 1) });
  }
  const note = `Trang thử căn chỉnh / calibration page — lệch ngang / x: ${layout.offsets.x} mm, lệch dọc / y: ${layout.offsets.y} mm`;
  const content: Content[] = [{ canvas: lines as never, absolutePosition: { x: 0, y: 0 } }, ...labels, { text: note, fontSize: 10, absolutePosition: { x: mmToPt(20), y: mmToPt(h - 8) } }];
  return (await pdfPrinter()).createPdf(definition(content, () => null, {}, "Trang thử căn chỉnh")).getBuffer();
}
