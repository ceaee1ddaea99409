// The award list template offered for download: the columns the import reads, an example row,
// choice lists for the kind of recipient and the kind of commendation, the forms of the
// catalogue with their codes, and a sheet of instructions.
import type { DataValidation } from "exceljs";
import { AWARD_COLUMNS, AWARD_EXAMPLE } from "../../domain/awards/awards-sheet";
import type { DbOrTx } from "../../db/client";
import { catalogueNames } from "./catalogue-names";

export async function awardsTemplate(db: DbOrTx): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const names = await catalogueNames(db);
  const book = new ExcelJS.Workbook();
  book.creator = "Thi Đua";
  const sheet = book.addWorksheet("Khen thưởng");
  sheet.columns = [{ header: "STT", key: "stt", width: 6 }, ...AWARD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.addRow({ stt: 1, ...AWARD_EXAMPLE }).font = { italic: true, color: { argb: "FF808080" } };
  const col = (key: string) => String.fromCharCode(66 + AWARD_COLUMNS.findIndex((c) => c.key === key)); // B… after STT
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
  validations.add(`${col("recipientKind")}2:${col("recipientKind")}10000`, { type: "list", allowBlank: true, formulae: ['"Cá nhân,Hộ gia đình,Tập thể,Đơn vị"'] });
  validations.add(`${col("kind")}2:${col("kind")}10000`, { type: "list", allowBlank: true, formulae: ['"Công trạng,Đột xuất,Theo đợt,Chuyên đề,Cống hiến,Niên hạn,Đối ngoại"'] });
  const forms = book.addWorksheet("Hình thức");
  forms.columns = [
    { header: "Mã", key: "code", width: 16 },
    { header: "Tên hình thức, danh hiệu", key: "name", width: 60 },
  ];
  forms.getRow(1).font = { bold: true };
  for (const f of names.forms) forms.addRow({ code: f.code, name: f.name });
  const help = book.addWorksheet("Hướng dẫn");
  help.getColumn(1).width = 110;
  [
    "Mỗi dòng là một lần khen thưởng của một cá nhân, hộ gia đình, tập thể hoặc đơn vị. Dòng ví dụ (chữ nghiêng) không bao giờ được nhập.",
    "Bắt buộc: Họ và tên / Tên tập thể, Hình thức khen thưởng, Số quyết định, Ngày quyết định (ngày/tháng/năm, ví dụ 10/01/2024).",
    "Loại: Cá nhân (mặc định), Hộ gia đình, Tập thể hoặc Đơn vị. Người được tìm theo họ tên và năm sinh (hoặc ngày sinh) trong đơn vị được chọn khi nhập;",
    "hộ gia đình theo mã hộ hoặc họ tên chủ hộ; tập thể theo tên; đơn vị (tổ dân phố, thôn…) theo mã hoặc tên. Đơn vị / Tổ dân phố: để thu hẹp nơi tìm.",
    "Hình thức khen thưởng: mã hoặc tên như ở trang Hình thức (có dấu hoặc không dấu), ví dụ LDTT, 'Lao động tiên tiến', 'Giấy khen'.",
    "Tên và mã phải có trong danh mục vào ngày quyết định: Giấy khen của Chủ tịch UBND cấp huyện chỉ có đến 30/6/2025.",
    "Năm: bắt buộc với danh hiệu hằng năm (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Gia đình văn hóa…). Loại hình: mặc định công trạng.",
    "Quyết định đề ngày trong tương lai không được nhập. Khen thưởng đã có trong sổ (cùng người nhận, hình thức, năm, số quyết định) được đánh dấu 'đã có' và bỏ qua.",
    "Chữ gõ bằng phông .VnTime (TCVN3) hoặc VNI-Times được tự chuyển sang Unicode; hãy kiểm tra ở trang xem trước.",
    "Tệp có lỗi sẽ không được nhập dòng nào; sửa các dòng được báo rồi tải lên lại.",
  ].forEach((line, i) => (help.getCell(i + 1, 1).value = line));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
