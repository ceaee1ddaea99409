// The facts eligibility reads, kept per person and year: yearly assessments (a change needs the
// reason, the history shows old → new), discipline and holds with their periods, initiatives;
// seen only by the leadership and the council's standing member; imported from .xlsx all or
// nothing; accounts linked to the person they are.
import ExcelJS from "exceljs";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, awardHolds, disciplines, initiatives, users, yearlyAssessments } from "../../src/db/schema";
import type { Role } from "../../src/domain/access/roles";
import { personOfUser } from "../../src/features/accounts/person-of-user";
import { createPerson } from "../../src/features/people/create-person";
import { Actor } from "../../src/platform/actor";
import { addUnit, apiTokenOf, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;
const clients = new Map<Role, WebClient>();
const tokens = new Map<Role, string>();
const userIds = new Map<Role, number>();
const ids = { hai: 0, mai: 0, an1: 0, an2: 0, stranger: 0, group: 0 };
const db = () => t.deps.database.db;
const OUTSIDERS: Role[] = ["reporter", "organisation", "culture_officer", "council_member"];

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  const group = await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Tổ dân phố Hòa Bình");
  ids.group = group.id;
  const add = async (fullName: string, birth: Record<string, string | number>, unitId = group.id) =>
    (await createPerson(Actor.system(), { fullName, unitId, ...birth }, db())).id;
  ids.hai = await add("Trần Văn Hải", { birthDate: "21/03/1980" });
  ids.mai = await add("Lê Thị Mai", { birthYear: 1975 });
  ids.an1 = await add("Nguyễn Văn An", { birthYear: 1990 });
  ids.an2 = await add("Nguyễn Văn An", { birthYear: 1990 });
  const otherWard = await addUnit(t, null, "Phường Ba Ngòi", "ward");
  const otherGroup = await addUnit(t, otherWard, "Tổ dân phố Bí Mật");
  ids.stranger = await add("Phạm Văn Lạ", { birthYear: 1970 }, otherGroup.id);
  for (const role of ["council_secretary", "chairman", ...OUTSIDERS] as Role[]) {
    const p = await personWithRole(t, role, wardId);
    clients.set(role, p.client);
    userIds.set(role, p.user.id);
    tokens.set(role, await apiTokenOf(p.client));
  }
});
afterAll(() => t.close());

const api = (role: Role, method: string, path: string, body?: unknown) =>
  t.app.request(`/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens.get(role)}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
const secretary = () => clients.get("council_secretary")!;
async function factCounts() {
  const n = async (table: typeof yearlyAssessments | typeof disciplines | typeof awardHolds | typeof initiatives) => (await db().select({ n: count() }).from(table))[0]!.n;
  return { assessments: await n(yearlyAssessments), disciplines: await n(disciplines), holds: await n(awardHolds), initiatives: await n(initiatives) };
}

describe("a yearly assessment", () => {
  it("is recorded, and a change needs the reason; the history shows old → new with who and why", async () => {
    const form = await secretary().get(`/people/${ids.hai}/facts/assessment`);
    expect(form.status).toBe(200);
    expect(textOf(form.text)).toContain("Hoàn thành xuất sắc nhiệm vụ");
    const saved = await secretary().post(`/people/${ids.hai}/facts/assessment`, { year: "2023", rating: "good" });
    expect(saved.status).toBe(303);
    let page = textOf((await secretary().get(`/people/${ids.hai}`)).text);
    expect(page).toContain("Thi đua, khen thưởng");
    expect(page).toContain("2023 Hoàn thành tốt nhiệm vụ");

    const noReason = await secretary().post(`/people/${ids.hai}/facts/assessment`, { year: "2023", rating: "excellent" });
    expect(noReason.status).toBe(422);
    expect(textOf(noReason.text)).toContain("Năm 2023 đã có xếp loại; nhập lý do thay đổi");
    const [kept] = await db().select().from(yearlyAssessments).where(eq(yearlyAssessments.personId, ids.hai));
    expect(kept!.rating).toBe("good");

    const changed = await secretary().post(`/people/${ids.hai}/facts/assessment`, { year: "2023", rating: "excellent", reason: "Hội đồng xét lại theo biên bản ngày 10/01/2024" });
    expect(changed.status).toBe(303);
    page = textOf((await secretary().get(`/people/${ids.hai}`)).text);
    expect(page).toContain("2023 Hoàn thành xuất sắc nhiệm vụ");
    expect(page).toContain("Sửa xếp loại: Năm 2023: Hoàn thành tốt nhiệm vụ → Năm 2023: Hoàn thành xuất sắc nhiệm vụ (lý do: Hội đồng xét lại theo biên bản ngày 10/01/2024)");
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "eligibility.assessment_changed"));
    expect(entry!.before).toMatchObject({ year: 2023, rating: "good" });
    expect(entry!.after).toMatchObject({ year: 2023, rating: "excellent" });
  });

  it("counts a new note as a change too, and takes a reason of five characters", async () => {
    await secretary().post(`/people/${ids.hai}/facts/assessment`, { year: "2021", rating: "good", note: "Theo biên bản 1" });
    const noReason = await secretary().post(`/people/${ids.hai}/facts/assessment`, { year: "2021", rating: "good", note: "Theo biên bản 2" });
    expect(noReason.status).toBe(422);
    expect((await secretary().post(`/people/${ids.hai}/facts/assessment`, { year: "2021", rating: "good", note: "Theo biên bản 2", reason: "Nhầm." })).status).toBe(303);
    const [row] = await db().select().from(yearlyAssessments).where(and(eq(yearlyAssessments.personId, ids.hai), eq(yearlyAssessments.year, 2021)));
    expect(row!.note).toBe("Theo biên bản 2");
  });

  it("is offered for change from the person page, opening on the recorded rating", async () => {
    const page = await secretary().get(`/people/${ids.hai}/facts/assessment?year=2023`);
    expect(page.text).toMatch(/value="excellent" checked/);
  });
});

describe("discipline, holds and initiatives over the API", () => {
  it("records a discipline with its period and lists it", async () => {
    const res = await api("council_secretary", "POST", `/people/${ids.mai}/disciplines`, { form: "reprimand", decision: "15/QĐ-UBND", decidedOn: "01/02/2024", endsOn: "31/01/2025" });
    expect(res.status, await res.clone().text()).toBe(201);
    const list = (await (await api("council_secretary", "GET", `/people/${ids.mai}/disciplines`)).json()) as { disciplines: { form: string; decidedOn: string; endsOn: string }[] };
    expect(list.disciplines).toEqual([expect.objectContaining({ form: "reprimand", decidedOn: "2024-02-01", endsOn: "2025-01-31" })]);
    const page = textOf((await secretary().get(`/people/${ids.mai}`)).text);
    expect(page).toContain("Khiển trách 15/QĐ-UBND ngày 1 tháng 2 năm 2024 ngày 31 tháng 1 năm 2025");
  });

  it("keeps a hold current until it is ended, then shows it ended", async () => {
    const res = await api("council_secretary", "POST", `/people/${ids.mai}/holds`, { reason: "investigation", startsOn: "2024-06-01" });
    expect(res.status).toBe(201);
    const hold = (await res.json()) as { id: number };
    let holds = ((await (await api("council_secretary", "GET", `/people/${ids.mai}/holds`)).json()) as { holds: { id: number; current: boolean }[] }).holds;
    expect(holds).toEqual([expect.objectContaining({ id: hold.id, current: true })]);
    expect(textOf((await secretary().get(`/people/${ids.mai}`)).text)).toContain("Đang tạm hoãn Đang bị điều tra");

    const early = await api("council_secretary", "POST", `/people/${ids.mai}/holds/end`, { holdId: hold.id, endsOn: "01/05/2024" });
    expect(early.status).toBe(422);
    expect(((await early.json()) as { error: { fields: Record<string, string> } }).error.fields.endsOn).toContain("không được trước ngày bắt đầu");
    const ended = await secretary().post(`/people/${ids.mai}/facts/end-hold`, { holdId: String(hold.id), endsOn: "01/09/2024" });
    expect(ended.status).toBe(303);
    holds = ((await (await api("council_secretary", "GET", `/people/${ids.mai}/holds`)).json()) as { holds: { id: number; current: boolean; endsOn: string }[] }).holds;
    expect(holds).toEqual([expect.objectContaining({ current: false, endsOn: "2024-09-01" })]);
    const again = await api("council_secretary", "POST", `/people/${ids.mai}/holds/end`, { holdId: hold.id, endsOn: "02/09/2024" });
    expect(again.status).toBe(422);
  });

  it("records an initiative with its scope", async () => {
    const res = await api("council_secretary", "POST", `/people/${ids.mai}/initiatives`, { title: "Sổ tay điện tử tổ dân phố", scope: "unit", recognisedOn: "2024-12-20", recognisedBy: "Hội đồng sáng kiến phường" });
    expect(res.status).toBe(201);
    expect(textOf((await secretary().get(`/people/${ids.mai}`)).text)).toContain("Sổ tay điện tử tổ dân phố Cấp cơ sở");
  });

  it("removes a wrong entry only with the reason, and the history keeps what was removed", async () => {
    const [d] = await db().select().from(disciplines).where(eq(disciplines.personId, ids.mai));
    const noReason = await api("council_secretary", "POST", `/people/${ids.mai}/facts/remove`, { kind: "discipline", factId: d!.id });
    expect(noReason.status).toBe(422);
    expect(Object.keys(((await noReason.json()) as { error: { fields: object } }).error.fields)).toEqual(["reason"]);
    // Another person's fact under this person's address is not found.
    expect((await api("council_secretary", "POST", `/people/${ids.hai}/facts/remove`, { kind: "discipline", factId: d!.id, reason: "nhập nhầm người" })).status).toBe(404);
    const form = await secretary().get(`/people/${ids.mai}/facts/remove?kind=discipline&fact=${d!.id}`);
    expect(textOf(form.text)).toContain("Khiển trách, 15/QĐ-UBND");
    const removed = await secretary().post(`/people/${ids.mai}/facts/remove`, { kind: "discipline", factId: String(d!.id), reason: "Nhập nhầm người" });
    expect(removed.status).toBe(303);
    expect(await db().select().from(disciplines).where(eq(disciplines.personId, ids.mai))).toEqual([]);
    const history = ((await (await api("council_secretary", "GET", `/people/${ids.mai}/facts/history`)).json()) as { history: { action: string; after: { reason?: string } }[] }).history;
    expect(history[0]).toMatchObject({ action: "eligibility.fact_removed", after: { reason: "Nhập nhầm người" } });
    expect(textOf((await secretary().get(`/people/${ids.mai}`)).text)).toContain("Xóa thông tin nhập nhầm: Khiển trách");
  });
});

describe("the API's description", () => {
  it("lists every fact endpoint and the account link in /api/v1/openapi.json", async () => {
    const doc = (await (await t.app.request("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const kind of ["assessments", "disciplines", "holds", "initiatives"]) expect(Object.keys(doc.paths[`/people/{id}/${kind}`] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/people/{id}/holds/end", "/people/{id}/facts/remove", "/people/{id}/facts/history", "/users/{id}/person"]));
  });
});

describe("confidentiality", () => {
  it.each(OUTSIDERS)("shows %s the person's page without the facts or any hint of them", async (role) => {
    const page = await clients.get(role)!.get(`/people/${ids.mai}`);
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    for (const word of ["Thi đua, khen thưởng", "xếp loại", "Xếp loại", "kỷ luật", "Kỷ luật", "tạm hoãn", "Tạm hoãn", "Sổ tay điện tử", "sáng kiến", "Sáng kiến"]) expect(text).not.toContain(word);
    expect(page.text).not.toContain("/facts/");
  });

  it.each(OUTSIDERS)("refuses %s every fact page and endpoint (403 for a person they see), writing nothing", async (role) => {
    const before = await factCounts();
    for (const path of ["assessment", "discipline", "hold", "initiative", "remove?kind=assessment&fact=1", "end-hold?hold=1"]) {
      const res = await clients.get(role)!.get(`/people/${ids.hai}/facts/${path}`);
      expect(res.status, path).toBe(403);
      expect(res.text).not.toContain("Hoàn thành xuất sắc nhiệm vụ");
    }
    expect((await clients.get(role)!.post(`/people/${ids.hai}/facts/assessment`, { year: "2022", rating: "good" })).status).toBe(403);
    for (const kind of ["assessments", "disciplines", "holds", "initiatives", "facts/history"]) {
      const res = await api(role, "GET", `/people/${ids.mai}/${kind}`);
      expect(res.status, kind).toBe(403);
      expect(await res.text()).not.toMatch(/reprimand|investigation|Sổ tay/);
    }
    expect((await api(role, "POST", `/people/${ids.hai}/assessments`, { year: 2022, rating: "good" })).status).toBe(403);
    expect(await factCounts()).toEqual(before);
  });

  it("lets the chairman see the facts but not change them", async () => {
    const page = await clients.get("chairman")!.get(`/people/${ids.hai}`);
    expect(textOf(page.text)).toContain("Thi đua, khen thưởng");
    expect(page.text).not.toContain(`/people/${ids.hai}/facts/assessment`);
    expect((await clients.get("chairman")!.get(`/people/${ids.hai}/facts/assessment`)).status).toBe(403);
    expect((await api("chairman", "POST", `/people/${ids.hai}/assessments`, { year: 2022, rating: "good" })).status).toBe(403);
  });

  it("answers another ward's person 404, as a made-up id", async () => {
    expect((await secretary().get(`/people/${ids.stranger}/facts/assessment`)).status).toBe(404);
    expect((await api("council_secretary", "GET", `/people/${ids.stranger}/assessments`)).status).toBe(404);
    expect((await api("council_secretary", "POST", `/people/${ids.stranger}/holds`, { reason: "complaint", startsOn: "2024-01-01" })).status).toBe(404);
    expect((await api("council_secretary", "GET", `/people/2147480000/assessments`)).status).toBe(404);
  });
});

describe("bad input", () => {
  it.each([
    ["a year of 1800", "assessments", { year: 1800, rating: "good" }, "year", "Năm không hợp lệ: 1800"],
    ["an unknown rating", "assessments", { year: 2024, rating: "gioi" }, "rating", "Chọn xếp loại: Hoàn thành xuất sắc nhiệm vụ"],
    ["a discipline that ends before it starts", "disciplines", { form: "warning", decidedOn: "10/05/2024", endsOn: "09/05/2024" }, "endsOn", "không được trước ngày bắt đầu"],
    ["an impossible date", "holds", { reason: "complaint", startsOn: "30/02/2024" }, "startsOn", "30/02/2024"],
    ["an unknown hold reason", "holds", { reason: "rumour", startsOn: "01/02/2024" }, "reason", "Chọn lý do tạm hoãn"],
    ["an initiative without a title", "initiatives", { scope: "national", recognisedOn: "01/02/2024" }, "title", "Nhập"],
  ])("answers %s with the field named, writing nothing", async (_name, kind, body, field, message) => {
    const before = await factCounts();
    const res = await api("council_secretary", "POST", `/people/${ids.an1}/${kind}`, body);
    expect(res.status).toBe(422);
    const fields = ((await res.json()) as { error: { fields: Record<string, string> } }).error.fields;
    expect(Object.keys(fields)).toEqual([field]);
    expect(fields[field]).toContain(message);
    expect(await factCounts()).toEqual(before);
  });

  it("shows the form again with the problem next to the field", async () => {
    const res = await secretary().post(`/people/${ids.an1}/facts/discipline`, { form: "warning", decidedOn: "10/05/2024", endsOn: "09/05/2024" });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("Ngày kết thúc không được trước ngày bắt đầu");
    expect(res.text).toContain('value="09/05/2024"');
  });
});

async function filledTemplate(rows: (string | number)[][]) {
  const res = await secretary().get("/eligibility/assessments/template.xlsx");
  expect(res.status).toBe(200);
  const raw = await t.app.request("/eligibility/assessments/template.xlsx", { headers: { cookie: `thidua_session=${secretary().cookie("thidua_session")}` } });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await raw.arrayBuffer()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Xếp loại")!;
  rows.forEach((r, i) => sheet.addRow([i + 2, ...r]));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const upload = (bytes: Uint8Array, name = "xep-loai.xlsx") => secretary().postFile("/eligibility/assessments/import", { unitId: String(wardId) }, { field: "file", name, bytes });
const confirmFile = (fileId: string) => secretary().post("/eligibility/assessments/import/confirm", { fileId, unitId: String(wardId) });
const confirm = (preview: { text: string }) => confirmFile(/name="fileId" value="([0-9a-f]+)"/.exec(preview.text)![1]!);

describe("the assessment import", () => {
  it("goes template → filled → preview (with old → new) → commit, and the same file twice adds nothing", async () => {
    const bytes = await filledTemplate([
      ["Trần Văn Hải", "21/03/1980", "Tổ dân phố Hòa Bình", 2022, "HTXSNV"],
      ["Tran Van Hai", "1980", "", 2023, "hoan thanh tot"],
      ["Lê Thị Mai", 1975, "", 2023, "HTNV"],
      ["Lê Thị Mai", 1975, "", 2024, "Không hoàn thành"],
    ]);
    const preview = await upload(bytes);
    expect(preview.status, textOf(preview.text).slice(0, 600)).toBe(200);
    const text = textOf(preview.text);
    expect(text).toContain("Số xếp loại sẽ thêm 3");
    expect(text).toContain("Số xếp loại sẽ sửa 1");
    expect(text).toContain("Hoàn thành xuất sắc nhiệm vụ → Hoàn thành tốt nhiệm vụ");
    expect(text).toContain("(dòng ví dụ của tệp mẫu)");
    const done = await confirm(preview);
    expect(done.status).toBe(303);
    const rows = await db().select().from(yearlyAssessments).where(eq(yearlyAssessments.personId, ids.mai));
    expect(rows.map((r) => [r.year, r.rating]).sort()).toEqual([[2023, "completed"], [2024, "not_completed"]]);
    const [hai2023] = await db().select().from(yearlyAssessments).where(eq(yearlyAssessments.id, (await db().select().from(yearlyAssessments).where(eq(yearlyAssessments.personId, ids.hai))).find((r) => r.year === 2023)!.id));
    expect(hai2023!.rating).toBe("good");
    expect(textOf((await secretary().get(`/people/${ids.hai}`)).text)).toContain("Nhập xếp loại từ tệp: Năm 2023: Hoàn thành xuất sắc nhiệm vụ → Năm 2023: Hoàn thành tốt nhiệm vụ");

    const before = await factCounts();
    const again = await upload(bytes);
    expect(textOf(again.text)).toContain("Số xếp loại sẽ thêm 0");
    expect(textOf(again.text)).toContain("Tệp không có xếp loại nào mới hoặc khác với đã ghi.");
    expect(again.text).not.toContain("Xác nhận");
    // Confirmed anyway (the form of the first preview, posted again): refused, naming when it was imported.
    const second = await confirmFile(await storedFileOf(bytes));
    expect(second.status).toBe(422);
    expect(textOf(second.text)).toContain("đã được nhập vào Phường Cam Phú");
    expect(await factCounts()).toEqual(before);
  });

  it("refuses the whole file for one bad row, naming each row: an unknown person, two namesakes, a wrong rating", async () => {
    const before = await factCounts();
    const bytes = await filledTemplate([
      ["Lê Thị Mai", 1975, "", 2021, "HTTNV"],
      ["Hoàng Văn Không", 1960, "", 2021, "HTNV"],
      ["Nguyễn Văn An", 1990, "", 2021, "HTNV"],
      ["Lê Thị Mai", 1975, "", 2020, "giỏi"],
      ["Lê Thị Mai", 1975, "", 1800, "HTNV"],
    ]);
    const preview = await upload(bytes, "co-loi.xlsx");
    expect(preview.status).toBe(422);
    const text = textOf(preview.text);
    expect(text).toContain("Dòng 4, cột Họ và tên: không tìm thấy 'Hoàng Văn Không', năm sinh 1960");
    expect(text).toContain("Dòng 5, cột Họ và tên: có 2 người tên 'Nguyễn Văn An', năm sinh 1990");
    expect(text).toContain("Dòng 6, cột Xếp loại: 'giỏi' không phải xếp loại");
    expect(text).toContain("Dòng 7, cột Năm: '1800' phải là năm từ 1945");
    expect(text).not.toContain("Xác nhận");
    const refused = await confirmFile(await storedFileOf(bytes));
    expect(refused.status).toBe(422);
    expect(await factCounts()).toEqual(before);
  });

  it("is refused to those who do not keep the facts, before the file is read", async () => {
    const reporter = clients.get("reporter")!;
    expect((await reporter.get("/eligibility/assessments/import")).status).toBe(403);
    expect((await reporter.get("/eligibility/assessments/template.xlsx")).status).toBe(403);
  });
});

/** The id a refused preview's file is kept under (its SHA-256), for posting a confirmation anyway. */
async function storedFileOf(bytes: Uint8Array) {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(bytes).digest("hex");
}

describe("an account linked to its person", () => {
  it("is linked by the administrator, shown on Tài khoản của tôi, and a person has only one account", async () => {
    const secretaryId = userIds.get("council_secretary")!;
    await admin.get(`/users/${secretaryId}?person=tran van hai`);
    const page = await admin.get(`/users/${secretaryId}?person=tran van hai`);
    expect(textOf(page.text)).toContain("Trần Văn Hải");
    const linked = await admin.post(`/users/${secretaryId}/person`, { personId: String(ids.hai) });
    expect(linked.status).toBe(303);
    expect((await personOfUser(db(), secretaryId))?.id).toBe(ids.hai);
    expect(textOf((await secretary().get("/account")).text)).toContain("Là người dân Trần Văn Hải – Tổ dân phố Hòa Bình");

    const chairmanId = userIds.get("chairman")!;
    const twice = await admin.post(`/users/${chairmanId}/person`, { personId: String(ids.hai) });
    expect(twice.status).toBe(422);
    expect(textOf(twice.text)).toContain("Người này đã được liên kết với tài khoản khác");
    const [chairman] = await db().select().from(users).where(eq(users.id, chairmanId));
    expect(chairman!.personId).toBeNull();

    const adminToken = await apiTokenOf(admin);
    const viaApi = await t.app.request(`/api/v1/users/${chairmanId}/person`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ personId: ids.hai }),
    });
    expect(viaApi.status).toBe(422);
    expect(((await viaApi.json()) as { error: { fields: { personId: string } } }).error.fields.personId).toContain("đã được liên kết với tài khoản khác");
    // Only an administrator links; another ward's person is not found.
    expect((await api("chairman", "POST", `/users/${chairmanId}/person`, { personId: ids.mai })).status).toBe(403);
    const stranger = await t.app.request(`/api/v1/users/${chairmanId}/person`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ personId: ids.stranger }),
    });
    expect(stranger.status).toBe(404);

    const unlinked = await admin.post(`/users/${secretaryId}/person`, { personId: "" });
    expect(unlinked.status).toBe(303);
    expect(await personOfUser(db(), secretaryId)).toBeNull();
    const actions = (await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityType, "user"))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["account.person_linked", "account.person_unlinked"]));
  });
});
