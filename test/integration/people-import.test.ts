// Importing the ward's people spreadsheet: a template to download, a preview of what
// will change with row-level errors and likely duplicates, then all or nothing.
import ExcelJS from "exceljs";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectives, files, households, people, roleAssignments, units } from "../../src/db/schema";
import { importPeople } from "../../src/features/people/import-people";
import { loadActor, type Actor } from "../../src/platform/actor";
import { Forbidden } from "../../src/platform/errors";
import { detectFileKind } from "../../src/platform/uploads";
import { encodeTcvn3, encodeVni } from "../../src/domain/text/legacy-encodings";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;
let groupId: number;

async function workbook(rows: (string | Date | null)[][], header = ["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Nơi sinh hoạt", "Mã hộ", "Quan hệ với chủ hộ"]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Người");
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const peopleCount = async () => (await t.deps.database.db.select({ n: count() }).from(people))[0]!.n;

async function upload(bytes: Uint8Array, name = "nguoi-dan.xlsx") {
  await admin.get("/people/import");
  return admin.postFile("/people/import", { unitId: String(wardId) }, { field: "file", name, bytes });
}

/** A residential group of its own, so that a test's people are not another test's duplicates. */
async function freshGroup(name: string) {
  const unit = await addUnit(t, { id: wardId, path: `/${wardId}/` }, name);
  return { unitId: unit.id, unitName: name };
}

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  groupId = (await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Tổ dân phố Hòa Bình")).id;
});

const adminActor = async () => {
  const [row] = await t.deps.database.db.select().from(roleAssignments).where(eq(roleAssignments.role, "admin"));
  return (await loadActor(t.deps.database.db, row!.userId))!;
};
const confirm = async (preview: { text: string }) => admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(preview.text)![1]!, unitId: String(wardId) });
afterAll(() => t.close());

describe("the template", () => {
  it("is a real spreadsheet with the import's columns", async () => {
    const res = await t.app.request("/people/template.xlsx", { headers: { cookie: `thidua_session=${admin.cookie("thidua_session")}` } });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(detectFileKind(bytes)).toBe("xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(book.getWorksheet("Người")!.getRow(1).values).toContain("Ngày sinh");
  });

  it("comes back filled in with its example rows still there, and the examples are never imported", async () => {
    const res = await t.app.request("/people/template.xlsx", { headers: { cookie: `thidua_session=${admin.cookie("thidua_session")}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    book.getWorksheet("Người")!.addRow(["Hồ Văn Mẫu", "Nam", "1/2/1961"]);
    book.getWorksheet("Tập thể")!.addRow(["Đội bóng chuyền hơi", "Đội", 12]);
    const preview = await upload(new Uint8Array(await book.xlsx.writeBuffer()), "mau-da-dien.xlsx");
    const text = textOf(preview.text);
    expect(text).toContain("Số người sẽ thêm 1");
    expect(text).toContain("Số tập thể mới 1");
    expect(text).toContain("Dòng 2 (dòng ví dụ của tệp mẫu): Nguyễn Thị Ánh");
    expect(text).toContain("Dòng 2 (dòng ví dụ của tệp mẫu): Câu lạc bộ Dưỡng sinh phường");
  });
});

describe("importing", () => {
  it("previews, then imports people and households on confirmation", async () => {
    const bytes = await workbook([
      ["Nguyễn Văn An", "Nam", new Date(Date.UTC(1970, 4, 7)), "Kinh", "Tổ dân phố Hòa Bình", "H01", "Chủ hộ"],
      ["Trần Thị Bình", "Nữ", "22/12/1972", "Kinh", "to dan pho hoa binh", "H01", "Vợ"],
      ["Lê Văn Cường", "Nam", "3/2/1990", "Chăm", "", "", ""],
    ]);
    const preview = await upload(bytes);
    expect(preview.status).toBe(200);
    const text = textOf(preview.text);
    expect(text).toContain("Số người sẽ thêm 3");
    expect(text).toContain("Số hộ gia đình mới 1");
    expect(text).toContain("Tổ dân phố Hòa Bình: 2");
    expect(await peopleCount()).toBe(0);

    const done = await admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(preview.text)![1]!, unitId: String(wardId) });
    expect(done.status).toBe(303);
    expect(textOf((await admin.get(done.location!)).text)).toContain("Đã nhập 3 người.");
    expect(await peopleCount()).toBe(3);
    const [household] = await t.deps.database.db.select().from(households);
    const members = await t.deps.database.db.select().from(people).where(eq(people.householdId, household!.id));
    expect(members.map((m) => [m.fullName, m.householdRole]).sort()).toEqual([["Nguyễn Văn An", "Chủ hộ"], ["Trần Thị Bình", "Vợ"]]);
  });

  it("recognises people already recorded and does not import them again", async () => {
    const preview = await upload(await workbook([["Nguyễn Văn An", "Nam", "7/5/1970", "Kinh", "", "", ""], ["Đặng Thị Hoa", "Nữ", "1/1/2000", "Kinh", "", "", ""]]));
    const text = textOf(preview.text);
    expect(text).toContain("Số người đã có, không đổi 1");
    expect(text).toMatch(/2 Đã có, không đổi xem người đã có Nguyễn Văn An Nam ngày 7 tháng 5 năm 1970/);
    expect(text).toMatch(/3 Thêm mới Đặng Thị Hoa Nữ ngày 1 tháng 1 năm 2000/);
    expect(text).toContain("Xác nhận nhập 1 người");
  });

  it("updates a person recorded already with what the new list changes, never erasing with a blank cell", async () => {
    const { unitId } = await freshGroup("Tổ dân phố Đá Bạc");
    const header = ["Họ và tên", "Ngày sinh", "Số điện thoại", "Địa chỉ", "Dân tộc"];
    const first = await workbook([["Mai Thị Hồng", "3/3/1966", "0905 000 111", "7 Hùng Vương", "Kinh"]], header);
    const one = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "a.xlsx", bytes: first });
    await admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(one.text)![1]!, unitId: String(unitId) });
    const edited = await workbook([["Mai Thị Hồng", "03/03/1966", "0905 999 888", "", "Kinh"]], header);
    const two = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "b.xlsx", bytes: edited });
    const text = textOf(two.text);
    expect(text).toContain("Số người đã có sẽ được cập nhật 1");
    expect(text).toMatch(/2 Cập nhật Số điện thoại: 0905 000 111 → 0905 999 888 xem người đã có Mai Thị Hồng/);
    const done = await admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(two.text)![1]!, unitId: String(unitId) });
    expect(done.status).toBe(303);
    const stored = await t.deps.database.db.select().from(people).where(eq(people.unitId, unitId));
    expect(stored.map((p) => [p.fullName, p.phone, p.address])).toEqual([["Mai Thị Hồng", "0905 999 888", "7 Hùng Vương"]]);
  });

  it("reports every bad row by row and column, and imports nothing", async () => {
    const rows: (string | null)[][] = Array.from({ length: 12 }, (_, i) => [`Người Thứ ${i}`, "", "", "", "", "", ""]);
    rows.push(["Phạm Thị Dung", "Nữ", "31/02/1980", "Kinh", "", "", ""]);
    rows.push(["Võ Văn Em", "Nam", "", "Kinh", "Tổ dân phố Không Có", "", ""]);
    const before = await peopleCount();
    const preview = await upload(await workbook(rows));
    expect(preview.status).toBe(422);
    const text = textOf(preview.text);
    expect(text).toContain("Tệp có 2 lỗi; chưa nhập dòng nào");
    expect(text).not.toContain("Số người sẽ thêm");
    expect(text).toMatch(/14 Lỗi Dòng 14, cột Ngày sinh/);
    expect(text).toMatch(/2 Thêm mới Người Thứ 0/);
    expect(text).toContain("Dòng 14, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ");
    expect(text).toContain("Dòng 15, cột Nơi sinh hoạt: không có đơn vị 'Tổ dân phố Không Có' trong Phường Cam Phú");
    expect(preview.text).not.toContain("/people/import/confirm");
    expect(await peopleCount()).toBe(before);
  });

  it("leaves out a column not in the template, saying so; rejects a duplicate row", async () => {
    const wrong = await upload(await workbook([["A B", "1"]], ["Họ và tên", "Số CMND"]));
    expect(wrong.status).toBe(200);
    expect(textOf(wrong.text)).toContain("Các cột không có trong mẫu, không được nhập: B (Số CMND)");
    const twice = await upload(await workbook([["Lý Thị Gấm", "Nữ", "2/2/1992", "", "", "", ""], ["Lý Thị Gấm", "Nữ", "02/02/1992", "", "", "", ""]]));
    expect(textOf(twice.text)).toContain("Dòng 3, cột Họ và tên: trùng với dòng 2");
  });

  it("refuses a program renamed to .xlsx, and a file that is not a spreadsheet, storing nothing", async () => {
    const stored = async () => (await t.deps.database.db.select({ n: count() }).from(files))[0]!.n;
    const before = await stored();
    const exe = await upload(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), "danh-sach.xlsx");
    expect(exe.status).toBe(422);
    expect(textOf(exe.text)).toContain("Tệp phải là một trong các loại: .xlsx");
    const text = await upload(new TextEncoder().encode("Họ và tên\nNguyễn Văn A\n"), "danh-sach.xlsx");
    expect(text.status).toBe(422);
    expect(await stored()).toBe(before);
  });

  it("imports collectives from the 'Tập thể' sheet, once", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Người").addRow(["Họ và tên", "Ngày sinh"]).commit();
    book.getWorksheet("Người")!.addRow(["Mai Văn Hùng", "9/9/1999"]);
    const groups = book.addWorksheet("Tập thể");
    groups.addRow(["Tên tập thể", "Loại", "Số thành viên", "Nơi sinh hoạt"]);
    groups.addRow(["Câu lạc bộ Dưỡng sinh Hòa Bình", "Câu lạc bộ", 35, "Tổ dân phố Hòa Bình"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const preview = await upload(bytes);
    expect(textOf(preview.text)).toContain("Số tập thể mới 1");
    const done = await admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(preview.text)![1]!, unitId: String(wardId) });
    expect(done.status).toBe(303);
    const [group] = await t.deps.database.db.select().from(collectives);
    expect(group).toMatchObject({ name: "Câu lạc bộ Dưỡng sinh Hòa Bình", kind: "Câu lạc bộ", memberCount: 35 });
    expect(textOf((await admin.get(`/units/${group!.unitId}`)).text)).toContain("Câu lạc bộ Dưỡng sinh Hòa Bình (35 thành viên)");
    expect(textOf((await upload(bytes)).text)).toContain("1 tập thể đã có, không nhập lại");
  });

  it("imports a list kept the way ward offices keep it: title, merged header, STT, numbering, year of birth alone, footer", async () => {
    const { unitId, unitName } = await freshGroup("Tổ dân phố Cầu Đá");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Danh sách");
    sheet.addRow(["UBND PHƯỜNG CAM PHÚ", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    sheet.addRow(["DANH SÁCH NGƯỜI CAO TUỔI TỔ DÂN PHỐ CẦU ĐÁ"]);
    sheet.mergeCells("A2:F2");
    sheet.addRow([]);
    sheet.addRow(["STT", "Họ và tên", "Năm sinh", "", "Dân tộc", "Mã hộ"]);
    sheet.addRow(["", "", "Nam", "Nữ", "", ""]);
    for (const col of ["A", "B", "E", "F"]) sheet.mergeCells(`${col}4:${col}5`);
    sheet.mergeCells("C4:D4");
    sheet.addRow(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
    sheet.addRow([1, "Phan Văn Lộc", 1938, "", "Việt", "CD01"]);
    sheet.addRow([2, "Nguyễn Thị Ánh", "", "21/03/1980", "Kinh", "H001"]); // the template's example, copied along
    sheet.addRow([3, "Võ Thị Xuân", "", "1941", "Raglai", "CD01"]);
    sheet.addRow([4, "", "", "", "", ""]);
    sheet.addRow(["Tổng cộng: 2 người"]);
    sheet.addRow([]);
    sheet.addRow(["", "Người lập biểu", "", "", "TỔ TRƯỞNG"]);
    sheet.addRow(["", "(Ký, ghi rõ họ tên)", "", "", "(Ký, ghi rõ họ tên)"]);
    sheet.addRow(["", "Trần Văn Tổ", "", "", "Lê Văn Trưởng"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const preview = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "nguoi-cao-tuoi.xls.xlsx", bytes });
    expect(preview.status).toBe(200);
    const text = textOf(preview.text);
    expect(text).toContain("Số người sẽ thêm 2");
    expect(text).toMatch(/7 Thêm mới Phan Văn Lộc Nam năm 1938 Kinh/);
    expect(text).toMatch(/9 Thêm mới Võ Thị Xuân Nữ năm 1941 Ra Glai/);
    expect(text).toContain("Dòng 8 (dòng ví dụ của tệp mẫu)");
    expect(text).toContain("Dòng 11 (dòng tổng cộng)");
    expect(text).toContain("Dòng 13 (phần chữ ký): Người lập biểu · TỔ TRƯỞNG");
    expect(text).toContain("Dòng 15 (phần chữ ký): Trần Văn Tổ · Lê Văn Trưởng");
    const done = await admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(preview.text)![1]!, unitId: String(unitId) });
    expect(done.status).toBe(303);
    const stored = await t.deps.database.db.select().from(people).where(eq(people.unitId, unitId));
    expect(stored.map((p) => [p.fullName, p.gender, p.birthDate, p.birthYear, p.ethnicity]).sort()).toEqual([
      ["Phan Văn Lộc", "male", null, 1938, "Kinh"],
      ["Võ Thị Xuân", "female", null, 1941, "Ra Glai"],
    ]);
    expect(textOf((await admin.get(`/people/${stored[0]!.id}`)).text)).toMatch(/Ngày sinh năm 19(38|41)/);
    void unitName;

    // The same list again, edited: nobody is added twice, with or without a birth date.
    sheet.getCell("B7").value = "Phan Văn Lộc";
    sheet.getCell("C7").value = null; // the year erased: same name in the same household
    sheet.addRow([]);
    const again = new Uint8Array(await book.xlsx.writeBuffer());
    const second = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "lan-2.xlsx", bytes: again });
    const secondText = textOf(second.text);
    expect(secondText).toContain("2 người có thể đã có trong sổ");
    expect(secondText).toContain("Số người sẽ thêm 0");
  });

  it("adds a flagged person only when the official ticks 'add anyway'", async () => {
    const { unitId } = await freshGroup("Tổ dân phố Bãi Giếng");
    const first = await workbook([["Trương Văn Tư", "Nam", "", "", "", "", ""]]);
    const one = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "a.xlsx", bytes: first });
    await admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(one.text)![1]!, unitId: String(unitId) });
    const namesake = await workbook([["Trương Văn Tư", "Nam", "", "", "", "", ""], ["Đinh Thị Sáu", "Nữ", "", "", "", "", ""]]);
    const two = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "b.xlsx", bytes: namesake });
    expect(textOf(two.text)).toMatch(/2 Có thể đã có .*Trương Văn Tư/);
    const fileId = /name="fileId" value="([0-9a-f]+)"/.exec(two.text)![1]!;
    const done = await admin.post("/people/import/confirm", { fileId, unitId: String(unitId), "addAnyway.2": "on" });
    expect(done.status).toBe(303);
    const names = (await t.deps.database.db.select().from(people).where(eq(people.unitId, unitId))).map((p) => p.fullName).sort();
    expect(names).toEqual(["Trương Văn Tư", "Trương Văn Tư", "Đinh Thị Sáu"].sort());
  });

  it("says what to do with an Excel 97–2003 .xls and with a workbook saved with a password", async () => {
    // Office compound files: the 8-byte signature, then (somewhere in the directory) the stream names, in UTF-16.
    const compound = (stream: string) => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set([...stream].flatMap((c) => [c.charCodeAt(0), 0]), 1024);
      return bytes;
    };
    const before = await peopleCount();
    const xls = await upload(compound("Workbook"), "danh-sach.xls");
    expect(xls.status).toBe(422);
    expect(textOf(xls.text)).toContain("Đây là tệp .xls của Excel 97–2003; hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx");
    const locked = await upload(compound("EncryptedPackage"), "danh-sach.xlsx");
    expect(textOf(locked.text)).toContain("Tệp Excel này có mật khẩu nên không đọc được");
    expect(await peopleCount()).toBe(before);
  });

  it("reads a formula's value and keeps a name typed in capitals as typed, found and sorted like any other", async () => {
    const { unitId } = await freshGroup("Tổ dân phố Phú Thịnh");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Người");
    sheet.addRow(["Họ và tên", "Ngày sinh", "Địa chỉ"]);
    sheet.addRow(["NGUYỄN VĂN AN", "1/1/1960", { formula: '"Tổ "&"3"', result: "Tổ 3" }]);
    sheet.addRow(["Lê Thị Ánh", { formula: "DATE(1970,5,7)", result: new Date(Date.UTC(1970, 4, 7)) }, ""]);
    const res = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "hoa.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) });
    expect(res.status).toBe(200);
    await admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(res.text)![1]!, unitId: String(unitId) });
    const stored = await t.deps.database.db.select().from(people).where(eq(people.unitId, unitId));
    expect(stored.map((p) => [p.fullName, p.birthDate, p.address]).sort()).toEqual([
      ["Lê Thị Ánh", "1970-05-07", null],
      ["NGUYỄN VĂN AN", "1960-01-01", "Tổ 3"],
    ]);
    const list = textOf((await admin.get(`/people?unit=${unitId}&q=nguyen van an`)).text);
    expect(list).toContain("NGUYỄN VĂN AN");
    const all = textOf((await admin.get(`/people?unit=${unitId}`)).text);
    expect(all.indexOf("NGUYỄN VĂN AN")).toBeLessThan(all.indexOf("Lê Thị Ánh"));
  });

  it("converts names typed in TCVN3 (.VnTime) and VNI (VNI-Times), showing what the file held, and imports the Unicode", async () => {
    const { unitId } = await freshGroup("Tổ dân phố Nghĩa Phú");
    // .VnTime has no toned capitals (typists switch to .VnTimeH for those), so these names need none.
    const tcvn3 = ["Nguyễn Văn Bình", "Trần Thị Tuyết", "Phạm Ngọc Ân", "Lê Thị Ươm", "Huỳnh Thị Yến", "Đỗ Xuân Chiến"];
    const vni = ["Võ Ưng Hoàng", "Bùi Thị Ợt", "Đặng Thị Ngọc Huyền"];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Người");
    sheet.addRow(["Họ và tên", "Địa chỉ", "Dân tộc"]);
    for (const name of tcvn3) sheet.addRow([encodeTcvn3(name), "", encodeTcvn3("Kinh")]).getCell(1).font = { name: ".VnTime" };
    const groups = book.addWorksheet("Tập thể");
    groups.addRow(["Tên tập thể", "Loại"]);
    groups.addRow([encodeVni("Câu lạc bộ Đờn ca tài tử"), encodeVni("Câu lạc bộ")]);
    const res = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "vntime.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) });
    const text = textOf(res.text);
    expect(res.status).toBe(200);
    expect(text).toContain("Cột Họ và tên được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) và đã được chuyển sang Unicode");
    expect(text).toContain(`2 Thêm mới Nguyễn Văn Bình gõ trong tệp: ${encodeTcvn3("Nguyễn Văn Bình")}`);
    expect(text).toContain("Cột Tên tập thể (trang Tập thể) được gõ bằng bảng mã VNI (phông VNI-Times)");
    await admin.post("/people/import/confirm", { fileId: /name="fileId" value="([0-9a-f]+)"/.exec(res.text)![1]!, unitId: String(unitId) });
    const stored = await t.deps.database.db.select().from(people).where(eq(people.unitId, unitId));
    expect(stored.map((p) => p.fullName).sort()).toEqual([...tcvn3].sort());
    expect(stored.map((p) => p.searchText)).toContain("nguyen van binh");
    const [club] = await t.deps.database.db.select().from(collectives).where(eq(collectives.unitId, unitId));
    expect(club!.name).toBe("Câu lạc bộ Đờn ca tài tử");

    const vniBook = new ExcelJS.Workbook();
    const vniSheet = vniBook.addWorksheet("Người");
    vniSheet.addRow(["Họ và tên"]);
    for (const name of vni) vniSheet.addRow([encodeVni(name)]);
    const vniRes = await admin.postFile("/people/import", { unitId: String(unitId) }, { field: "file", name: "vni.xlsx", bytes: new Uint8Array(await vniBook.xlsx.writeBuffer()) });
    expect(textOf(vniRes.text)).toContain("Cột Họ và tên được gõ bằng bảng mã VNI (phông VNI-Times)");
    expect(textOf(vniRes.text)).toContain("Thêm mới Võ Ưng Hoàng");
  });

  it("refuses a column mixing two legacy encodings, naming them, and imports nothing", async () => {
    const before = await peopleCount();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Người");
    sheet.addRow(["Họ và tên"]);
    sheet.addRow([encodeTcvn3("Nguyễn Văn Bình")]);
    sheet.addRow([encodeVni("Trần Thị Ánh Tuyết")]);
    sheet.addRow([encodeTcvn3("Phạm Ngọc Ân")]);
    const res = await upload(new Uint8Array(await book.xlsx.writeBuffer()), "lan-lon.xlsx");
    expect(res.status).toBe(422);
    const text = textOf(res.text);
    expect(text).toMatch(/Dòng 2, cột Họ và tên \(cột A\): không xác định được bảng mã tiếng Việt/);
    expect(text).toContain("Unikey");
    expect(text).not.toContain("Số người sẽ thêm");
    expect(await peopleCount()).toBe(before);
  });

  it("refuses a sheet of 100,000 rows in one sentence, importing nothing", { timeout: 120_000 }, async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Người");
    sheet.addRow(["Họ và tên", "Năm sinh"]);
    for (let i = 0; i < 100_000; i++) sheet.addRow([`Người Số ${i}`, 1940 + (i % 80)]);
    const before = await peopleCount();
    const res = await upload(new Uint8Array(await book.xlsx.writeBuffer()), "ca-tinh.xlsx");
    expect(res.status).toBe(422);
    const text = textOf(res.text);
    expect(text).toContain("Tệp có 1 lỗi; chưa nhập dòng nào");
    expect(text).toContain("tệp có 100.000 dòng dữ liệu; mỗi lần nhập tối đa 50.000 dòng, hãy chia thành nhiều tệp");
    expect(await peopleCount()).toBe(before);
  });

  it("gives each household the address and unit of its first member", async () => {
    const bytes = await workbook(
      [
        ["Phan Văn Hộ", "Số 1 Lê Lợi", "H10", "Tổ dân phố Hòa Bình"],
        ["Phan Thị Hai", "Số 1 Lê Lợi", "H10", "Tổ dân phố Hòa Bình"],
        ["Kiều Văn Ba", "Số 9 Trần Phú", "H11", ""],
      ],
      ["Họ và tên", "Địa chỉ", "Mã hộ", "Nơi sinh hoạt"],
    );
    expect((await confirm(await upload(bytes))).status).toBe(303);
    const rows = await t.deps.database.db.select().from(households);
    expect(rows.filter((h) => h.code === "H10" || h.code === "H11").map((h) => [h.code, h.address, h.unitId]).sort()).toEqual([
      ["H10", "Số 1 Lê Lợi", groupId],
      ["H11", "Số 9 Trần Phú", wardId],
    ]);
  });

  it("takes a sub-unit until its last day, not after it", async () => {
    const ward = { id: wardId, path: `/${wardId}/` };
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    for (const [name, validTo] of [["Tổ dân phố Hết Hôm Nay", today], ["Tổ dân phố Đã Giải Thể", yesterday], ["Tổ dân phố Sáp Nhập Sau", "2099-12-31"]] as const) {
      const unit = await addUnit(t, ward, name);
      await t.deps.database.db.update(units).set({ validTo }).where(eq(units.id, unit.id));
    }
    const preview = await upload(await workbook([["Hà Văn Một", "Tổ dân phố Hết Hôm Nay"], ["Hà Văn Hai", "Tổ dân phố Đã Giải Thể"], ["Hà Văn Ba", "Tổ dân phố Sáp Nhập Sau"]], ["Họ và tên", "Nơi sinh hoạt"]));
    const text = textOf(preview.text);
    expect(text).toContain("Tệp có 1 lỗi");
    expect(text).toContain(`Dòng 3, cột Nơi sinh hoạt: 'Tổ dân phố Đã Giải Thể' đã kết thúc hoạt động từ ${yesterday}`);
  });

  it("writes nothing when asked to commit a file with problems", async () => {
    const before = await peopleCount();
    const bytes = await workbook([["Hồ Văn Đúng", "1/1/1990"], ["Hồ Văn Sai", "30/02/1990"]], ["Họ và tên", "Ngày sinh"]);
    const result = await importPeople(await adminActor(), t.deps.database.db, { file: { name: "co-loi.xlsx", bytes }, unitId: wardId, commit: true });
    expect(result).toMatchObject({ committed: false, toCreate: 2, problems: ["Dòng 3, cột Ngày sinh: '30/02/1990' không phải ngày hợp lệ; hãy ghi ngày/tháng/năm với năm đủ 4 chữ số (21/03/1980) hoặc chỉ năm sinh (1945)"] });
    expect(await peopleCount()).toBe(before);
  });

  it("imports a file with collectives and no people", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Người").addRow(["Họ và tên"]);
    book.addWorksheet("Tập thể").addRow(["Tên tập thể", "Loại"]);
    book.getWorksheet("Tập thể")!.addRow(["Đội văn nghệ Hòa Bình", "Đội"]);
    const preview = await upload(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(textOf(preview.text)).toContain("Số tập thể mới 1");
    expect((await confirm(preview)).status).toBe(303);
    expect((await t.deps.database.db.select().from(collectives)).map((g) => g.name)).toContain("Đội văn nghệ Hòa Bình");
  });

  it("answers a spreadsheet without a sheet with a plain error", async () => {
    const empty = await upload(new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer()));
    expect(empty.status).toBe(422);
    expect(textOf(empty.text)).toContain("Không đọc được tệp Excel này");
  });

  it("lets only those who manage people import, and only into a unit they manage", async () => {
    const chairman = await personWithRole(t, "chairman", wardId, "Đỗ Xuân Chiến");
    expect((await chairman.client.get("/people/import")).status).toBe(403);
    expect((await chairman.client.get("/people")).text).not.toContain('href="/people/new');
    expect((await admin.get("/people")).text).toContain('href="/people/new');
    // The chairman also keeps the people of one residential group: that does not reach the ward.
    await t.deps.database.db.insert(roleAssignments).values({ userId: chairman.user.id, unitId: groupId, role: "council_secretary" });
    const both: Actor = (await loadActor(t.deps.database.db, chairman.user.id))!;
    const bytes = await workbook([["Lâm Văn Nhập"]], ["Họ và tên"]);
    await expect(importPeople(both, t.deps.database.db, { file: { name: "nguoi.xlsx", bytes }, unitId: wardId, commit: false })).rejects.toBeInstanceOf(Forbidden);
    expect((await importPeople(both, t.deps.database.db, { file: { name: "nguoi.xlsx", bytes }, unitId: groupId, commit: false })).toCreate).toBe(1);
  });

  it("will not confirm someone else's upload", async () => {
    const res = await admin.post("/people/import/confirm", { fileId: "0".repeat(64), unitId: String(wardId) });
    expect(res.status).toBe(404);
  });
});
