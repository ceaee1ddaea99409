// Plans as official documents: drafts in versions, submission with every missing part
// listed, return with a reason, signing in the signer's own authority, gapless register
// numbers under concurrency, frozen issued documents, delivery to recipients' inboxes
// and e-mail with openings recorded. Runs on PGlite and on PostgreSQL.
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, registerCounters, users } from "../../src/db/schema";
import { CAM_PHU_PLAN } from "../../src/features/demo/cam-phu-plan";
import { createDirective } from "../../src/features/directives/create-directive";
import { copyPlan } from "../../src/features/documents/copy-plan";
import { createPlan } from "../../src/features/documents/create-plan";
import { documentFile } from "../../src/features/documents/document-file";
import { registerWorkbook } from "../../src/features/documents/export-register";
import { getDocument } from "../../src/features/documents/get-document";
import { listInbox } from "../../src/features/documents/inbox";
import { issueDocument } from "../../src/features/documents/issue-document";
import { documentRegister } from "../../src/features/documents/list-documents";
import { commentDocument } from "../../src/features/documents/comment-document";
import { findVisibleDocument } from "../../src/features/documents/find-document";
import { grantSigningAuthority, listSigningAuthorities, revokeSigningAuthority } from "../../src/features/documents/signing-authorisations";
import { returnDocument } from "../../src/features/documents/return-document";
import { submitDocument } from "../../src/features/documents/submit-document";
import { updatePlan } from "../../src/features/documents/update-plan";
import { addCalendarDays } from "../../src/domain/tasks/deadlines";
import { todayInVietnam } from "../../src/domain/text/dates";
import { loadActor, type Actor } from "../../src/platform/actor";
import { Forbidden, NotFound } from "../../src/platform/errors";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";
import { fieldsOf } from "../support/validation";

let t: TestApp;
let wardId: number;
let womenId: number;
let chairman: Actor;
let viceChairman: Actor;
let secretary: Actor;
let secretaryClient: WebClient;
let chairmanClient: WebClient;
let womenOfficial: { actor: Actor; client: WebClient; email: string };
const BASE = { baseUrl: "http://thidua.test" };
const db = () => t.deps.database.db;
const actorOf = async (id: number) => (await loadActor(db(), id))!;


/** A complete plan of the ward, sent to the women's union (in the system) and one body outside it. */
async function completePlan(summary = CAM_PHU_PLAN.summary) {
  return createPlan(secretary, { ...CAM_PHU_PLAN, summary, unitId: wardId, recipients: [{ label: "Hội LHPN phường", unitId: womenId }, { label: "Phòng Nội vụ tp" }] }, db());
}

beforeAll(async () => {
  t = await startTestApp({ mail: true });
  ({ wardId } = await setUpWard(t));
  const ward = { id: wardId, path: `/${wardId}/` };
  womenId = (await addUnit(t, ward, "Hội Liên hiệp Phụ nữ phường", "mass_organisation")).id;
  const c = await personWithRole(t, "chairman", wardId, "Đỗ Xuân Chiến");
  const v = await personWithRole(t, "vice_chairman", wardId, "Trần Văn Phó");
  const s = await personWithRole(t, "council_secretary", wardId, "Lê Thị Thường Trực");
  const w = await personWithRole(t, "organisation", womenId, "Nguyễn Thị Phụ Nữ");
  [chairman, viceChairman, secretary] = await Promise.all([actorOf(c.user.id), actorOf(v.user.id), actorOf(s.user.id)]);
  secretaryClient = s.client;
  chairmanClient = c.client;
  womenOfficial = { actor: await actorOf(w.user.id), client: w.client, email: w.email };
}, 60_000);
afterAll(() => t.close());

describe("writing a plan", () => {
  it("keeps every save as a version and refuses a save over a newer one", async () => {
    const draft = await createPlan(secretary, { unitId: wardId, summary: "Kế hoạch thử" }, db());
    expect(draft).toMatchObject({ status: "draft", version: 1, typeCode: "KH" });
    const header = (draft.header as Record<string, unknown>);
    expect(header).toMatchObject({ issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", issuerCode: "UBND", place: "Cam Phú" });
    const base = { ...CAM_PHU_PLAN, header: { ...header, parentBody: "UBND THÀNH PHỐ CAM RANH" } };
    const saved = await updatePlan(secretary, draft.id, { ...base, version: 1 }, db());
    expect(saved.version).toBe(2);
    expect(await fieldsOf(updatePlan(secretary, draft.id, { ...base, version: 1 }, db()))).toEqual({ _form: "errors.document_stale" });
  });

  it("points at the line of a markup mistake", async () => {
    const fields = await fieldsOf(createPlan(secretary, { unitId: wardId, summary: "Bảng sai", contents: "| a | b |\n| c |" }, db()));
    expect(fields).toEqual({ contents: "errors.markup" });
  });

  it("lists every missing part when submitted incomplete, and stays a draft", async () => {
    const draft = await createPlan(secretary, { unitId: wardId, summary: "Kế hoạch còn thiếu" }, db());
    const fields = await fieldsOf(submitDocument(secretary, draft.id, db()));
    expect(Object.keys(fields).sort()).toEqual(["assignments.0.party", "basis", "closing", "contents", "outsideRecipients", "purposes", "requirements"].sort());
    const [row] = await db().select().from(documents).where(eq(documents.id, draft.id));
    expect(row!.status).toBe("draft");
  });

  it("shows the error summary on the page when a reader submits an incomplete draft", async () => {
    const draft = await createPlan(secretary, { unitId: wardId, summary: "Kế hoạch trên trang" }, db());
    expect((await secretaryClient.get(`/documents/${draft.id}`)).status).toBe(200);
    const page = await secretaryClient.post(`/documents/${draft.id}/submit`, {});
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toContain("Kế hoạch còn thiếu phần mục đích");
  });

  it("cites recorded directives and refuses another unit's", async () => {
    const directive = await createDirective(secretary, { unitId: wardId, numberSymbol: "1240/UBND-NV", kind: "Công văn", issuer: "UBND thành phố Cam Ranh", issuedOn: "2024-03-20", summary: "Đẩy mạnh phong trào thi đua" }, db());
    const again = await fieldsOf(createDirective(secretary, { unitId: wardId, numberSymbol: "1240/UBND-NV", kind: "Công văn", issuer: "UBND thành phố Cam Ranh", issuedOn: "2024-03-20", summary: "Lần hai" }, db()));
    expect(again).toEqual({ numberSymbol: "errors.directive_exists" });
    const plan = await createPlan(secretary, { unitId: wardId, summary: "Có căn cứ", directiveIds: [directive.id] }, db());
    const view = await getDocument(secretary, db(), plan.id);
    expect(view.bases.map((b) => b.numberSymbol)).toEqual(["1240/UBND-NV"]);
    // Left blank, the basis is written from the citation, so the .docx and .pdf cite it as the pages do.
    const citation = "Công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024 của UBND thành phố Cam Ranh";
    expect((view.doc.content as { basis: string }).basis).toBe(`Thực hiện ${citation} về việc đẩy mạnh phong trào thi đua.`);
    // The page quotes it in Vietnamese in both languages, "ngày" once.
    for (const lang of ["en", "vi"]) {
      await secretaryClient.get(`/?lang=${lang}`);
      const text = textOf((await secretaryClient.get(`/documents/${plan.id}`)).text);
      expect(text).toContain(lang === "en" ? "Basis" : "Căn cứ");
      expect(text).toContain(`${citation} : Đẩy mạnh phong trào thi đua`);
      expect(text).toContain(`Thực hiện ${citation} về việc`); // the preview of the files
      expect(text).not.toMatch(/ngày ngày|ngày 20 March/);
      const edit = textOf((await secretaryClient.get(`/documents/${plan.id}/edit`)).text);
      expect(edit).toContain(`${citation} : Đẩy mạnh phong trào thi đua`);
    }
    // A basis the writer wrote stays as written.
    const own = await createPlan(secretary, { unitId: wardId, summary: "Căn cứ tự viết", basis: "Căn cứ Luật Thi đua, khen thưởng năm 2022.", directiveIds: [directive.id] }, db());
    expect((own.content as { basis: string }).basis).toBe("Căn cứ Luật Thi đua, khen thưởng năm 2022.");
    expect(await fieldsOf(createPlan(secretary, { unitId: wardId, summary: "Căn cứ lạ", directiveIds: [999_999] }, db()))).toEqual({ "directiveIds.0": "errors.directive_unknown" });
  });

  it("cites a directive recorded by a unit above or below the plan's own", async () => {
    const below = await createDirective(secretary, { unitId: womenId, numberSymbol: "12/HLHPN", kind: "Công văn", issuer: "Hội LHPN thành phố", issuedOn: "2024-03-01", summary: "Hưởng ứng phong trào" }, db());
    const above = await createDirective(secretary, { unitId: wardId, numberSymbol: "1300/UBND-VX", kind: "Công văn", issuer: "UBND thành phố Cam Ranh", issuedOn: "2024-03-02", summary: "Thi đua yêu nước" }, db());
    const ward = await createPlan(secretary, { unitId: wardId, summary: "Căn cứ của hội", directiveIds: [below.id] }, db());
    expect((await getDocument(secretary, db(), ward.id)).bases.map((b) => b.numberSymbol)).toEqual(["12/HLHPN"]);
    const women = await createPlan(secretary, { unitId: womenId, summary: "Căn cứ của phường", directiveIds: [above.id] }, db());
    expect((await getDocument(secretary, db(), women.id)).bases.map((b) => b.numberSymbol)).toEqual(["1300/UBND-VX"]);
  });

  it("lets only those who write plans submit one: a council member who reviews it cannot", async () => {
    const member = await actorOf((await personWithRole(t, "council_member", wardId, "Phạm Văn Ủy Viên")).user.id);
    const plan = await completePlan("Kế hoạch ủy viên không trình được");
    expect((await getDocument(member, db(), plan.id)).doc.id).toBe(plan.id);
    await expect(submitDocument(member, plan.id, db())).rejects.toThrow(/forbidden/);
  });

  it("names only the ward and its own units in the assignments, pointing at the first one that is not", async () => {
    const other = await addUnit(t, null, "Phường Cam Lợi", "ward");
    const duty = { party: "Phường bạn", duties: "Phối hợp thực hiện." };
    expect(await fieldsOf(createPlan(secretary, { unitId: wardId, summary: "Giao sai đơn vị", assignments: [{ ...duty, unitId: other.id }] }, db()))).toEqual({ "assignments.0.unitId": "errors.assignment_unit_not_directed" });
    const own = { party: "Hội LHPN phường", duties: "Vận động hội viên.", unitId: womenId };
    expect(await fieldsOf(createPlan(secretary, { unitId: wardId, summary: "Giao sai đơn vị thứ hai", assignments: [own, { ...duty, unitId: other.id }] }, db()))).toEqual({ "assignments.1.unitId": "errors.assignment_unit_not_directed" });
    const plan = await createPlan(secretary, { unitId: wardId, summary: "Giao đúng đơn vị", assignments: [own, { ...duty, unitId: wardId }] }, db());
    expect((plan.content as { assignments: unknown[] }).assignments).toHaveLength(2);
  });

  it("addresses only units that exist, pointing at the first one that does not", async () => {
    const ghost = { label: "Đơn vị không có", unitId: 999_999 };
    expect(await fieldsOf(createPlan(secretary, { unitId: wardId, summary: "Gửi nơi không có", recipients: [ghost] }, db()))).toEqual({ "recipients.0.unitId": "errors.unit_unknown" });
    expect(await fieldsOf(createPlan(secretary, { unitId: wardId, summary: "Gửi nơi không có", recipients: [{ label: "Hội LHPN phường", unitId: womenId }, ghost] }, db()))).toEqual({ "recipients.1.unitId": "errors.unit_unknown" });
  });
});

describe("signing and issuing", () => {
  it("issues a submitted plan with the next number, both files, and delivers it", async () => {
    const plan = await completePlan();
    await submitDocument(secretary, plan.id, db());
    const issued = await issueDocument(chairman, plan.id, { signingForm: "TM", issuedOn: "2024-03-21" }, db(), BASE);
    expect(issued).toMatchObject({ status: "issued", year: 2024, number: 1, numberSymbol: "01/KH-UBND", signerName: "Đỗ Xuân Chiến" });
    expect(issued.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);

    const pdf = await documentFile(chairman, db(), plan.id, "pdf");
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const docx = await documentFile(chairman, db(), plan.id, "docx");
    expect(Buffer.from(docx.bytes.subarray(0, 2)).toString()).toBe("PK");

    // The women's union official finds it in the inbox and by e-mail; opening it is recorded once.
    const inbox = await listInbox(womenOfficial.actor, db());
    expect(inbox.map((d) => d.numberSymbol)).toContain("01/KH-UBND");
    await t.deps.jobs.drain();
    const mail = await t.mailbox!.waitFor(womenOfficial.email, /01\/KH-UBND/);
    expect(mail.text).toContain(`/documents/${plan.id}`);
    expect(mail.subject).toContain("Kế hoạch số 01/KH-UBND ngày 21 tháng 3 năm 2024 của UBND phường Cam Phú");
    const before = await getDocument(chairman, db(), plan.id);
    expect(before.recipients.find((r) => r.unitId === womenId)!.openedAt).toBeNull();
    const page = await womenOfficial.client.get(`/documents/${plan.id}`);
    expect(page.status).toBe(200);
    const after = await getDocument(chairman, db(), plan.id);
    const line = after.recipients.find((r) => r.unitId === womenId)!;
    expect(line.openedAt).not.toBeNull();
    expect(line.openedBy).toBe("Nguyễn Thị Phụ Nữ");
    expect(textOf((await chairmanClient.get(`/documents/${plan.id}`)).text)).toContain("0 nơi nhận chưa mở văn bản");
  });

  it("signs as a deputy for the Chairman (KT.) and refuses a form the signer does not hold", async () => {
    const plan = await completePlan("Kế hoạch ký thay");
    await submitDocument(secretary, plan.id, db());
    expect(await fieldsOf(issueDocument(viceChairman, plan.id, { signingForm: "TM" }, db(), BASE))).toEqual({ signingForm: "errors.signing_form_not_yours" });
    const issued = await issueDocument(viceChairman, plan.id, { signingForm: "KT" }, db(), BASE);
    expect(issued.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });

  it("lets an official sign TL. under a written authorisation from the Chairman, until it is revoked", async () => {
    const secretaryId = secretary.id!;
    await expect(grantSigningAuthority(viceChairman, { unitId: wardId, userId: secretaryId, form: "TL", signerTitle: "Chánh Văn phòng", validFrom: "2024-01-01" }, db())).rejects.toThrow(/forbidden/);
    expect(await fieldsOf(grantSigningAuthority(chairman, { unitId: wardId, userId: womenOfficial.actor.id!, form: "TL", signerTitle: "Chánh Văn phòng", validFrom: "2024-01-01" }, db()))).toEqual({ userId: "errors.not_an_official" });
    expect(await fieldsOf(grantSigningAuthority(chairman, { unitId: wardId, userId: secretaryId, form: "TL", signerTitle: "Chánh Văn phòng", validFrom: "2024-05-01", validTo: "2024-04-01" }, db()))).toEqual({ validTo: "errors.end_before_start" });
    const grant = await grantSigningAuthority(chairman, { unitId: wardId, userId: secretaryId, form: "TL", signerTitle: "Chánh Văn phòng", validFrom: "2024-01-01" }, db());
    expect(grant.signerTitle).toBe("CHÁNH VĂN PHÒNG");

    const plan = await completePlan("Kế hoạch ký thừa lệnh");
    await submitDocument(secretary, plan.id, db());
    const issued = await issueDocument(secretary, plan.id, { signingForm: "TL" }, db(), BASE);
    expect(issued.authority).toEqual(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]);
    expect(issued.signerName).toBe("Lê Thị Thường Trực");

    await revokeSigningAuthority(chairman, grant.id, db());
    const next = await completePlan("Kế hoạch sau khi thu hồi");
    await submitDocument(secretary, next.id, db());
    await expect(issueDocument(secretary, next.id, { signingForm: "TL" }, db(), BASE)).rejects.toThrow(/forbidden/);
  });

  it("refuses a signer who holds no post on the issuing unit, and a drafter", async () => {
    const plan = await completePlan("Kế hoạch không được ký");
    await submitDocument(secretary, plan.id, db());
    await expect(issueDocument(secretary, plan.id, { signingForm: "TM" }, db(), BASE)).rejects.toThrow(/forbidden/);
    expect(textOf((await secretaryClient.get(`/documents/${plan.id}`)).text)).not.toContain("Ký, cấp số và ban hành");
    const page = await secretaryClient.post(`/documents/${plan.id}/issue`, { signingForm: "TM" });
    expect(page.status).toBe(403);
  });

  it("issues and returns only a submitted document, and the secretary who wrote it cannot return it", async () => {
    const plan = await completePlan("Kế hoạch chưa trình ký");
    expect(await fieldsOf(issueDocument(chairman, plan.id, { signingForm: "TM" }, db(), BASE))).toEqual({ _form: "errors.document_not_submitted" });
    expect(await fieldsOf(returnDocument(chairman, plan.id, { reason: "Chưa trình thì chưa trả" }, db()))).toEqual({ _form: "errors.document_not_submitted" });
    await submitDocument(secretary, plan.id, db());
    await expect(returnDocument(secretary, plan.id, { reason: "Tự trả lại cho mình" }, db())).rejects.toThrow(/forbidden/);
    await issueDocument(chairman, plan.id, { signingForm: "TM" }, db(), BASE);
    expect(await fieldsOf(issueDocument(chairman, plan.id, { signingForm: "TM" }, db(), BASE))).toEqual({ _form: "errors.document_issued" });
    expect(await fieldsOf(returnDocument(chairman, plan.id, { reason: "Đã ban hành rồi" }, db()))).toEqual({ _form: "errors.document_issued" });
  });

  it("dates a document neither after today nor before the last number in the register", async () => {
    const first = await completePlan("Kế hoạch ngày 10/6/2023");
    await submitDocument(secretary, first.id, db());
    await issueDocument(chairman, first.id, { signingForm: "TM", issuedOn: "2023-06-10" }, db(), BASE);
    const next = await completePlan("Kế hoạch lùi ngày");
    await submitDocument(secretary, next.id, db());
    expect(await fieldsOf(issueDocument(chairman, next.id, { signingForm: "TM", issuedOn: addCalendarDays(todayInVietnam(), 1) }, db(), BASE))).toEqual({ issuedOn: "errors.date_future" });
    expect(await fieldsOf(issueDocument(chairman, next.id, { signingForm: "TM", issuedOn: "2023-06-09" }, db(), BASE))).toEqual({ issuedOn: "errors.date_before_register" });
    expect(await issueDocument(chairman, next.id, { signingForm: "TM", issuedOn: "2023-06-10" }, db(), BASE)).toMatchObject({ number: 2, issuedOn: "2023-06-10" });
  });

  it("writes to a recipient's officials in their own language", async () => {
    await db().update(users).set({ lang: "en" }).where(eq(users.id, womenOfficial.actor.id!));
    try {
      const plan = await completePlan("Kế hoạch gửi bằng tiếng Anh");
      await submitDocument(secretary, plan.id, db());
      await issueDocument(chairman, plan.id, { signingForm: "TM" }, db(), BASE);
      await t.deps.jobs.drain();
      const mail = await t.mailbox!.waitFor(womenOfficial.email, /Kế hoạch gửi bằng tiếng Anh/);
      expect(mail.subject).toMatch(/^Document received: /);
      expect(mail.text).toContain("Your unit has received");
    } finally {
      await db().update(users).set({ lang: "vi" }).where(eq(users.id, womenOfficial.actor.id!));
    }
  });

  it("returns a plan only with a reason, and the writers can edit it again", async () => {
    const plan = await completePlan("Kế hoạch bị trả lại");
    await submitDocument(secretary, plan.id, db());
    const noReason = await chairmanClient.post(`/documents/${plan.id}/return`, { reason: "" });
    expect(noReason.status).toBe(422);
    const returned = await chairmanClient.post(`/documents/${plan.id}/return`, { reason: "Bổ sung chỉ tiêu cụ thể cho từng tổ dân phố" });
    expect(returned.status).toBe(303);
    const view = await getDocument(secretary, db(), plan.id);
    expect(view.doc.status).toBe("draft");
    expect(view.events.at(-1)).toMatchObject({ action: "returned", note: "Bổ sung chỉ tiêu cụ thể cho từng tổ dân phố" });
    expect(view.can.edit).toBe(true);
  });

  it("never changes an issued document, through the use cases or the database", async () => {
    const plan = await completePlan("Kế hoạch đã ban hành");
    await submitDocument(secretary, plan.id, db());
    await issueDocument(chairman, plan.id, { signingForm: "TM" }, db(), BASE);
    expect(await fieldsOf(updatePlan(secretary, plan.id, { ...CAM_PHU_PLAN, header: { issuingBody: "X", issuerCode: "UBND", place: "Cam Phú" }, version: 1 }, db()))).toEqual({ _form: "errors.document_issued" });
    expect(await fieldsOf(submitDocument(secretary, plan.id, db()))).toEqual({ _form: "errors.document_issued" });
    await expect(db().execute(sql`UPDATE documents SET summary = 'sửa lén' WHERE id = ${plan.id}`)).rejects.toThrow();
    await expect(db().execute(sql`DELETE FROM documents WHERE id = ${plan.id}`)).rejects.toThrow();
  });

  it("corrects an issued plan with a new draft that references it, never by changing it", async () => {
    const plan = await completePlan("Kế hoạch cần thay thế");
    await submitDocument(secretary, plan.id, db());
    const issued = await issueDocument(chairman, plan.id, { signingForm: "TM", issuedOn: "2024-04-02" }, db(), BASE);
    const replacement = await copyPlan(secretary, db(), plan.id, { corrects: true });
    expect(replacement).toMatchObject({ status: "draft", correctsId: plan.id, number: null });
    expect((replacement.content as { basis: string }).basis).toContain(`Kế hoạch này thay thế Kế hoạch số ${issued.numberSymbol} ngày 2 tháng 4 năm 2024 của UBND phường Cam Phú.`);
    const original = await getDocument(chairman, db(), plan.id);
    expect(original.doc).toMatchObject({ status: "issued", numberSymbol: issued.numberSymbol, version: issued.version });
    expect(original.correctedBy.map((r) => r.id)).toEqual([replacement.id]);
    expect((await getDocument(secretary, db(), replacement.id)).corrects?.numberSymbol).toBe(issued.numberSymbol);
    expect(await fieldsOf(copyPlan(secretary, db(), replacement.id, { corrects: true }))).toEqual({ _form: "errors.correct_only_issued" });
  });

  it("takes no number when rendering fails", async () => {
    const plan = await completePlan("Kế hoạch lỗi tạo tệp");
    await submitDocument(secretary, plan.id, db());
    const counter = async () => (await db().select().from(registerCounters).where(eq(registerCounters.unitId, wardId))).map((r) => `${r.year}:${r.lastNumber}`).sort();
    const before = await counter();
    const failing = { docx: async () => Buffer.from(""), pdf: async () => { throw new Error("font missing"); } };
    expect(await fieldsOf(issueDocument(chairman, plan.id, { signingForm: "TM" }, db(), { ...BASE, renderers: failing }))).toEqual({ _form: "errors.render_failed" });
    expect(await counter()).toEqual(before);
    const [row] = await db().select().from(documents).where(eq(documents.id, plan.id));
    expect(row).toMatchObject({ status: "submitted", number: null });
  });

  it("exports the register as a spreadsheet in number order", async () => {
    const year = 2024;
    const page = await chairmanClient.get(`/documents/register.xlsx?unit=${wardId}&year=${year}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await registerWorkbook(await documentRegister(chairman, db(), { unit: wardId, year }))) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain("SỔ VĂN BẢN ĐI NĂM 2024");
    const numbers = [];
    for (let r = 4; r <= sheet.rowCount; r++) numbers.push(sheet.getRow(r).getCell(2).value);
    expect(numbers[0]).toBe("01/KH-UBND");
    expect(numbers).toEqual([...numbers].sort());
  });

  it("gives 50 plans issued at once 50 distinct consecutive numbers", async () => {
    const quick = { docx: async () => Buffer.from("PK quick"), pdf: async () => Buffer.from("%PDF- quick") };
    const ward2 = await addUnit(t, null, "Phường Ba Ngòi", "ward");
    const c2 = await personWithRole(t, "chairman", ward2.id, "Chủ Tịch Hai");
    const s2 = await personWithRole(t, "council_secretary", ward2.id, "Thư Ký Hai");
    const [chair2, sec2] = [await actorOf(c2.user.id), await actorOf(s2.user.id)];
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) {
      const plan = await createPlan(sec2, { ...CAM_PHU_PLAN, summary: `Kế hoạch ${i + 1}`, unitId: ward2.id, recipients: [{ label: "Nơi nhận ngoài" }] }, db());
      await submitDocument(sec2, plan.id, db());
      ids.push(plan.id);
    }
    const year = Number(new Date().toISOString().slice(0, 4));
    await Promise.all(ids.map((id) => issueDocument(chair2, id, { signingForm: "TM" }, db(), { ...BASE, renderers: quick })));
    const register = await documentRegister(chair2, db(), { unit: ward2.id, year });
    expect(register.entries.map((e) => e.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(register.entries.map((e) => e.numberSymbol)).size).toBe(50);
  }, 120_000);
});

describe("who sees, comments, edits and authorises", () => {
  it("shows a document only to its own ward and its recipients, and answers an unknown one as not found", async () => {
    const plan = await completePlan("Kế hoạch chỉ phường thấy");
    await submitDocument(secretary, plan.id, db());
    await issueDocument(chairman, plan.id, { signingForm: "TM" }, db(), BASE);
    const otherWard = await addUnit(t, null, "Phường Cam Linh", "ward");
    const stranger = await actorOf((await personWithRole(t, "chairman", otherWard.id, "Chủ Tịch Phường Khác")).user.id);
    await expect(findVisibleDocument(stranger, db(), plan.id)).rejects.toBeInstanceOf(NotFound);
    expect((await findVisibleDocument(womenOfficial.actor, db(), plan.id)).asRecipient).toBe(true);
    expect((await findVisibleDocument(chairman, db(), plan.id)).asRecipient).toBe(false);
    await expect(findVisibleDocument(chairman, db(), 999_999)).rejects.toBeInstanceOf(NotFound);
  });

  it("takes comments from reviewers on a document not yet issued", async () => {
    const reporter = await personWithRole(t, "reporter", wardId, "Vũ Văn Báo Cáo");
    const plan = await completePlan("Kế hoạch để góp ý");
    await submitDocument(secretary, plan.id, db());
    expect(await commentDocument(viceChairman, plan.id, { comment: "Bổ sung kinh phí" }, db())).toEqual({ ok: true });
    await issueDocument(chairman, plan.id, { signingForm: "TM" }, db(), BASE);
    await expect(commentDocument(await actorOf(reporter.user.id), plan.id, { comment: "Ý kiến của tôi" }, db())).rejects.toBeInstanceOf(Forbidden);
    expect(await fieldsOf(commentDocument(viceChairman, plan.id, { comment: "Muộn rồi" }, db()))).toEqual({ comment: "errors.document_issued" });
    // Someone who reads documents but writes none is not offered a new plan.
    expect((await secretaryClient.get("/documents")).text).toContain('href="/documents/new"');
    expect((await reporter.client.get("/documents")).text).not.toContain('href="/documents/new"');
  });

  it("lets only those who write plans save one: a council member who reviews it cannot", async () => {
    const member = await actorOf((await personWithRole(t, "council_member", wardId, "Ngô Văn Ủy Viên")).user.id);
    const plan = await createPlan(secretary, { unitId: wardId, summary: "Kế hoạch ủy viên không sửa được" }, db());
    await expect(updatePlan(member, plan.id, { ...CAM_PHU_PLAN, header: plan.header, version: 1 }, db())).rejects.toBeInstanceOf(Forbidden);
  });

  it("grants authority for a single day, and only the Chairman revokes; those who review see the list", async () => {
    const grant = await grantSigningAuthority(chairman, { unitId: wardId, userId: secretary.id!, form: "TUQ", signerTitle: "Chánh Văn phòng", validFrom: "2024-08-01", validTo: "2024-08-01" }, db());
    expect(grant).toMatchObject({ validFrom: "2024-08-01", validTo: "2024-08-01" });
    await expect(revokeSigningAuthority(viceChairman, grant.id, db())).rejects.toBeInstanceOf(Forbidden);
    await expect(revokeSigningAuthority(chairman, 999_999, db())).rejects.toBeInstanceOf(NotFound);
    expect((await listSigningAuthorities(viceChairman, db(), wardId)).canGrant).toBe(false);
    const reporter = await actorOf((await personWithRole(t, "reporter", wardId, "Đoàn Văn Đọc")).user.id);
    await expect(listSigningAuthorities(reporter, db(), wardId)).rejects.toBeInstanceOf(Forbidden);
  });
});
