// The ceremony's papers: the presentation list (A4 portrait, in the order names are called) and
// the name cards (one A4 landscape sheet each, folded along the dashed line into a tent: the name
// faces the hall on the lower half; the upper half stands behind it).
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { mmToPt } from "../../documents/layout";
import { FONT, pdfPrinter, TINOS_LINE_HEIGHT } from "../../documents/pdf";
import { formatDate } from "../../domain/text/dates";
import type { CertificateFacts, DecisionFacts } from "./certificate-facts";

const nfc = (s: string) => s.normalize("NFC");

export async function renderPresentationList(decision: DecisionFacts, list: readonly CertificateFacts[]): Promise<Buffer> {
  const head = ["STT", "Họ và tên", "Hình thức, danh hiệu", "Thành tích"].map((text) => ({ text, bold: true, alignment: "center" as const }));
  const body = list.map((c, i) => [{ text: String(i + 1), alignment: "center" as const }, { text: nfc(c.holder), bold: true }, nfc(c.formName), nfc(c.achievement)]);
  const definition: TDocumentDefinitions = {
    pageSize: "A4",
    pageMargins: [mmToPt(25), mmToPt(20), mmToPt(15), mmToPt(20)],
    info: { title: `Danh sách trao tặng - ${decision.numberSymbol}` },
    defaultStyle: { font: FONT, fontSize: 13, lineHeight: TINOS_LINE_HEIGHT },
    content: [
      { text: nfc(decision.issuer), bold: true, alignment: "center" },
      { text: "DANH SÁCH TRAO TẶNG", bold: true, fontSize: 15, alignment: "center", margin: [0, 12, 0, 0] },
      { text: `(Kèm theo Quyết định số ${nfc(decision.numberSymbol)} ${formatDate(decision.issuedOn)})`, italics: true, alignment: "center", margin: [0, 2, 0, 12] },
      { table: { headerRows: 1, widths: [mmToPt(12), "*", mmToPt(50), mmToPt(55)], body: [head, ...body], dontBreakRows: true } },
    ],
  };
  return (await pdfPrinter()).createPdf(definition).getBuffer();
}

export async function renderNameCards(list: readonly CertificateFacts[]): Promise<Buffer> {
  const w = mmToPt(297);
  const h = mmToPt(210);
  const pages: Content[] = list.flatMap((c, i): Content[] => [
    { text: "", ...(i ? { pageBreak: "before" as const } : {}) },
    { canvas: [{ type: "line", x1: mmToPt(10), y1: h / 2, x2: w - mmToPt(10), y2: h / 2, lineWidth: 0.5, dash: { length: 4 }, lineColor: "#888888" }], absolutePosition: { x: 0, y: 0 } },
    { text: "gấp theo đường này / fold here", fontSize: 8, color: "#888888", absolutePosition: { x: mmToPt(12), y: h / 2 - mmToPt(4) } },
    {
      absolutePosition: { x: mmToPt(15), y: h / 2 + mmToPt(22) },
      columns: [{ width: w - mmToPt(30), stack: [{ text: nfc(c.holder), fontSize: 40, bold: true, alignment: "center" }, { text: nfc(c.formName), fontSize: 18, italics: true, alignment: "center", margin: [0, 8, 0, 0] }] }],
    },
  ]);
  const definition: TDocumentDefinitions = {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [0, 0, 0, 0],
    info: { title: "Bảng tên" },
    defaultStyle: { font: FONT, fontSize: 14, lineHeight: TINOS_LINE_HEIGHT },
    content: pages.length ? pages : [{ text: "" }],
  };
  return (await pdfPrinter()).createPdf(definition).getBuffer();
}
