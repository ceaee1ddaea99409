// Importing the ward's people spreadsheet: a template to download, a preview of what
// will change with row-level errors and likely duplicates, then all or nothing.
import ExcelJS from "exceljs";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectives, files, households, people } from "../../src/db/schema";
import { detectFileKind } from "../../src/platform/uploads";
import { addUnit, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;

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

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Tổ dân phố Hòa Bình");
});
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

  it("flags people already recorded and does not import them again", async () => {
    const preview = await upload(await workbook([["Nguyễn Văn An", "Nam", "7/5/1970", "Kinh", "", "", ""], ["Đặng Thị Hoa", "Nữ", "1/1/2000", "Kinh", "", "", ""]]));
    const text = textOf(preview.text);
    expect(text).toContain("1 người có thể đã có trong sổ");
    expect(text).toContain("Dòng 2: Nguyễn Văn An, sinh ngày 7 tháng 5 năm 1970");
    expect(text).toContain("Xác nhận nhập 1 người");
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
    expect(text).toContain("Dòng 14, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ");
    expect(text).toContain("Dòng 15, cột Nơi sinh hoạt: không có đơn vị 'Tổ dân phố Không Có' trong Phường Cam Phú");
    expect(preview.text).not.toContain("/people/import/confirm");
    expect(await peopleCount()).toBe(before);
  });

  it("rejects a wrong column and a duplicate row", async () => {
    const wrong = await upload(await workbook([["A B", "1"]], ["Họ và tên", "Số CMND"]));
    expect(textOf(wrong.text)).toContain("Dòng 1, cột Số CMND: cột không có trong mẫu");
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

  it("will not confirm someone else's upload", async () => {
    const res = await admin.post("/people/import/confirm", { fileId: "0".repeat(64), unitId: String(wardId) });
    expect(res.status).toBe(404);
  });
});
