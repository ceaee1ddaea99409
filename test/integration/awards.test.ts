// The award registry: awards of older decisions entered by hand or imported from .xlsx, checked
// against the catalogue of the decision's date, searched with or without diacritics, shown in
// each recipient's history, and kept from another ward's eyes.
import ExcelJS from "exceljs";
import { count, eq } from "drizzle-orm";
import { fieldsOf } from "../support/validation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, awardImports, awards, collectives, households, people, units } from "../../src/db/schema";
import { awardsCommand } from "../../src/features/awards/cli";
import { recordAward } from "../../src/features/awards/record-award";
import { personKeys } from "../../src/domain/registry/person";
import { encodeTcvn3 } from "../../src/domain/text/legacy-encodings";
import { nameKeys } from "../../src/features/units/insert-unit";
import { Actor, loadActor } from "../../src/platform/actor";
import type { Runtime } from "../../src/server";
import { addUnit, apiTokenOf, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let t: TestApp;
let admin: WebClient;
let wardId: number;
let groupId: number;
const ids = { an: 0, binh: 0, household: 0, club: 0, otherAward: 0, otherPerson: 0 };
const db = () => t.deps.database.db;
const awardCount = async () => (await db().select({ n: count() }).from(awards))[0]!.n;

async function addPerson(fullName: string, unitId: number, extra: { birthDate?: string; birthYear?: number; householdId?: number; householdRole?: string } = {}) {
  const birthYear = extra.birthYear ?? (extra.birthDate ? Number(extra.birthDate.slice(0, 4)) : null);
  const [p] = await db()
    .insert(people)
    .values({ fullName, ...personKeys(fullName), unitId, birthDate: extra.birthDate ?? null, birthYear, householdId: extra.householdId ?? null, householdRole: extra.householdRole ?? null })
    .returning();
  return p!.id;
}

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  const group = await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Tổ dân phố Hòa Bình");
  groupId = group.id;
  const [h] = await db().insert(households).values({ unitId: groupId, code: "H01" }).returning();
  ids.household = h!.id;
  ids.an = await addPerson("Nguyễn Văn An", groupId, { birthDate: "1970-05-07", householdId: h!.id, householdRole: "Chủ hộ" });
  ids.binh = await addPerson("Trần Thị Bình", groupId, { birthYear: 1972, householdId: h!.id, householdRole: "Vợ" });
  const [club] = await db().insert(collectives).values({ name: "Câu lạc bộ Dưỡng sinh", ...nameKeys("Câu lạc bộ Dưỡng sinh"), kind: "Câu lạc bộ", unitId: wardId }).returning();
  ids.club = club!.id;

  // Another ward, with an award of its own.
  const other = await addUnit(t, null, "Phường Ba Ngòi", "ward");
  ids.otherPerson = await addPerson("Lê Văn Bí Mật", other.id, { birthYear: 1980 });
  const award = await recordAward(
    Actor.system(),
    { recipientKind: "person", recipientId: ids.otherPerson, formCode: "LDTT", year: 2023, decidingBody: "Chủ tịch UBND phường Ba Ngòi", decisionNumber: "9/QĐ-UBND", decisionDate: "2024-01-15", achievement: "Thành tích bí mật" },
    db(),
  );
  ids.otherAward = award.id;
});
afterAll(() => t.close());

const record = async (form: Record<string, string>) => {
  await admin.get("/awards/new");
  return admin.post("/awards/new", form);
};

describe("recording an award by hand", () => {
  it("records an award of an older decision and shows it as the decision reads", async () => {
    const res = await record({
      recipientKind: "person",
      recipientId: String(ids.an),
      formCode: "LDTT",
      year: "2023",
      commendationKind: "cong_trang",
      decidingBody: "Chủ tịch UBND phường Cam Phú",
      decisionNumber: "15/QĐ-UBND",
      decisionDate: "10/01/2024",
      achievement: "Hoàn thành tốt nhiệm vụ năm 2023",
    });
    expect(res.status, res.text).toBe(303);
    const page = textOf((await admin.get(res.location!)).text);
    expect(page).toContain("Lao động tiên tiến");
    expect(page).toContain("Số 15/QĐ-UBND ngày 10 tháng 1 năm 2024 của Chủ tịch UBND phường Cam Phú");
    expect(page).toContain("Nhập tay từ quyết định cũ");
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "award.recorded"));
    expect(entry).toBeDefined();
  });

  it("shows an achievement with script in it as text", async () => {
    const res = await record({ recipientKind: "person", recipientId: String(ids.binh), formCode: "GK_XA", decidingBody: "Chủ tịch UBND phường", decisionNumber: "90/QĐ-UBND", decisionDate: "2025-10-10", achievement: "<script>alert(1)</script>" });
    const page = await admin.get(res.location!);
    expect(page.text).not.toContain("<script>alert(1)</script>");
    expect(page.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses the same award twice", async () => {
    const before = await awardCount();
    const res = await record({ recipientKind: "person", recipientId: String(ids.an), formCode: "LDTT", year: "2023", decidingBody: "Chủ tịch UBND phường", decisionNumber: "15/qđ-ubnd", decisionDate: "2024-01-10" });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("Khen thưởng này đã có trong sổ");
    expect(await awardCount()).toBe(before);
  });

  it("refuses the same award twice for a household, a collective and a unit too, each by its own id", async () => {
    for (const [recipientKind, recipientId, formCode] of [["household", ids.household, "GK_XA"], ["collective", ids.club, "GK_XA"], ["unit", groupId, "TDPVH"]] as const) {
      const award = { recipientKind, recipientId, formCode, year: 2022, decidingBody: "Chủ tịch UBND phường", decisionNumber: `7${recipientKind.length}/QĐ-UBND`, decisionDate: "2023-01-10" };
      await recordAward(Actor.system(), award, db());
      expect(await fieldsOf(recordAward(Actor.system(), award, db())), recipientKind).toEqual({ decisionNumber: "errors.award_duplicate" });
    }
  });

  it("refuses a decision dated in the future, a form unknown on the decision's date, and a form not given to that recipient", async () => {
    const before = await awardCount();
    const base = { recipientKind: "person", recipientId: String(ids.an), decidingBody: "Chủ tịch UBND", decisionNumber: "1/QĐ-UBND" };
    const future = await record({ ...base, formCode: "GK_XA", decisionDate: "01/01/2030" });
    expect(future.status).toBe(422);
    expect(textOf(future.text)).toContain("Ngày quyết định 01/01/2030 chưa đến");
    const gone = await record({ ...base, formCode: "GK_HUYEN", decisionDate: "2025-09-01" });
    expect(gone.status).toBe(422);
    expect(textOf(gone.text)).toContain("Không có hình thức khen thưởng 'GK_HUYEN' vào ngày 01/09/2025");
    const wrong = await record({ ...base, recipientKind: "collective", recipientId: String(ids.club), formCode: "LDTT", year: "2024", decisionDate: "2025-01-10" });
    expect(textOf(wrong.text)).toContain("Lao động tiên tiến không dành cho tập thể");
    const noYear = await record({ ...base, formCode: "LDTT", decisionDate: "2025-01-10" });
    expect(textOf(noYear.text)).toContain("Lao động tiên tiến là danh hiệu hằng năm: nhập năm");
    expect(await awardCount()).toBe(before);
  });

  it("knows the district's certificate while the district level existed", async () => {
    const res = await record({ recipientKind: "household", recipientId: String(ids.household), formCode: "GK_HUYEN", decidingBody: "Chủ tịch UBND thành phố Cam Ranh", decisionNumber: "125/QĐ-UBND", decisionDate: "2025-03-20", achievement: "Gia đình tiêu biểu trong phong trào" });
    expect(res.status, textOf(res.text)).toBe(303);
  });

  it("lets only those who manage awards record them", async () => {
    const reporter = (await personWithRole(t, "reporter", wardId)).client;
    expect((await reporter.get("/awards/new")).status).toBe(403);
    await reporter.get("/awards");
    const res = await reporter.post("/awards/new", { recipientKind: "person", recipientId: String(ids.an), formCode: "GK_XA", decidingBody: "x", decisionNumber: "2/QĐ", decisionDate: "2025-01-01" });
    expect(res.status).toBe(403);
    expect((await reporter.get("/awards")).status).toBe(200);
  });
});

describe("correcting and removing", () => {
  it("corrects an award entered by hand with a reason, keeping the old one in the audit log, and removes one", async () => {
    const created = await record({ recipientKind: "unit", recipientId: String(groupId), formCode: "TDPVH", year: "2024", decidingBody: "Chủ tịch UBND phường", decisionNumber: "77/QĐ-UBND", decisionDate: "2025-01-20" });
    expect(created.status, textOf(created.text)).toBe(303);
    const id = Number(/\/awards\/(\d+)/.exec(created.location!)![1]);
    await admin.get(`/awards/${id}/edit`);
    const noReason = await admin.post(`/awards/${id}/edit`, { formCode: "TDPVH", year: "2024", decidingBody: "Chủ tịch UBND phường", decisionNumber: "78/QĐ-UBND", decisionDate: "2025-01-20" });
    expect(noReason.status).toBe(422);
    const fixed = await admin.post(`/awards/${id}/edit`, { formCode: "TDPVH", year: "2024", decidingBody: "Chủ tịch UBND phường", decisionNumber: "78/QĐ-UBND", decisionDate: "2025-01-20", reason: "Nhập nhầm số quyết định" });
    expect(fixed.status).toBe(303);
    const [row] = await db().select().from(awards).where(eq(awards.id, id));
    expect(row!.decisionNumber).toBe("78/QĐ-UBND");
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "award.corrected"));
    expect(JSON.stringify(entry!.before)).toContain("77/QĐ-UBND");
    expect(JSON.stringify(entry!.after)).toContain("Nhập nhầm số quyết định");

    await admin.get(`/awards/${id}`);
    expect((await admin.post(`/awards/${id}/remove`, {})).status).toBe(422);
    const removed = await admin.post(`/awards/${id}/remove`, { reason: "Trùng với quyết định khác" });
    expect(removed.status).toBe(303);
    expect(await db().select().from(awards).where(eq(awards.id, id))).toEqual([]);
    expect((await admin.get(`/awards/${id}`)).status).toBe(404);
  });

  it("never corrects or removes an award decided in the system", async () => {
    const [decided] = await db()
      .insert(awards)
      .values({ unitId: groupId, recipientKind: "person", personId: ids.binh, recipientName: "Trần Thị Bình", searchText: "tran thi binh", sortKey: "x", formCode: "GK_XA", commendationKind: "cong_trang", decidingBody: "Chủ tịch UBND phường", decisionNumber: "3/QĐ-UBND", decisionDate: "2025-08-01", source: "decided" })
      .returning();
    await admin.get(`/awards/${decided!.id}`);
    const res = await admin.post(`/awards/${decided!.id}/remove`, { reason: "thử" });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("không sửa hoặc xóa ở đây");
    expect(await db().select().from(awards).where(eq(awards.id, decided!.id))).toHaveLength(1);
  });
});

describe("the registry list and the histories", () => {
  it("finds awards with or without diacritics, and filters them", async () => {
    for (const q of ["nguyen van an", "Nguyễn Văn An", "NGUYEN  van"]) {
      const page = textOf((await admin.get(`/awards?q=${encodeURIComponent(q)}`)).text);
      expect(page, q).toContain("Lao động tiên tiến");
      expect(page, q).toContain("15/QĐ-UBND");
    }
    const byForm = textOf((await admin.get(`/awards?q=${encodeURIComponent("giay khen")}`)).text);
    expect(byForm).toContain("125/QĐ-UBND");
    expect(byForm).not.toContain("15/QĐ-UBND ");
    const filtered = textOf((await admin.get("/awards?recipientKind=household")).text);
    expect(filtered).toContain("Hộ Nguyễn Văn An");
    expect(filtered).not.toContain("15/QĐ-UBND");
    expect(textOf((await admin.get("/awards?year=2023")).text)).toContain("15/QĐ-UBND");
    expect(textOf((await admin.get("/awards")).text)).not.toContain("Bí Mật");
  });

  it("shows every award of a person, a household, a collective and a unit, newest first, from their pages", async () => {
    const person = textOf((await admin.get(`/people/${ids.an}/awards`)).text);
    expect(person).toContain("Khen thưởng của Nguyễn Văn An");
    expect(person).toContain("Lao động tiên tiến 2023 Khen thưởng theo công trạng");
    expect((await admin.get(`/people/${ids.an}`)).text).toContain(`/people/${ids.an}/awards`);
    const household = textOf((await admin.get(`/households/${ids.household}/awards`)).text);
    expect(household).toContain("Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện");
    expect(household).toContain("ngày 20 tháng 3 năm 2025 của Chủ tịch UBND thành phố Cam Ranh");
    await recordAward(Actor.system(), { recipientKind: "collective", recipientId: ids.club, formCode: "GK_XA", decidingBody: "Chủ tịch UBND phường Cam Phú", decisionNumber: "30/QĐ-UBND", decisionDate: "2025-10-02", achievement: "Hội thi dưỡng sinh" }, db());
    await recordAward(Actor.system(), { recipientKind: "collective", recipientId: ids.club, formCode: "GK_XA", decidingBody: "Chủ tịch UBND phường Cam Phú", decisionNumber: "5/QĐ-UBND", decisionDate: "2024-02-02" }, db());
    const club = textOf((await admin.get(`/collectives/${ids.club}/awards`)).text);
    expect(club.indexOf("30/QĐ-UBND")).toBeLessThan(club.indexOf("5/QĐ-UBND"));
    expect((await admin.get(`/units/${wardId}`)).text).toContain(`/collectives/${ids.club}/awards`);
    await recordAward(Actor.system(), { recipientKind: "unit", recipientId: groupId, formCode: "TDPVH", year: 2024, decidingBody: "Chủ tịch UBND phường Cam Phú", decisionNumber: "40/QĐ-UBND", decisionDate: "2025-01-12" }, db());
    const unit = textOf((await admin.get(`/units/${groupId}/awards`)).text);
    expect(unit).toContain("Thôn, tổ dân phố văn hóa");
    expect((await admin.get(`/units/${groupId}`)).text).toContain(`/units/${groupId}/awards`);
  });

  it("answers 404 for another ward's award, recipient or history, as for an id that does not exist", async () => {
    for (const p of [`/awards/${ids.otherAward}`, `/awards/${ids.otherAward}/edit`, `/people/${ids.otherPerson}/awards`, "/awards/2147480000"]) {
      const res = await admin.get(p);
      expect(res.status, p).toBe(404);
      expect(res.text).not.toContain("Bí Mật");
    }
    await admin.get("/awards");
    expect((await admin.post(`/awards/${ids.otherAward}/remove`, { reason: "x" })).status).toBe(404);
    const recorded = await record({ recipientKind: "person", recipientId: String(ids.otherPerson), formCode: "GK_XA", decidingBody: "x", decisionNumber: "99/QĐ", decisionDate: "2025-01-01" });
    expect(recorded.status).toBe(404);
  });
});

describe("the API", () => {
  it("lists, reads and records awards, and hides another ward's", async () => {
    const token = await apiTokenOf(admin);
    const api = (method: string, p: string, body?: unknown) =>
      t.app.request(`/api/v1${p}`, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const list = (await (await api("GET", "/awards?q=nguyen%20van%20an")).json()) as { awards: { decisionNumber: string }[]; total: number };
    expect(list.awards.map((a) => a.decisionNumber)).toContain("15/QĐ-UBND");
    const created = await api("POST", "/awards", { recipientKind: "person", recipientId: ids.binh, formCode: "Giấy khen", decidingBody: "Chủ tịch UBND phường Cam Phú", decisionNumber: "50/QĐ-UBND", decisionDate: "2025-11-11" });
    expect(created.status).toBe(201);
    const award = (await created.json()) as { id: number; formCode: string; source: string };
    expect(award).toMatchObject({ formCode: "GK_XA", source: "manual" });
    expect((await api("GET", `/awards/${award.id}`)).status).toBe(200);
    const history = (await (await api("GET", `/people/${ids.binh}/awards`)).json()) as { awards: { id: number }[] };
    expect(history.awards.map((a) => a.id)).toContain(award.id);
    expect((await api("GET", `/awards/${ids.otherAward}`)).status).toBe(404);
    const future = await api("POST", "/awards", { recipientKind: "person", recipientId: ids.binh, formCode: "GK_XA", decidingBody: "x", decisionNumber: "51/QĐ", decisionDate: "2030-01-01" });
    expect(future.status).toBe(422);
    const doc = (await (await api("GET", "/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/awards", "/awards/{id}", "/people/{id}/awards", "/households/{id}/awards", "/collectives/{id}/awards", "/units/{id}/awards"]));
  });
});

// --- Import -------------------------------------------------------------------------------------

const HEADER = ["STT", "Họ và tên", "Loại", "Năm sinh", "Tổ dân phố", "Hình thức khen thưởng", "Năm", "Loại hình", "Cơ quan quyết định", "Số quyết định", "Ngày quyết định", "Thành tích"];

async function workbook(rows: (string | number | Date | null)[][], opts: { tcvn3?: boolean } = {}) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Khen thưởng");
  sheet.addRow(["DANH SÁCH KHEN THƯỞNG NĂM 2024"]);
  sheet.addRow(HEADER);
  rows.forEach((r, i) => {
    const row = sheet.addRow([i + 1, ...r]);
    if (opts.tcvn3) {
      row.getCell(2).value = encodeTcvn3(String(r[0]));
      row.getCell(2).font = { name: ".VnTime" };
    }
  });
  sheet.addRow(["", "Người lập biểu"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function upload(bytes: Uint8Array, unitId = wardId) {
  await admin.get("/awards/import");
  return admin.postFile("/awards/import", { unitId: String(unitId) }, { field: "file", name: "khen-thuong.xlsx", bytes });
}
const fileIdOf = (page: { text: string }) => /name="fileId" value="([0-9a-f]+)"/.exec(page.text)![1]!;

describe("importing an award list", () => {
  it("gives a template that comes back filled in, previews every row, commits once, and shows the awards in the histories", async () => {
    const res = await t.app.request("/awards/import/template", { headers: { cookie: `thidua_session=${admin.cookie("thidua_session")}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Khen thưởng")!;
    expect(sheet.getRow(1).values).toContain("Hình thức khen thưởng");
    sheet.addRow([1, "Trần Thị Bình", "Cá nhân", 1972, "Tổ dân phố Hòa Bình", "LĐTT", 2022, "công trạng", "Chủ tịch UBND phường Cam Phú", "12/QĐ-UBND", "15/01/2023", "Hoàn thành tốt nhiệm vụ"]);
    sheet.addRow([2, "Hộ ông Nguyễn Văn An", "Hộ gia đình", "", "", "Gia đình văn hóa", 2023, "", "", "20/QĐ-UBND", new Date(Date.UTC(2024, 0, 5)), ""]);
    sheet.addRow([3, "Câu lạc bộ Dưỡng sinh", "Tập thể", "", "", "giay khen", "", "đột xuất", "Chủ tịch UBND phường Cam Phú", "31/QĐ-UBND", "2025-09-09", "Hội diễn"]);
    sheet.addRow([4, "Nguyễn Văn An", "", "7/5/1970", "", "Lao động tiên tiến", 2023, "", "Chủ tịch UBND phường Cam Phú", "15/QĐ-UBND", "10/01/2024", ""]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const preview = await upload(bytes);
    const text = textOf(preview.text);
    expect(preview.status, text.slice(0, 2000)).toBe(200);
    expect(text).toContain("Số khen thưởng sẽ thêm 3");
    expect(text).toContain("Đã có trong sổ, bỏ qua 1");
    expect(text).toMatch(/Đã có xem khen thưởng đã có Nguyễn Văn An/);
    expect(text).toMatch(/\(dòng ví dụ của tệp mẫu\): .*Nguyễn Thị Ánh/);
    expect(text).toContain("Chủ tịch Ủy ban nhân dân cấp xã"); // the deciding body from the catalogue when the row leaves it empty
    const before = await awardCount();
    const done = await admin.post("/awards/import/confirm", { fileId: fileIdOf(preview), unitId: String(wardId) });
    expect(done.status, textOf(done.text).slice(0, 500)).toBe(303);
    expect(textOf((await admin.get(done.location!)).text)).toContain("Đã nhập 3 khen thưởng.");
    expect(await awardCount()).toBe(before + 3);
    expect(await db().select().from(awardImports)).toHaveLength(1);
    const binh = textOf((await admin.get(`/people/${ids.binh}/awards`)).text);
    expect(binh).toContain("Lao động tiên tiến 2022");
    expect(binh).toContain("Nhập từ tệp Excel");
    expect(textOf((await admin.get(`/households/${ids.household}/awards`)).text)).toContain("Gia đình văn hóa");
    expect(textOf((await admin.get(`/collectives/${ids.club}/awards`)).text)).toContain("Khen thưởng đột xuất");

    // The same file again: nothing is added.
    const again = await upload(bytes);
    expect(textOf(again.text)).toContain("Số khen thưởng sẽ thêm 0");
    expect(textOf(again.text)).toContain("không có gì mới để nhập");
    const second = await admin.post("/awards/import/confirm", { fileId: fileIdOf(preview), unitId: String(wardId) });
    expect(second.status).toBe(422);
    expect(textOf(second.text)).toContain("Tệp này đã được nhập vào Phường Cam Phú");
    expect(await awardCount()).toBe(before + 3);
  });

  it("refuses the whole file for one bad row, naming the row and column, and writes nothing", async () => {
    const before = await awardCount();
    const bytes = await workbook([
      ["Trần Thị Bình", "Cá nhân", 1972, "", "GK_XA", "", "", "Chủ tịch UBND phường", "60/QĐ-UBND", "01/02/2025", ""],
      ["Trần Thị Bình", "Cá nhân", 1972, "", "GK_XA", "", "", "Chủ tịch UBND phường", "61/QĐ-UBND", "01/02/2030", ""],
      ["Trần Thị Bình", "Cá nhân", 1972, "", "GK_HUYEN", "", "", "Chủ tịch UBND thành phố", "62/QĐ-UBND", "01/09/2025", ""],
      ["Hộ Hoàng Văn Không", "Hộ gia đình", "", "", "GDVH", 2024, "", "", "63/QĐ-UBND", "01/02/2025", ""],
      ["Trần Thị Bình", "Cá nhân", 1990, "", "GK_XA", "", "", "", "64/QĐ-UBND", "01/02/2025", ""],
      ["Cam Phú", "Đơn vị", "", "", "Xã, phường, đặc khu tiêu biểu", 2024, "", "", "65/QĐ-UBND", "01/02/2025", ""],
      ["Trần Thị Bình", "Cá nhân", 1972, "Tổ dân phố Không Có", "GK_XA", "", "", "", "66/QĐ-UBND", "01/02/2025", ""],
    ]);
    const preview = await upload(bytes);
    expect(preview.status).toBe(422);
    const text = textOf(preview.text);
    expect(text).toContain("Dòng 4, cột Ngày quyết định: ngày 01/02/2030 chưa đến");
    expect(text).toContain("Dòng 5, cột Hình thức khen thưởng: không có hình thức 'GK_HUYEN' vào ngày 01/09/2025");
    expect(text).toContain("Dòng 6, cột Họ và tên / Tên tập thể: không tìm thấy hộ có mã hoặc chủ hộ 'Hộ Hoàng Văn Không' trong Phường Cam Phú");
    expect(text).toContain("Dòng 7, cột Họ và tên / Tên tập thể: không tìm thấy người 'Trần Thị Bình', sinh năm 1990 trong Phường Cam Phú");
    expect(text).toContain("Dòng 8, cột Hình thức khen thưởng: không có hình thức 'Xã, phường, đặc khu tiêu biểu' vào ngày 01/02/2025");
    expect(text).toContain("Dòng 9, cột Đơn vị / Tổ dân phố: không có đơn vị 'Tổ dân phố Không Có' trong Phường Cam Phú");
    expect(text).not.toContain("Xác nhận nhập");
    expect(await awardCount()).toBe(before);
  });

  it("names every namesake when a name matches several people, and reads names typed in TCVN3", async () => {
    const twin = await addPerson("Phạm Thị Lan", groupId, { birthYear: 1965 });
    await addPerson("Phạm Thị Lan", wardId, { birthYear: 1988 });
    const ambiguous = await upload(await workbook([["Phạm Thị Lan", "", "", "", "GK_XA", "", "", "", "70/QĐ-UBND", "01/03/2025", ""]]));
    expect(textOf(ambiguous.text)).toMatch(/Dòng 3, cột Họ và tên \/ Tên tập thể: có 2 người 'Phạm Thị Lan' trong Phường Cam Phú: Phạm Thị Lan, sinh năm 1965, Tổ dân phố Hòa Bình/);

    const legacy = await upload(await workbook([["Phạm Thị Lan", "Cá nhân", 1965, "", "GK_XA", "", "", "", "71/QĐ-UBND", "01/03/2025", ""]], { tcvn3: true }));
    const text = textOf(legacy.text);
    expect(legacy.status, text.slice(0, 1500)).toBe(200);
    expect(text).toContain("TCVN3");
    expect(text).toContain(`Phạm Thị Lan, sinh năm 1965, Tổ dân phố Hòa Bình (#${twin})`);
    expect(text).toContain(`gõ trong tệp: ${encodeTcvn3("Phạm Thị Lan")}`);
  });

  it("answers 404 for an import into another ward's unit, before the file is read", async () => {
    const [other] = await db().select().from(units).where(eq(units.name, "Phường Ba Ngòi"));
    const res = await upload(await workbook([["Lê Văn Bí Mật", "", 1980, "", "GK_XA", "", "", "", "1/QĐ", "01/03/2025", ""]]), other!.id);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain("Bí Mật");
  });

  it("previews on the command line with --dry-run, writing nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-awards-"));
    const file = path.join(dir, "khen-thuong.xlsx");
    writeFileSync(file, await workbook([["Trần Thị Bình", "Cá nhân", 1972, "", "CSTDCS", 2024, "", "Chủ tịch UBND phường Cam Phú", "80/QĐ-UBND", "01/03/2025", ""]]));
    const before = await awardCount();
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(" "));
    let code: number;
    try {
      code = await awardsCommand.run({
        args: ["import", file],
        opts: { unit: String(wardId), "dry-run": true },
        config: t.config,
        withRuntime: (fn) => fn({ deps: t.deps } as unknown as Runtime),
      });
    } finally {
      console.log = log;
    }
    expect(code).toBe(0);
    const out = lines.join("\n");
    expect(out).toContain("Dòng 3 [thêm / add] Trần Thị Bình, sinh năm 1972");
    expect(out).toContain("Chiến sĩ thi đua cơ sở (CSTDCS)");
    expect(out).toContain("Chạy thử: chưa ghi gì. / Dry run: nothing written.");
    expect(await awardCount()).toBe(before);
  });
});

describe("who may import", () => {
  it("refuses the import pages to roles that do not manage awards", async () => {
    const chairman = (await personWithRole(t, "chairman", wardId)).client;
    expect((await chairman.get("/awards/import")).status).toBe(403);
    expect((await chairman.get("/awards/import/template")).status).toBe(403);
    const secretary = await personWithRole(t, "council_secretary", wardId);
    expect((await secretary.client.get("/awards/import")).status).toBe(200);
    const actor = (await loadActor(db(), secretary.user.id))!;
    expect(actor.can("award.manage", `/${wardId}/`)).toBe(true);
  });
});
