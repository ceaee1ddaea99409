// The payment list (danh sách chi tiền thưởng) of an issued award decision as .xlsx: one row per
// awardee with the amount in figures and in words and a column to sign on receipt, the total per
// fund, and the signature lines of those who draw up, check and approve it.
import type { Db } from "../../db/client";
import { amountInWords } from "../../domain/bonus/words";
import { type AwardDecisionContent, groupByForm, totalBonus } from "../../domain/decisions/decision-content";
import { formatDate } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { authorize, ValidationError } from "../../platform/errors";
import type { DownloadFile } from "../../web/download";
import { findVisibleDecision } from "./find-decision";
import { decisionPolicy } from "./policy";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function paymentList(actor: Actor, id: number, db: Db): Promise<DownloadFile> {
  const { doc, unit, content, asRecipient } = await findVisibleDecision(actor, db, id);
  authorize(!asRecipient && decisionPolicy.pay(actor, unit), "decision.pay");
  if (content.kind !== "award") throw ValidationError.field("_form", "errors.payment_list_award_only");
  if (doc.status !== "issued") throw ValidationError.field("_form", "errors.payment_list_not_issued");
  const bytes = await paymentWorkbook(content, { numberSymbol: doc.numberSymbol!, issuedOn: doc.issuedOn!, issuingBody: (doc.header as { issuingBody: string }).issuingBody });
  return { name: `Danh sách chi tiền thưởng ${doc.numberSymbol!.replace("/", "-")}.xlsx`, bytes, contentType: XLSX };
}

export async function paymentWorkbook(content: AwardDecisionContent, decision: { numberSymbol: string; issuedOn: string; issuingBody: string }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs"); // loaded with the first list, not at start
  const book = new ExcelJS.Workbook();
  book.creator = decision.issuingBody.replace(/\n/g, " ");
  const sheet = book.addWorksheet("Chi tiền thưởng", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 6 }, { width: 32 }, { width: 34 }, { width: 16 }, { width: 48 }, { width: 16 }];
  const title = (text: string, bold = true, italic = false) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 6);
    row.getCell(1).font = { name: "Times New Roman", size: 13, bold, italic };
    row.getCell(1).alignment = { horizontal: "center" };
  };
  title(decision.issuingBody.replace(/\n/g, " "));
  title("DANH SÁCH CHI TIỀN THƯỞNG");
  title(`(Kèm theo Quyết định số ${decision.numberSymbol} ${formatDate(decision.issuedOn)} của ${content.issuer})`, false, true);
  sheet.addRow([]);
  const header = sheet.addRow(["STT", "Họ và tên / Tên tập thể", "Hình thức khen thưởng", "Số tiền (đồng)", "Số tiền bằng chữ", "Ký nhận"]);
  header.font = { name: "Times New Roman", bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  const money = "#,##0";
  let n = 0;
  for (const group of groupByForm(content.lines)) {
    for (const line of group.lines) {
      const amount = line.bonus?.amount ?? 0;
      const row = sheet.addRow([++n, line.recipientName, group.formName, amount, amount ? amountInWords(amount) : "", ""]);
      row.getCell(4).numFmt = money;
      row.alignment = { vertical: "middle", wrapText: true };
    }
  }
  // One fund per decision today (the unit's own); the list totals per fund all the same.
  const total = totalBonus(content.lines);
  const totalRow = sheet.addRow(["", `Tổng cộng (${content.fund})`, "", total, amountInWords(total), ""]);
  totalRow.font = { name: "Times New Roman", bold: true };
  totalRow.getCell(4).numFmt = money;
  sheet.addRow([]);
  const signatures = sheet.addRow(["", "NGƯỜI LẬP BIỂU", "", "KẾ TOÁN", "THỦ TRƯỞNG ĐƠN VỊ", ""]);
  signatures.font = { name: "Times New Roman", bold: true };
  signatures.alignment = { horizontal: "center" };
  for (let r = header.number; r <= totalRow.number; r++) {
    for (let col = 1; col <= 6; col++) sheet.getCell(r, col).border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  }
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}
