// The assessment list template: the columns the import reads, an example row, a choice list of
// the four ratings, and a sheet of instructions.
import type { DataValidation } from "exceljs";
import { ASSESSMENT_COLUMNS, ASSESSMENT_EXAMPLE } from "./assessment-sheet";

export const RATING_CHOICES = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"];

export async function assessmentTemplate(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs"); // loaded when first asked for, not at start
  const book = new ExcelJS.Workbook();
  book.creator = "Thi Đua";
  const sheet = book.addWorksheet("Xếp loại");
  sheet.columns = [{ header: "STT", key: "serial", width: 6 }, ...ASSESSMENT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.addRow({ serial: 1, ...ASSESSMENT_EXAMPLE }).font = { italic: true, color: { argb: "FF808080" } };
  const lists = book.addWorksheet("Danh mục", { state: "hidden" });
  RATING_CHOICES.forEach((r, i) => (lists.getCell(i + 1, 1).value = r));
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
  validations.add("F2:F10000", { type: "list", allowBlank: true, formulae: [`'Danh mục'!$A$1:$A$${RATING_CHOICES.length}`] });
  const help = book.addWorksheet("Hướng dẫn");
  help.getColumn(1).width = 110;
  [
    "Mỗi dòng là xếp loại của một người trong một năm. Dòng ví dụ (chữ nghiêng) không bao giờ được nhập.",
    "Người được tìm trong đơn vị chọn khi nhập và các đơn vị trực thuộc, theo họ và tên cùng năm sinh (hoặc ngày sinh); người phải có trong sổ người dân.",
    "Nếu có hai người cùng họ tên và năm sinh, ghi ngày sinh đầy đủ hoặc tên tổ dân phố, đơn vị để phân biệt.",
    "Năm: năm được đánh giá, ví dụ 2024.",
    "Xếp loại: Hoàn thành xuất sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ (HTNV) hoặc Không hoàn thành nhiệm vụ; viết tắt và không dấu đều được.",
    "Năm đã có xếp loại khác sẽ được sửa theo tệp; trang xem trước cho thấy xếp loại cũ và mới trước khi xác nhận.",
    "Có thể thêm tiêu đề phía trên dòng tên cột, dòng tổng cộng và phần chữ ký bên dưới: chúng được bỏ qua.",
    "Tệp có lỗi sẽ không được nhập dòng nào; mỗi tệp chỉ nhập một lần vào một đơn vị.",
  ].forEach((line, i) => (help.getCell(i + 1, 1).value = line));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
