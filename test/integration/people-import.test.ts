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
    expect(result).toMatchObject({ committed: false, toCreate: 2, problems: ["Dòng 3, cột Ngày sinh: '30/02/1990' không phải ngày hợp lệ"] });
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
