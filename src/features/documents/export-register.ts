import { DOCUMENT_TYPES, isDocumentType } from "../../domain/documents/document-types";
import { formatDate } from "../../domain/text/dates";
import type { documentRegister } from "./list-documents";

type Register = Awaited<ReturnType<typeof documentRegister>>;

/** Sổ văn bản đi as a spreadsheet: one row per number, in number order. */
export async function registerWorkbook(register: Register): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs"); // loaded when first asked for, not at start
  const book = new ExcelJS.Workbook();
  book.creator = "Thi Đua";
  const sheet = book.addWorksheet(`Sổ văn bản đi ${register.year}`);
  sheet.addRow([`SỔ VĂN BẢN ĐI NĂM ${register.year} – ${register.unit.name.toLocaleUpperCase("vi")}`]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const head = sheet.addRow(["Số", "Số và ký hiệu", "Loại văn bản", "Ngày văn bản", "Trích yếu nội dung", "Người ký"]);
  head.font = { bold: true };
  for (const e of register.entries) {
    const type = isDocumentType(e.typeCode) ? (DOCUMENT_TYPES[e.typeCode] ?? "CÔNG VĂN") : e.typeCode;
    sheet.addRow([e.number, e.numberSymbol, type, e.issuedOn ? formatDate(e.issuedOn) : "", e.summary, e.signerName]);
  }
  sheet.columns.forEach((col, i) => (col.width = [8, 18, 14, 26, 70, 24][i]));
  sheet.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await book.xlsx.writeBuffer());
}
