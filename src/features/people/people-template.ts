// The spreadsheet template offered for download: the columns the import reads, an
// example row, choice lists for gender and ethnicity, and a sheet of instructions.
import type { DataValidation } from "exceljs";
import { ETHNICITIES } from "../../domain/registry/ethnicities";
import { COLLECTIVE_COLUMNS, COLLECTIVE_EXAMPLE, PEOPLE_COLUMNS, PEOPLE_EXAMPLE } from "../../domain/registry/people-sheet";

export async function peopleTemplate(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs"); // loaded when first asked for, not at start
  const book = new ExcelJS.Workbook();
  book.creator = "Thi Đua";
  const sheet = book.addWorksheet("Người");
  sheet.columns = PEOPLE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.addRow(PEOPLE_EXAMPLE).font = { italic: true, color: { argb: "FF808080" } };
  const groups = book.addWorksheet("Tập thể");
  groups.columns = COLLECTIVE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  groups.getRow(1).font = { bold: true };
  groups.addRow(COLLECTIVE_EXAMPLE).font = { italic: true, color: { argb: "FF808080" } };
  const lists = book.addWorksheet("Danh mục", { state: "hidden" });
  ETHNICITIES.forEach((e, i) => (lists.getCell(i + 1, 1).value = e));
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
  validations.add("B2:B10000", { type: "list", allowBlank: true, formulae: ['"Nam,Nữ"'] });
  validations.add("D2:D10000", { type: "list", allowBlank: true, formulae: [`'Danh mục'!$A$1:$A$${ETHNICITIES.length}`] });
  validations.add("E2:E10000", { type: "list", allowBlank: true, formulae: ['"Có,Không"'] });
  const help = book.addWorksheet("Hướng dẫn");
  help.getColumn(1).width = 110;
  [
    "Mỗi dòng là một người. Chỉ cột Họ và tên là bắt buộc. Dòng ví dụ (chữ nghiêng) không bao giờ được nhập.",
    "Có thể thêm tiêu đề phía trên dòng tên cột, cột STT, dòng tổng cộng và phần chữ ký bên dưới: chúng được bỏ qua.",
    "Ngày sinh: ngày/tháng/năm với năm đủ 4 chữ số, ví dụ 21/03/1980; nếu chỉ biết năm sinh, ghi năm, ví dụ 1945.",
    "Chữ gõ bằng phông .VnTime (TCVN3) hoặc VNI-Times được tự chuyển sang Unicode; hãy kiểm tra ở trang xem trước.",
    "Dân tộc: một trong 54 dân tộc (chọn trong danh sách).",
    "Nơi sinh hoạt: tên hoặc mã tổ dân phố, thôn, chi hội… thuộc đơn vị được chọn khi nhập; để trống nếu là chính đơn vị đó.",
    "Mã hộ: những người cùng mã là một hộ gia đình; Quan hệ với chủ hộ: Chủ hộ, Vợ, Chồng, Con…",
    "Người cùng họ tên và ngày (hoặc năm) sinh với người đã có trong sổ, hoặc cùng họ tên trong cùng hộ, cùng tổ khi không có ngày sinh, được đánh dấu có thể đã có và không nhập lại, trừ khi bạn chọn vẫn thêm.",
    "Trang Tập thể (không bắt buộc): mỗi dòng một tập thể như câu lạc bộ, đội văn nghệ; tập thể trùng tên với tập thể đã có sẽ không nhập lại.",
    "Tệp có lỗi sẽ không được nhập dòng nào; sửa các dòng được báo rồi tải lên lại.",
  ].forEach((line, i) => (help.getCell(i + 1, 1).value = line));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
