// Decisions as officials and attackers use them: the pages over HTTP (draft from the council's
// results, texts, lines, submit and issue on the documents' pages), the payment list read back,
// a revocation end to end (Law Art. 93: the decision's page, the public verification page, the
// eligibility of a new nomination, the recovery of the money and items, the database keeping the
// revocation), bad input answered plainly with nothing written, two drafts racing for one item
// on PostgreSQL, and the commands. Runs on PGlite and on PostgreSQL; the app keeps its data
// folder so that the commands can open the same database at the end.
import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { awardRevocations, awards, certificates, decisionItems, documents, nominations } from "../../src/db/schema";
import { createDecision } from "../../src/features/decisions/create-decision";
import { createRevocation } from "../../src/features/decisions/create-revocation";
import { issueDocument } from "../../src/features/documents/issue-document";
import { submitDocument } from "../../src/features/documents/submit-document";
import { eligibilityOf } from "../../src/features/nominations/nomination-eligibility";
import { translator } from "../../src/i18n";
import { ValidationError } from "../../src/platform/errors";
import { openRuntime } from "../../src/server";
import { createApp } from "../../src/web/app";
import { makeCouncil, type TestCouncil } from "../support/council";
import { votedOn, type Voted } from "../support/decisions";
import { runCli } from "../support/processes";
import { freshPgDatabase, onPostgres, TEST_AUDIT_KEY, type TestApp } from "../support/test-app";
import { textOf, WebClient, type Page } from "../support/web-client";

let t: TestApp;
let env: Record<string, string>;
let dir: string;
let c: TestCouncil;
let other: TestCouncil;
let voted: Voted[];
let otherVoted: Voted[];
const db = () => t.deps.database.db;
const vi = translator("vi");
const secretary = () => c.secretary.client;
const chairman = () => c.seats.find((s) => s.post === "chair")!;
/** The culture officer of the ward: sees its documents, may not pay bonuses. */
const officer = () => c.seats.find((s) => s.post === "secretary")!;

/** A form with repeated fields (ticked boxes), posted as the browser does, with the last page's CSRF token. */
async function postForm(client: WebClient, to: string, pairs: [string, string][]): Promise<Page> {
  if (!client.csrf) await client.get("/account");
  const body = new URLSearchParams([["_csrf", client.csrf!], ...pairs]);
  return client.request(to, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
}
async function download(client: WebClient, to: string) {
  const res = await t.app.request(to, { headers: { cookie: `thidua_session=${client.cookie("thidua_session")}`, "x-forwarded-for": client.ip } });
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) };
}
async function api(client: WebClient, method: string, to: string, body?: unknown): Promise<{ status: number; json: any }> {
  if (!client.csrf) await client.get("/account");
  const page = await client.request(`/api/v1${to}`, {
    method,
    headers: { "x-csrf-token": client.csrf!, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: page.status, json: page.text ? JSON.parse(page.text) : null };
}
const idOfLocation = (page: Page) => Number(/\/decisions\/(\d+)/.exec(page.location ?? "")?.[1]);
/** Rows of the tables a decision writes, to show nothing was written. */
async function counts() {
  const n = async (table: typeof documents | typeof decisionItems | typeof awards | typeof awardRevocations | typeof certificates) => (await db().select({ n: count() }).from(table))[0]!.n;
  return { documents: await n(documents), items: await n(decisionItems), awards: await n(awards), revocations: await n(awardRevocations), certificates: await n(certificates) };
}
/** Submits a draft (standing member) and issues it (the Chairman) through the documents' pages. */
async function submitAndIssue(id: number, issuedOn: string) {
  await secretary().get(`/documents/${id}`);
  const submitted = await secretary().post(`/documents/${id}/submit`);
  expect(submitted.status, textOf(submitted.text).slice(0, 400)).toBe(303);
  await chairman().client.get(`/documents/${id}`);
  const issued = await chairman().client.post(`/documents/${id}/issue`, { signingForm: "HEAD", issuedOn });
  expect(issued.status, textOf(issued.text).slice(0, 400)).toBe(303);
  const [doc] = await db().select().from(documents).where(eq(documents.id, id));
  expect(doc!.status).toBe("issued");
  return doc!;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-decisions-flow-"));
  env = {
    DATA_DIR: path.join(dir, "data"), BASE_URL: "http://thidua.test", LOG_LEVEL: "error", TRUST_PROXY: "1", AUDIT_KEY: TEST_AUDIT_KEY,
    ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}),
  };
  const runtime = await openRuntime(loadConfig({ ...env, PORT: "3000" }));
  const app = createApp(runtime.deps);
  t = { config: runtime.deps.config, deps: runtime.deps, runtime, mailbox: undefined, app, client: () => new WebClient(app), close: () => runtime.close() };
  c = await makeCouncil(t, 5, { wardName: "Phường Vĩnh Hải" });
  other = await makeCouncil(t, 4, { wardName: "Phường Ninh Hiệp" });
  voted = await votedOn(t, c, [
    { name: "Nguyễn Thị Mai", formCode: "LDTT", passed: true },
    { name: "Trần Văn Bình", formCode: "GK_XA", passed: true },
    { name: "Lê Thị Cúc", formCode: "GK_XA", passed: true },
    { name: "Lê Văn Không", formCode: "LDTT", passed: false },
    { name: "Hồ Văn Rời", formCode: "GK_XA", passed: true },
    { name: "Phạm Thị Đua", formCode: "GK_XA", passed: true },
    { name: "Đặng Văn Tranh", formCode: "GK_XA", passed: true },
  ]);
  otherVoted = await votedOn(t, other, [{ name: "Đinh Văn Khác", formCode: "GK_XA", passed: true }, { name: "Võ Thị Ngoài", formCode: "GK_XA", passed: true }]);
}, 180_000);

let closed = false;
afterAll(async () => {
  if (t && !closed) await t.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let decisionId = 0;
let numberSymbol = "";
let spareDraft = 0;
/** The revoked award's certificate code, read while the app is open. */
let revokedCode = "";

describe("a decision drafted, edited and issued through the pages", () => {
  it("lists the unit where passed nominations wait, and offers them ticked (not the one that failed)", async () => {
    const list = await secretary().get("/decisions");
    expect(list.status).toBe(200);
    const text = textOf(list.text);
    expect(text).toContain("Hồ sơ chờ quyết định");
    expect(text).toContain("Phường Vĩnh Hải: 6 hồ sơ đã được Hội đồng biểu quyết đạt");
    expect(list.text).toContain(`href="/decisions/new?unit=${c.ward.id}"`);

    const form = await secretary().get(`/decisions/new?unit=${c.ward.id}`);
    expect(form.status).toBe(200);
    for (const v of voted.filter((_, i) => i !== 3)) expect(form.text).toMatch(new RegExp(`name="nominationIds" value="${v.nominationId}" checked`));
    expect(form.text).not.toContain(`value="${voted[3]!.nominationId}"`);
    expect(textOf(form.text)).toContain("Nguyễn Thị Mai — LDTT (2024)");
    expect(textOf(form.text)).toContain("Hội đồng biểu quyết đạt ngày 18 tháng 12 năm 2024");
  });

  it("refuses a decision with nothing ticked, in Vietnamese, and drafts nothing", async () => {
    const before = await counts();
    await secretary().get(`/decisions/new?unit=${c.ward.id}`);
    const page = await postForm(secretary(), "/decisions", [["unitId", String(c.ward.id)]]);
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toContain("Chọn ít nhất một hồ sơ đã được Hội đồng biểu quyết đạt");
    expect(await counts()).toEqual(before);
  });

  it("drafts from the ticked nominations and opens the draft with its notice", async () => {
    const ticked = [voted[0]!, voted[1]!, voted[2]!, voted[4]!];
    const page = await postForm(secretary(), "/decisions", [["unitId", String(c.ward.id)], ...ticked.map((v): [string, string] => ["nominationIds", String(v.nominationId)])]);
    expect(page.status, textOf(page.text).slice(0, 300)).toBe(303);
    expect(page.location).toMatch(/^\/decisions\/\d+\?created=1$/);
    decisionId = idOfLocation(page);
    const draft = await secretary().get(page.location!);
    const text = textOf(draft.text);
    expect(text).toContain("Đã lập dự thảo. Kiểm tra nội dung rồi trình ký.");
    expect(text).toContain("Dự thảo quyết định");
    for (const v of ticked) expect(text).toContain(v.name);
    expect(text).not.toContain("Phạm Thị Đua");
    expect(text).toMatch(/Số tiền tạm tính theo mức lương cơ sở ngày/);
  });

  it("saves new texts as the next version; an empty summary answers 422 naming the field", async () => {
    await secretary().get(`/decisions/${decisionId}`);
    const texts = { summary: "Về việc khen thưởng thành tích phong trào năm 2024", bases: "Căn cứ Kế hoạch số 01/KH-UBND ngày 21/3/2024", proposal: "Công chức Văn hóa – Xã hội", fund: "Quỹ Thi đua, khen thưởng phường", executors: "Văn phòng HĐND và UBND phường, các cá nhân, tập thể có tên tại Điều 1" };
    const saved = await secretary().post(`/decisions/${decisionId}/texts`, texts);
    expect(saved.status).toBe(303);
    const [doc] = await db().select().from(documents).where(eq(documents.id, decisionId));
    expect(doc!.version).toBe(2);
    expect(doc!.summary).toBe(texts.summary);
    expect(textOf((await secretary().get(saved.location!)).text)).toContain("Đã lưu nội dung dự thảo.");

    const empty = await secretary().post(`/decisions/${decisionId}/texts`, { ...texts, summary: "  " });
    expect(empty.status).toBe(422);
    const text = textOf(empty.text);
    expect(text).toContain("Trích yếu");
    expect(text).toContain("Lỗi: Nhập trích yếu");
    expect((await db().select().from(documents).where(eq(documents.id, decisionId)))[0]!.version).toBe(2);
  });

  it("takes a line out and frees its nomination for another draft", async () => {
    await secretary().get(`/decisions/${decisionId}`);
    const removed = await secretary().post(`/decisions/${decisionId}/lines/${voted[4]!.nominationId}/remove`);
    expect(removed.status).toBe(303);
    const page = textOf((await secretary().get(removed.location!)).text);
    expect(page).toContain("Đã bỏ dòng khỏi dự thảo.");
    expect(page).not.toContain("Hồ Văn Rời");
    expect(await db().select().from(decisionItems).where(eq(decisionItems.nominationId, voted[4]!.nominationId))).toEqual([]);

    const offered = await secretary().get(`/decisions/new?unit=${c.ward.id}`);
    expect(offered.text).toContain(`value="${voted[4]!.nominationId}"`);
    const again = await postForm(secretary(), "/decisions", [["unitId", String(c.ward.id)], ["nominationIds", String(voted[4]!.nominationId)]]);
    expect(again.status).toBe(303);
    spareDraft = idOfLocation(again);
  });

  it("issues on 20/12/2024 through the documents' pages and shows the amounts of that day", async () => {
    const doc = await submitAndIssue(decisionId, "20/12/2024");
    numberSymbol = doc.numberSymbol!;
    expect(doc.issuedOn).toBe("2024-12-20");
    const page = await secretary().get(`/decisions/${decisionId}`);
    const text = textOf(page.text);
    expect(text).toContain(`Quyết định ${numberSymbol}`);
    expect(text).toContain("Tiền thưởng tính theo mức lương cơ sở ngày ban hành (ngày 20 tháng 12 năm 2024)");
    expect(text).toMatch(/Nguyễn Thị Mai .*710\.000/);
    expect(text).toMatch(/Trần Văn Bình .*360\.000/);
    expect(text).toMatch(/Lê Thị Cúc .*360\.000/);
    expect(text).toContain("Tổng tiền thưởng: 1.430.000 đồng");
    expect(text).toContain("Còn hiệu lực");
    expect(page.text).toContain(`href="/decisions/${decisionId}/payment-list.xlsx"`);
    // Issued: no more editing through the pages.
    const edit = await secretary().post(`/decisions/${decisionId}/texts`, { summary: "Khác", bases: "x", executors: "x" });
    expect(edit.status).toBe(422);
    expect(textOf(edit.text)).toMatch(/đã ban hành/i);
  });
});

describe("the payment list", () => {
  it("has one row per awardee with the amount in figures and in words, and the total", async () => {
    const file = await download(secretary(), `/decisions/${decisionId}/payment-list.xlsx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const flat = rows.map((r) => r.map((v) => (v === undefined || v === null ? "" : String(v))));
    expect(flat.some((r) => r[0] === "DANH SÁCH CHI TIỀN THƯỞNG")).toBe(true);
    expect(flat.some((r) => r[0]!.includes(`Kèm theo Quyết định số ${numberSymbol} ngày 20 tháng 12 năm 2024`))).toBe(true);
    const people = flat.filter((r) => /^\d+$/.test(r[0]!));
    expect(people.map((r) => [r[1], r[3], r[4]])).toEqual(
      expect.arrayContaining([
        ["Nguyễn Thị Mai", "710000", "Bảy trăm mười nghìn đồng"],
        ["Trần Văn Bình", "360000", "Ba trăm sáu mươi nghìn đồng"],
        ["Lê Thị Cúc", "360000", "Ba trăm sáu mươi nghìn đồng"],
      ]),
    );
    expect(people).toHaveLength(3);
    const total = flat.find((r) => r[1]!.startsWith("Tổng cộng"))!;
    expect(total[3]).toBe("1430000");
    expect(total[4]).toBe("Một triệu bốn trăm ba mươi nghìn đồng");
  });

  it("is refused for a draft with the reason, and to a role without decision.pay", async () => {
    const draft = await secretary().get(`/decisions/${spareDraft}/payment-list.xlsx`);
    expect(draft.status).toBe(422);
    expect(textOf(draft.text)).toContain("Danh sách chi tiền thưởng chỉ lập sau khi quyết định được ban hành");
    // The culture officer sees the decision but not its payment list (nor its link).
    const seen = await officer().client.get(`/decisions/${decisionId}`);
    expect(seen.status).toBe(200);
    expect(seen.text).not.toContain("payment-list.xlsx");
    expect((await officer().client.get(`/decisions/${decisionId}/payment-list.xlsx`)).status).toBe(403);
    expect((await api(officer().client, "GET", `/decisions/${decisionId}/payment-list`)).status).toBe(403);
  });
});

describe("revocation (Law Art. 93) end to end", () => {
  let maiAward: typeof awards.$inferSelect;
  let revocationId = 0;
  let revNumber = "";
  let code = "";
  let recovery: typeof awardRevocations.$inferSelect;
  let laterNomination: typeof nominations.$inferSelect;

  beforeAll(async () => {
    maiAward = (await db().select().from(awards).where(eq(awards.nominationId, voted[0]!.nominationId)))[0]!;
    code = (await db().select().from(certificates).where(eq(certificates.awardId, maiAward!.id)))[0]!.code;
    revokedCode = code;
    // A later nomination of the same person for the same yearly title: its eligibility reads the award.
    const [n] = await db()
      .insert(nominations)
      .values({ unitId: c.front.id, screeningUnitId: c.ward.id, nomineeKind: "person", personId: maiAward!.personId, nomineeName: "Nguyễn Thị Mai", formCode: "LDTT", year: 2024, commendationKind: "cong_trang", decisionDate: "2025-06-20" })
      .returning();
    laterNomination = n!;
  });

  it("sees the award before it is revoked: the verification page says valid, the eligibility of the same title fails", async () => {
    const page = await t.client().get(`/verify/${code}`);
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain("Nguyễn Thị Mai");
    expect(textOf(page.text)).not.toContain("thu hồi");
    const report = (await eligibilityOf(db(), laterNomination))!;
    expect(report.results.find((r) => r.rule === "one_award")!.verdict).toBe("fail");
  });

  it("drafts a revocation from the decision's page with the grounds, and issues it later", async () => {
    const page = await secretary().get(`/decisions/${decisionId}`);
    expect(page.text).toContain(`name="awardIds" value="${maiAward.id}"`);
    const noGrounds = await postForm(secretary(), `/decisions/${decisionId}/revocations`, [["awardIds", String(maiAward.id)], ["grounds", ""]]);
    expect(noGrounds.status).toBe(422);
    expect(textOf(noGrounds.text)).toContain("Căn cứ thu hồi");

    const drafted = await postForm(secretary(), `/decisions/${decisionId}/revocations`, [["awardIds", String(maiAward.id)], ["grounds", "Hồ sơ đề nghị khen thưởng kê khai không trung thực (Biên bản kiểm tra ngày 01/3/2025)"]]);
    expect(drafted.status, textOf(drafted.text).slice(0, 300)).toBe(303);
    revocationId = idOfLocation(drafted);
    const draft = textOf((await secretary().get(drafted.location!)).text);
    expect(draft).toContain("Hủy quyết định, thu hồi");
    expect(draft).toMatch(/Nguyễn Thị Mai .*710\.000/);

    const doc = await submitAndIssue(revocationId, "10/03/2025");
    revNumber = doc.numberSymbol!;
    expect(doc.issuedOn).toBe("2025-03-10");
    recovery = (await db().select().from(awardRevocations).where(eq(awardRevocations.awardId, maiAward.id)))[0]!;
    expect(recovery).toMatchObject({ decisionId: revocationId, moneyDue: 710_000, moneyRecovered: 0 });
  });

  it("shows the award revoked on the decision's page, by which decision", async () => {
    const text = textOf((await secretary().get(`/decisions/${decisionId}`)).text);
    expect(text).toContain(`Đã thu hồi theo Quyết định số ${revNumber} ngày 10 tháng 3 năm 2025`);
    expect(text).not.toContain("ngày ngày");
    // The others stand.
    expect(text.match(/Còn hiệu lực/g)).toHaveLength(2);
  });

  it("says revoked, and by which decision, on the public verification page", async () => {
    const page = await t.client().get(`/verify/${code}`);
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain("Khen thưởng đã bị thu hồi");
    expect(text).toContain(`Đã bị thu hồi theo Quyết định số ${revNumber} ngày 10 tháng 3 năm 2025`);
    expect(text).toContain(numberSymbol);
    expect(text).not.toContain("kê khai không trung thực"); // the grounds are not the public's
  });

  it("no longer counts the revoked award in the eligibility of a new nomination", async () => {
    const report = (await eligibilityOf(db(), laterNomination))!;
    expect(report.results.find((r) => r.rule === "one_award")!.verdict).toBe("pass");
  });

  it("refuses to revoke it again with the plain message, and writes nothing", async () => {
    const before = await counts();
    const again = await postForm(secretary(), `/decisions/${decisionId}/revocations`, [["awardIds", String(maiAward.id)], ["grounds", "Lần nữa"]]);
    expect(again.status).toBe(422);
    expect(textOf(again.text)).toContain(`Khen thưởng số ${maiAward.id} không thể thu hồi`);
    const viaApi = await api(secretary(), "POST", "/revocations", { unitId: c.ward.id, awardIds: [maiAward.id], grounds: "Lần nữa" });
    expect(viaApi.status).toBe(422);
    expect(viaApi.json.error.fields.awardIds).toContain(String(maiAward.id));
    expect(await counts()).toEqual(before);
  });

  it("records the recovery: more than due answers 422 naming the field; a valid amount and date are saved and shown", async () => {
    await secretary().get(`/decisions/${revocationId}`);
    const over = await secretary().post(`/decisions/${revocationId}/recoveries/${recovery.id}`, { revocationId: String(recovery.id), moneyRecovered: "800.000", itemsRecoveredOn: "", note: "" });
    expect(over.status).toBe(422);
    const overText = textOf(over.text);
    expect(overText).toContain("Số tiền đã nộp lại");
    expect(overText).toContain("Số tiền thu hồi không được lớn hơn số tiền thưởng đã nhận (710.000 đồng)");
    const garbage = await secretary().post(`/decisions/${revocationId}/recoveries/${recovery.id}`, { revocationId: String(recovery.id), moneyRecovered: "bảy trăm", itemsRecoveredOn: "", note: "" });
    expect(garbage.status).toBe(422);
    expect((await db().select().from(awardRevocations).where(eq(awardRevocations.id, recovery.id)))[0]!.moneyRecovered).toBe(0);

    const ok = await secretary().post(`/decisions/${revocationId}/recoveries/${recovery.id}`, { revocationId: String(recovery.id), moneyRecovered: "710.000", itemsRecoveredOn: "15/03/2025", note: "Biên lai số 12" });
    expect(ok.status, textOf(ok.text).slice(0, 300)).toBe(303);
    const page = textOf((await secretary().get(ok.location!)).text);
    expect(page).toContain("Đã ghi nhận việc thu hồi.");
    expect(page).toContain("710.000 · hiện vật nộp lại ngày 15 tháng 3 năm 2025");
    const [row] = await db().select().from(awardRevocations).where(eq(awardRevocations.id, recovery.id));
    expect(row).toMatchObject({ moneyRecovered: 710_000, itemsRecoveredOn: "2025-03-15", recoveryNote: "Biên lai số 12" });
  });

  it("refuses a recovery date in the future or before the revocation, naming the field", async () => {
    for (const day of ["01/01/2099", "01/03/2025"]) {
      const page = await secretary().post(`/decisions/${revocationId}/recoveries/${recovery.id}`, { revocationId: String(recovery.id), moneyRecovered: "0", itemsRecoveredOn: day, note: "" });
      expect(page.status, day).toBe(422);
      expect(textOf(page.text)).toContain("Ngày nộp lại hiện vật phải từ ngày ban hành quyết định thu hồi đến hôm nay");
    }
    const [row] = await db().select().from(awardRevocations).where(eq(awardRevocations.id, recovery.id));
    expect(row).toMatchObject({ moneyRecovered: 710_000, itemsRecoveredOn: "2025-03-15" });
  });

  it("leaves the recovery to those who pay (403 for the culture officer)", async () => {
    await officer().client.get(`/decisions/${revocationId}`);
    const page = await officer().client.post(`/decisions/${revocationId}/recoveries/${recovery.id}`, { moneyRecovered: "0" });
    expect(page.status).toBe(403);
  });

  it("keeps the revocation as issued: the database refuses to change its grounds or delete it", async () => {
    await expect(db().update(awardRevocations).set({ grounds: "Lý do khác" }).where(eq(awardRevocations.id, recovery.id))).rejects.toThrow();
    await expect(db().update(awardRevocations).set({ moneyDue: 1 }).where(eq(awardRevocations.id, recovery.id))).rejects.toThrow();
    await expect(db().delete(awardRevocations).where(eq(awardRevocations.id, recovery.id))).rejects.toThrow();
    const [row] = await db().select().from(awardRevocations).where(eq(awardRevocations.id, recovery.id));
    expect(row!.grounds).toContain("kê khai không trung thực");
  });
});

describe("bad input answers plainly and writes nothing", () => {
  let otherDecision = 0;
  let otherAward = 0;

  beforeAll(async () => {
    const standing = other.secretary.actor;
    const draft = await createDecision(standing, { unitId: other.ward.id, nominationIds: [otherVoted[0]!.nominationId] }, db());
    await submitDocument(standing, draft.id, db());
    const issued = await issueDocument(other.seats.find((s) => s.post === "chair")!.actor, draft.id, { signingForm: "HEAD", issuedOn: "2024-12-20" }, db(), { baseUrl: "http://thidua.test" });
    otherDecision = issued.id;
    otherAward = (await db().select().from(awards).where(eq(awards.decisionId, issued.id)))[0]!.id;
  });

  it("answers 404 or 422 to ids that are not numbers, not there, or of another ward, never 500", async () => {
    const before = await counts();
    const s = secretary();
    const gets: [string, number][] = [
      ["/decisions/abc", 404],
      ["/decisions/0", 404],
      ["/decisions/99999999999999999999", 404],
      ["/decisions/new?unit=abc", 404],
      ["/decisions/new?unit=", 404],
      [`/decisions/new?unit=${other.ward.id}`, 404],
      [`/decisions/${otherDecision}`, 404],
      [`/decisions/${otherDecision}/payment-list.xlsx`, 404],
      ["/decisions/abc/payment-list.xlsx", 404],
    ];
    for (const [to, status] of gets) expect((await s.get(to)).status, to).toBe(status);
    await s.get(`/decisions/${spareDraft}`);
    const posts: [string, [string, string][], number, string?][] = [
      ["/decisions", [["unitId", String(c.ward.id)], ["nominationIds", "abc"]], 422],
      ["/decisions", [["unitId", String(c.ward.id)], ["nominationIds", "-3"]], 422],
      ["/decisions", [["unitId", String(c.ward.id)], ["nominationIds", String(otherVoted[1]!.nominationId)]], 422, `Hồ sơ số ${otherVoted[1]!.nominationId} không thể đưa vào quyết định`],
      ["/decisions", [["unitId", String(c.ward.id)], ["nominationIds", String(voted[3]!.nominationId)]], 422, `Hồ sơ số ${voted[3]!.nominationId}`],
      ["/decisions", [["unitId", String(other.ward.id)], ["nominationIds", String(otherVoted[1]!.nominationId)]], 404],
      ["/decisions", [["unitId", "abc"], ["nominationIds", String(voted[5]!.nominationId)]], 404],
      [`/decisions/${spareDraft}/lines/abc/remove`, [], 404],
      [`/decisions/${spareDraft}/lines/999999/remove`, [], 422, "Dòng này không có trong dự thảo quyết định"],
      [`/decisions/${decisionId}/revocations`, [["awardIds", String(otherAward)], ["grounds", "Thử"]], 422, `Khen thưởng số ${otherAward} không thể thu hồi`],
      [`/decisions/${decisionId}/revocations`, [["awardIds", "abc"], ["grounds", "Thử"]], 422],
      [`/decisions/${otherDecision}/revocations`, [["awardIds", String(otherAward)], ["grounds", "Thử"]], 404],
      [`/decisions/${decisionId}/recoveries/abc`, [["moneyRecovered", "0"]], 404],
      [`/decisions/${decisionId}/recoveries/999999`, [["moneyRecovered", "0"]], 404],
    ];
    for (const [to, pairs, status, message] of posts) {
      const page = await postForm(s, to, pairs);
      expect(page.status, `${to} ${JSON.stringify(pairs)}: ${textOf(page.text).slice(0, 200)}`).toBe(status);
      if (message) expect(textOf(page.text), to).toContain(message);
    }
    expect(await counts()).toEqual(before);
  });

  it("keeps an issued decision's lines, takes a recovery only on its own revocation's page, and escapes what is typed", async () => {
    const before = await counts();
    const s = secretary();
    await s.get(`/decisions/${decisionId}`);
    const issuedLine = await s.post(`/decisions/${decisionId}/lines/${voted[1]!.nominationId}/remove`);
    expect(issuedLine.status).toBe(422);
    expect(textOf(issuedLine.text)).toMatch(/đã ban hành/i);
    // The award decision's address with the revocation's recovery: not there.
    const [rev] = await db().select().from(awardRevocations).where(eq(awardRevocations.awardId, (await db().select().from(awards).where(eq(awards.nominationId, voted[0]!.nominationId)))[0]!.id));
    const elsewhere = await s.post(`/decisions/${decisionId}/recoveries/${rev!.id}`, { revocationId: String(rev!.id), moneyRecovered: "0", itemsRecoveredOn: "", note: "" });
    expect(elsewhere.status).toBe(404);
    expect((await db().select().from(awardRevocations).where(eq(awardRevocations.id, rev!.id)))[0]!.moneyRecovered).toBe(710_000);
    // A revocation has no payment list.
    const list = await api(s, "GET", `/decisions/${rev!.decisionId}/payment-list`);
    expect(list.status).toBe(422);
    expect(JSON.stringify(list.json)).toContain("Quyết định thu hồi không có danh sách chi tiền thưởng");
    expect(await counts()).toEqual(before);

    await s.get(`/decisions/${spareDraft}`);
    const hostile = "<script>alert(1)</script> Về việc khen thưởng";
    expect((await s.post(`/decisions/${spareDraft}/texts`, { summary: hostile, bases: "Căn cứ <b>x</b>", executors: "Văn phòng" })).status).toBe(303);
    const page = await s.get(`/decisions/${spareDraft}`);
    expect(page.text).not.toContain("<script>alert(1)</script>");
    expect(page.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("answers the API the same way", async () => {
    const before = await counts();
    const s = secretary();
    expect((await api(s, "GET", "/decisions/abc")).status).toBe(404);
    expect((await api(s, "GET", `/decisions/${otherDecision}`)).status).toBe(404);
    const wrongType = await api(s, "POST", "/decisions", { unitId: c.ward.id, nominationIds: "tất cả" });
    expect(wrongType.status).toBe(422);
    expect(Object.keys(wrongType.json.error.fields).join()).toMatch(/^nominationIds/);
    const foreign = await api(s, "POST", "/decisions", { unitId: c.ward.id, nominationIds: [otherVoted[1]!.nominationId] });
    expect(foreign.status).toBe(422);
    expect(foreign.json.error.fields.nominationIds).toContain(String(otherVoted[1]!.nominationId));
    expect((await api(s, "POST", "/revocations", { unitId: c.ward.id, awardIds: [otherAward], grounds: "Thử" })).status).toBe(422);
    expect((await api(s, "POST", "/revocations", { unitId: other.ward.id, awardIds: [otherAward], grounds: "Thử" })).status).toBe(404);
    expect((await api(s, "POST", "/revocations/abc/recovery", { moneyRecovered: 0 })).status).toBe(404);
    const [rev] = await db().select().from(awardRevocations).limit(1);
    const future = await api(s, "POST", `/revocations/${rev!.id}/recovery`, { moneyRecovered: 0, itemsRecoveredOn: "2099-01-01" });
    expect(future.status).toBe(422);
    expect(future.json.error.fields.itemsRecoveredOn).toContain("Ngày nộp lại hiện vật");
    const negative = await api(s, "POST", `/revocations/${rev!.id}/recovery`, { moneyRecovered: -5 });
    expect(negative.status).toBe(422);
    expect(negative.json.error.fields).toHaveProperty(["moneyRecovered"]);
    expect(await counts()).toEqual(before);
  });
});

describe("a revocation dated before the award it annuls", () => {
  it("is refused when issued, naming the date, and nothing is revoked", async () => {
    const standing = c.secretary.actor;
    const award = await createDecision(standing, { unitId: c.ward.id, nominationIds: [voted[5]!.nominationId] }, db());
    await submitDocument(standing, award.id, db());
    await issueDocument(chairman().actor, award.id, { signingForm: "HEAD", issuedOn: "2025-03-12" }, db(), { baseUrl: "http://thidua.test" });
    const [made] = await db().select().from(awards).where(eq(awards.decisionId, award.id));
    const revocation = await createRevocation(standing, { unitId: c.ward.id, awardIds: [made!.id], grounds: "Kê khai không trung thực" }, db());
    await secretary().get(`/documents/${revocation.id}`);
    expect((await secretary().post(`/documents/${revocation.id}/submit`)).status).toBe(303);
    const before = await counts();
    // 27/12/2024 follows the ward's last number of 2024, so the register alone would take it.
    await chairman().client.get(`/documents/${revocation.id}`);
    const early = await chairman().client.post(`/documents/${revocation.id}/issue`, { signingForm: "HEAD", issuedOn: "27/12/2024" });
    expect(early.status).toBe(422);
    expect(textOf(early.text)).toContain("Ngày ban hành quyết định thu hồi không được trước ngày của quyết định khen thưởng bị hủy (Phạm Thị Đua:");
    expect(await counts()).toEqual(before);
    expect((await db().select().from(documents).where(eq(documents.id, revocation.id)))[0]!.status).toBe("submitted");
  });

  it("cannot be submitted once its last line is taken out", async () => {
    await secretary().get(`/decisions/${spareDraft}`);
    expect((await secretary().post(`/decisions/${spareDraft}/lines/${voted[4]!.nominationId}/remove`)).status).toBe(303);
    await secretary().get(`/documents/${spareDraft}`);
    const submit = await secretary().post(`/documents/${spareDraft}/submit`);
    expect(submit.status).toBe(422);
    expect(textOf(submit.text)).toContain("Quyết định chưa có dòng nào");
  });
});

describe.runIf(onPostgres())("two drafts racing on PostgreSQL", () => {
  it("puts a nomination in exactly one draft; the other gets the plain refusal", async () => {
    const nominationId = voted[6]!.nominationId;
    const tries = await Promise.allSettled([1, 2].map(() => createDecision(c.secretary.actor, { unitId: c.ward.id, nominationIds: [nominationId] }, db())));
    expect(tries.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = tries.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ValidationError);
    expect(vi((lost.reason as ValidationError).fields.nominationIds!.key, (lost.reason as ValidationError).fields.nominationIds!.params)).toContain(`Hồ sơ số ${nominationId}`);
    expect(await db().select().from(decisionItems).where(eq(decisionItems.nominationId, nominationId))).toHaveLength(1);
  });

  it("puts an award in exactly one revocation draft", async () => {
    const [award] = await db().select().from(awards).where(eq(awards.nominationId, voted[1]!.nominationId));
    const tries = await Promise.allSettled([1, 2].map(() => createRevocation(c.secretary.actor, { unitId: c.ward.id, awardIds: [award!.id], grounds: "Thử tranh chấp" }, db())));
    expect(tries.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = tries.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ValidationError);
    expect(Object.keys((lost.reason as ValidationError).fields)).toEqual(["awardIds"]);
    expect(await db().select().from(decisionItems).where(eq(decisionItems.awardId, award!.id))).toHaveLength(1);
  });
});

describe("the commands", () => {
  let out: string;

  beforeAll(async () => {
    out = path.join(dir, "chi-tien-thuong.xlsx");
    // PGlite is one process at a time: the app closes before the commands open its database.
    if (!onPostgres()) {
      await t.close();
      closed = true;
    }
  }, 60_000);

  it("lists the decisions and shows one with its amounts and the revoked award", async () => {
    const list = await runCli(["decisions", "list", "--json"], env);
    expect(list.code, list.stderr).toBe(0);
    const rows = JSON.parse(list.stdout) as { id: number; numberSymbol: string | null; kind: string; lines: number }[];
    expect(rows).toContainEqual(expect.objectContaining({ id: decisionId, numberSymbol, kind: "award", lines: 3 }));
    expect(rows).toContainEqual(expect.objectContaining({ kind: "revocation", lines: 1 }));
    const plain = await runCli(["decisions", "list"], env);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toMatch(new RegExp(`${numberSymbol.replace("/", "\\/")}\\s+20/12/2024\\s+award\\s+3 dòng`));

    const show = await runCli(["decisions", "show", String(decisionId)], env);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain(numberSymbol);
    expect(show.stdout).toContain("Trần Văn Bình — Giấy khen");
    expect(show.stdout).toMatch(/Trần Văn Bình .*360\.000 đồng/);
    expect(show.stdout).toMatch(/Nguyễn Thị Mai .*710\.000 đồng \[đã thu hồi \/ revoked: \d+\/QĐ-UBND\]/);
    expect(show.stdout).toContain("Tổng / total: 1.430.000 đồng (mức lương cơ sở ngày / base salary of 20/12/2024)");
    const json = JSON.parse((await runCli(["decisions", "show", String(decisionId), "--json"], env)).stdout);
    expect(json.lines.map((l: { amount: number }) => l.amount)).toEqual([710_000, 360_000, 360_000]);

    const bad = await runCli(["decisions", "show", "abc"], env);
    expect(bad.code).toBe(2);
    const missing = await runCli(["decisions", "show", "999999"], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack
  }, 120_000);

  it("writes the payment list, and refuses a draft's", async () => {
    const done = await runCli(["decisions", "payment-list", String(decisionId), "--out", out], env);
    expect(done.code, done.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const values: string[] = [];
    book.worksheets[0]!.eachRow((row) => values.push((row.values as unknown[]).map(String).join("|")));
    expect(values.join("\n")).toContain("Ba trăm sáu mươi nghìn đồng");
    const draft = await runCli(["decisions", "payment-list", String(spareDraft), "--out", path.join(dir, "x.xlsx")], env);
    expect(draft.code).not.toBe(0);
    expect(draft.stderr).toContain("Danh sách chi tiền thưởng chỉ lập sau khi quyết định được ban hành");
  }, 120_000);

  it("verifies a revoked certificate's code: exit code 0, and says revoked by which decision", async () => {
    const res = await runCli(["certificates", "verify", revokedCode], env);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Tình trạng \/ status: Đã bị thu hồi theo Quyết định số \d+\/QĐ-UBND ngày 10 tháng 3 năm 2025 \/ revoked/);
    expect(res.stdout).toContain("Người được khen thưởng / holder: Nguyễn Thị Mai");
    const unknown = await runCli(["certificates", "verify", "ABCDE-FGHJK"], env);
    expect(unknown.code).toBe(1);
  }, 120_000);
});
