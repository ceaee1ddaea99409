// Dossier documents drawn up by the product: the Front's tờ trình in its own name and symbol
// ("Số:      /TTr-MTTQ"), stored as a .docx in the dossier, listed present, downloadable and a
// real Word file; the achievement report drawn from the record (awards with their decisions,
// ratings only for those who may see them); what cannot be drawn up, another ward's nomination,
// and a submitted dossier are refused. Runs on PGlite and on PostgreSQL.
import { and, eq, isNull, sql } from "drizzle-orm";
import { readZipEntry } from "../support/zip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, awards, memberships, nominationDocuments, nominationEvents, people, yearlyAssessments } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { createNomination } from "../../src/features/nominations/create-nomination";
import { generateDossierDocument } from "../../src/features/nominations/generate-dossier-document";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor, type Actor } from "../../src/platform/actor";
import { apiTokenOf, personWithRole } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
const tree: Record<string, { id: number; path: string; name: string }> = {};
let an: number;
let stranger: number;
let frontOfficial: { actor: Actor; client: WebClient };
let secretary: { actor: Actor; client: WebClient };
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function person(fullName: string, unitId: number) {
  const [row] = await db().insert(people).values({ fullName, ...personKeys(fullName), unitId, gender: "male", birthYear: 1980 }).returning({ id: people.id });
  return row!.id;
}
async function withRole(role: Parameters<typeof personWithRole>[1], unitId: number) {
  const r = await personWithRole(t, role, unitId);
  return { actor: (await loadActor(db(), r.user.id))!, client: r.client };
}

/** The words of a .docx body, runs joined. */
const docxText = (bytes: Buffer) => readZipEntry(bytes, "word/document.xml").replace(/<w:p[ >]/g, "\n$&").replace(/<[^>]+>/g, "");

async function download(client: WebClient, nominationId: number, documentId: number) {
  const res = await t.app.request(`/nominations/${nominationId}/documents/${documentId}`, { headers: { cookie: `thidua_session=${client.cookie("thidua_session")}` } });
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) };
}
const current = (id: number, itemCode: string) =>
  db().select().from(nominationDocuments).where(and(eq(nominationDocuments.nominationId, id), eq(nominationDocuments.itemCode, itemCode), isNull(nominationDocuments.replacedAt)));

beforeAll(async () => {
  t = await startTestApp();
  await db().transaction(async (tx) => {
    tree.province = await insertUnit(tx, { parent: null, name: "Tỉnh Khánh Hòa", kind: "province" });
    tree.city = await insertUnit(tx, { parent: tree.province, name: "Thành phố Cam Ranh", kind: "provincial_city" });
    tree.ward = await insertUnit(tx, { parent: tree.city, name: "Phường Cam Phú", kind: "ward" });
    tree.front = await insertUnit(tx, { parent: tree.ward, name: "Ủy ban MTTQ phường Cam Phú", kind: "front_committee" });
    tree.group = await insertUnit(tx, { parent: tree.ward, name: "Tổ dân phố Phú Thịnh", kind: "residential_group" });
    tree.otherWard = await insertUnit(tx, { parent: tree.city, name: "Phường Cam Lộc", kind: "ward" });
    tree.otherFront = await insertUnit(tx, { parent: tree.otherWard, name: "Ủy ban MTTQ phường Cam Lộc", kind: "front_committee" });
  });
  an = await person("Nguyễn Văn An", tree.group!.id);
  stranger = await person("Lê Văn Lạ", tree.otherWard!.id);
  const head = await person("Lê Thị Hoa", tree.group!.id);
  await db().insert(memberships).values([
    { personId: an, unitId: tree.front!.id, position: "Ủy viên Ủy ban MTTQ", validFrom: "2021-01-01" },
    { personId: head, unitId: tree.front!.id, position: "Chủ tịch Ủy ban MTTQ phường", validFrom: "2019-09-01" },
    { personId: stranger, unitId: tree.otherFront!.id, position: "Ủy viên", validFrom: "2021-01-01" },
  ]);
  await db().insert(yearlyAssessments).values({ personId: an, year: 2024, rating: "good" });
  await db().insert(awards).values({
    unitId: tree.ward!.id, recipientKind: "person", personId: an, recipientName: "Nguyễn Văn An", searchText: "nguyen van an", sortKey: "an",
    formCode: "LDTT", year: 2023, commendationKind: "cong_trang", decidingBody: "Chủ tịch UBND phường Cam Phú", decisionNumber: "120/QĐ-UBND", decisionDate: "2023-12-25", source: "manual",
  });
  frontOfficial = await withRole("organisation", tree.front!.id);
  secretary = await withRole("council_secretary", tree.ward!.id);
}, 60_000);
afterAll(() => t.close());

const draft = (actor: Actor, over: Record<string, unknown> = {}) =>
  createNomination(actor, { unitId: tree.front!.id, nomineeKind: "person", nomineeId: an, formCode: "LDTT", year: 2024, decisionDate: "20/12/2024", achievement: "Vận động 40 hộ tham gia Ngày hội Đại đoàn kết", ...over }, db());

describe("drawing up the Front's tờ trình", () => {
  let id: number;

  it("stores a .docx in the dossier, shows the item present, and leaves a notice, a timeline line and an audit entry", async () => {
    id = (await draft(frontOfficial.actor)).id;
    const page = await frontOfficial.client.get(`/nominations/${id}`);
    expect(page.text).toContain(`action="/nominations/${id}/generate"`);
    const res = await frontOfficial.client.post(`/nominations/${id}/generate`, { itemCode: "to_trinh" });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/nominations/${id}?generated=1`);
    const [row] = await current(id, "to_trinh");
    expect(row).toMatchObject({ source: "generated", fileName: `to-trinh-${id}.docx` });
    const shown = textOf((await frontOfficial.client.get(res.location!)).text);
    expect(shown).toContain("Đã lập tài liệu và đưa vào hồ sơ");
    expect(shown).toMatch(/Tờ trình đề nghị khen thưởng Đã có/);
    expect(shown).toContain(`to-trinh-${id}.docx`);
    expect(shown).toContain("Lập tài liệu từ dữ liệu");
    const [event] = await db().select().from(nominationEvents).where(and(eq(nominationEvents.nominationId, id), eq(nominationEvents.action, "document_generated")));
    expect(event?.reason).toBe("Tờ trình đề nghị khen thưởng");
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, "nomination.document_generated"), eq(auditLog.entityId, String(id))));
    expect(entry).toBeDefined();
  });

  it("downloads as a real Word file in the Front's name and symbol, signed for its standing committee", async () => {
    const [row] = await current(id, "to_trinh");
    const file = await download(frontOfficial.client, id, row!.id);
    expect(file.status).toBe(200);
    expect(file.type).toContain("wordprocessingml");
    expect(file.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const text = docxText(file.bytes);
    for (const part of ["ỦY BAN MẶT TRẬN", "TỔ QUỐC VIỆT NAM", "PHƯỜNG CAM PHÚ", "Số:      /TTr-MTTQ", "TỜ TRÌNH", "Kính gửi: Chủ tịch Ủy ban nhân dân phường Cam Phú.", "Nghị định số 98/2023/NĐ-CP", "Nguyễn Văn An, Ủy viên Ủy ban MTTQ; Tổ dân phố Phú Thịnh;", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lê Thị Hoa"]) {
      expect(text, part).toContain(part);
    }
    expect(text).not.toContain("UBND");
  });

  it("replaces the item's earlier document, which stays on record; the API draws up a .pdf on request", async () => {
    const token = await apiTokenOf(frontOfficial.client);
    const res = await t.app.request(`/api/v1/nominations/${id}/documents/generate`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ itemCode: "to_trinh", format: "pdf", date: "2024-12-18" }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ itemCode: "to_trinh", source: "generated", fileName: `to-trinh-${id}.pdf` });
    const all = await db().select().from(nominationDocuments).where(and(eq(nominationDocuments.nominationId, id), eq(nominationDocuments.itemCode, "to_trinh")));
    expect(all).toHaveLength(2);
    expect(all.filter((d) => d.replacedAt === null).map((d) => d.fileName)).toEqual([`to-trinh-${id}.pdf`]);
    const [row] = await current(id, "to_trinh");
    expect((await download(frontOfficial.client, id, row!.id)).bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const openapi = JSON.parse((await frontOfficial.client.get("/api/v1/openapi.json")).text) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(openapi.paths["/nominations/{id}/documents/generate"]?.post?.requestBody).toBeDefined();
  });
});

describe("the achievement report and the other documents", () => {
  it("draws the record: the award with its decision and, for those who may see it, the rating", async () => {
    const n = await draft(secretary.actor);
    await generateDossierDocument(secretary.actor, n.id, { itemCode: "bao_cao_thanh_tich", date: "18/12/2024" }, db());
    const [row] = await current(n.id, "bao_cao_thanh_tich");
    const text = docxText((await download(secretary.client, n.id, row!.id)).bytes);
    for (const part of ["BÁO CÁO THÀNH TÍCH", "Đề nghị công nhận danh hiệu “Lao động tiên tiến” năm 2024", "Ngày, tháng, năm sinh: 1980;", "Năm 2024: Hoàn thành tốt nhiệm vụ;", "Quyết định số 120/QĐ-UBND ngày 25/12/2023 của Chủ tịch UBND phường Cam Phú", "NGƯỜI BÁO CÁO THÀNH TÍCH", "XÁC NHẬN CỦA ĐƠN VỊ"]) {
      expect(text, part).toContain(part);
    }
  });

  it("leaves the rating and the birth date blank for the organisation's official, who may not see them", async () => {
    const n = await draft(frontOfficial.actor);
    await generateDossierDocument(frontOfficial.actor, n.id, { itemCode: "bao_cao_thanh_tich" }, db());
    const [row] = await current(n.id, "bao_cao_thanh_tich");
    const text = docxText((await download(frontOfficial.client, n.id, row!.id)).bytes);
    expect(text).toContain("120/QĐ-UBND");
    expect(text).not.toContain("Hoàn thành tốt nhiệm vụ");
    expect(text).not.toContain("1980");
    expect(text).toContain("(Đơn vị ghi kết quả đánh giá, xếp loại)");
  });

  it("draws up the list and the minutes with a row per candidate of the same batch", async () => {
    const n = await draft(frontOfficial.actor);
    for (const itemCode of ["danh_sach", "bien_ban_binh_xet"]) await generateDossierDocument(frontOfficial.actor, n.id, { itemCode, date: "2024-12-10" }, db());
    const list = docxText((await download(frontOfficial.client, n.id, (await current(n.id, "danh_sach"))[0]!.id)).bytes);
    expect(list).toContain("DANH SÁCH");
    // The Front's drafts for 2024 so far: every one of them is a row (the same member each time, in this test).
    expect(list.match(/Nguyễn Văn An/g)!.length).toBeGreaterThanOrEqual(3);
    const minutes = docxText((await download(frontOfficial.client, n.id, (await current(n.id, "bien_ban_binh_xet"))[0]!.id)).bytes);
    for (const part of ["Số:      /BB-MTTQ", "BIÊN BẢN", "Họp bình xét thi đua năm 2024", "ngày 10 tháng 12 năm 2024", "THƯ KÝ", "CHỦ TRÌ"]) expect(minutes, part).toContain(part);
  });
});

describe("what is refused", () => {
  it("an item the product cannot draw up, or one the dossier does not hold: 422 naming the field, nothing written", async () => {
    const n = await draft(frontOfficial.actor, { formCode: "CSTDCS" });
    const before = (await db().select({ n: sql<number>`count(*)::int` }).from(nominationDocuments))[0]!.n;
    expect(await fieldsOf(generateDossierDocument(frontOfficial.actor, n.id, { itemCode: "xac_nhan_sang_kien" }, db()))).toEqual({ itemCode: "errors.nomination_item_not_generated" });
    expect(await fieldsOf(generateDossierDocument(frontOfficial.actor, n.id, { itemCode: "tom_tat_thanh_tich" }, db()))).toEqual({ itemCode: "errors.nomination_item_unknown" });
    expect(await fieldsOf(generateDossierDocument(frontOfficial.actor, n.id, { itemCode: "to_trinh", format: "odt" }, db()))).toEqual({ format: "errors.nomination_document_format" });
    await frontOfficial.client.get(`/nominations/${n.id}`);
    const res = await frontOfficial.client.post(`/nominations/${n.id}/generate`, { itemCode: "xac_nhan_sang_kien" });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("Hệ thống không lập được thành phần này; hãy tải lên bản đã ký.");
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(nominationDocuments))[0]!.n).toBe(before);
  });

  it("another ward's nomination answers 404, on the page and in the API", async () => {
    const otherOfficial = await withRole("organisation", tree.otherFront!.id);
    const theirs = await createNomination(otherOfficial.actor, { unitId: tree.otherFront!.id, nomineeKind: "person", nomineeId: stranger, formCode: "LDTT", year: 2024, decisionDate: "20/12/2024" }, db());
    await secretary.client.get("/nominations");
    expect((await secretary.client.post(`/nominations/${theirs.id}/generate`, { itemCode: "to_trinh" })).status).toBe(404);
    const token = await apiTokenOf(secretary.client);
    const res = await t.app.request(`/api/v1/nominations/${theirs.id}/documents/generate`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ itemCode: "to_trinh" }) });
    expect(res.status).toBe(404);
    expect(await current(theirs.id, "to_trinh")).toHaveLength(0);
  });

  it("after submission the dossier is no longer drawn up (422)", async () => {
    const n = await draft(frontOfficial.actor);
    for (const itemCode of ["to_trinh", "danh_sach", "bao_cao_thanh_tich", "bien_ban_binh_xet"]) {
      await frontOfficial.client.get(`/nominations/${n.id}`);
      expect((await frontOfficial.client.postFile(`/nominations/${n.id}/documents`, { itemCode }, { field: "file", name: `${itemCode}.pdf`, bytes: PDF })).status).toBe(303);
    }
    expect((await frontOfficial.client.post(`/nominations/${n.id}/submit`)).status).toBe(303);
    const page = await frontOfficial.client.get(`/nominations/${n.id}`);
    expect(page.text).not.toContain(`/nominations/${n.id}/generate`);
    const res = await frontOfficial.client.post(`/nominations/${n.id}/generate`, { itemCode: "to_trinh" });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("Hồ sơ đã gửi hoặc đã tiếp nhận thì không sửa được.");
    expect((await current(n.id, "to_trinh"))[0]!.source).toBe("uploaded");
  });
});
