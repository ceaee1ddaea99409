// Public disclosure (công khai): the council's standing member publishes the accepted candidates
// for the catalogue's period in working days (across Tết); anyone reads the list with no sign-in
// once it has started, and only what the law makes public; comments need a name and a contact,
// are limited per address, wait for moderation, show as text, land in the nomination's file and
// get an answer; they close with the period. Runs on PGlite and on PostgreSQL.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, catalogueEntries, disclosureComments, disclosures, nominationEvents, nominations, people } from "../../src/db/schema";
import { addWorkingDays } from "../../src/domain/calendar/working-days";
import { personKeys } from "../../src/domain/registry/person";
import { todayInVietnam } from "../../src/domain/text/dates";
import { loadCalendar } from "../../src/features/calendar/adjustments";
import { publishDisclosure } from "../../src/features/disclosure/publish-disclosure";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor, type Actor } from "../../src/platform/actor";
import { Forbidden } from "../../src/platform/errors";
import { personWithRole } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
const tree: Record<string, { id: number; path: string; name: string }> = {};
let an: number; // a resident with a birth date, a phone and an e-mail on record
let binh: number;
let secretary: { actor: Actor; client: WebClient; userId: number };
let frontOfficial: { actor: Actor; client: WebClient };
let otherReporter: { actor: Actor; client: WebClient };
const today = todayInVietnam();
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

async function person(fullName: string, unitId: number, over: Partial<typeof people.$inferInsert> = {}) {
  const [row] = await db().insert(people).values({ fullName, ...personKeys(fullName), unitId, gender: "male", ...over }).returning({ id: people.id });
  return row!.id;
}
async function withRole(role: Parameters<typeof personWithRole>[1], unitId: number) {
  const r = await personWithRole(t, role, unitId);
  return { actor: (await loadActor(db(), r.user.id))!, client: r.client, userId: r.user.id };
}

/** A nomination of the Front, screened by the ward, in the given state (accepted by default). */
async function nomination(personId: number, name: string, over: Partial<typeof nominations.$inferInsert> = {}) {
  const [row] = await db()
    .insert(nominations)
    .values({
      unitId: tree.front!.id, screeningUnitId: tree.ward!.id, nomineeKind: "person", personId, nomineeName: name, formCode: "LDTT", year: 2024,
      commendationKind: "cong_trang", decisionDate: "2024-12-20", achievement: "Vận động 40 hộ tham gia Ngày hội Đại đoàn kết", status: "accepted", ...over,
    })
    .returning({ id: nominations.id });
  return row!.id;
}

/** Publishes through the page, as the standing member does. */
async function publish(client: WebClient, ids: number[], startsOn: string, title = "") {
  await client.get(`/disclosures/new?unit=${tree.ward!.id}`);
  return client.post("/disclosures/new", { unitId: String(tree.ward!.id), startsOn, title, ...Object.fromEntries(ids.map((id) => [`nomination.${id}`, "on"])) });
}

const publicClient = (ip: string) => {
  const c = t.client();
  c.ip = ip;
  return c;
};

beforeAll(async () => {
  t = await startTestApp();
  await db().transaction(async (tx) => {
    tree.province = await insertUnit(tx, { parent: null, name: "Tỉnh Khánh Hòa", kind: "province" });
    tree.ward = await insertUnit(tx, { parent: tree.province, name: "Phường Cam Phú", kind: "ward" });
    tree.front = await insertUnit(tx, { parent: tree.ward, name: "Ủy ban MTTQ phường Cam Phú", kind: "front_committee" });
    tree.group = await insertUnit(tx, { parent: tree.ward, name: "Tổ dân phố Phú Thịnh", kind: "residential_group" });
    tree.otherWard = await insertUnit(tx, { parent: tree.province, name: "Phường Ba Ngòi", kind: "ward" });
  });
  an = await person("Nguyễn Văn An", tree.group!.id, { birthDate: "1980-05-17", birthYear: 1980, ethnicity: "Ê Đê", phone: "0905123456", email: "an.nguyen@example.vn", address: "12 Hùng Vương" });
  binh = await person("Trần Văn Bình", tree.group!.id, { birthDate: "1975-03-02", birthYear: 1975, phone: "0914777888" });
  secretary = await withRole("council_secretary", tree.ward!.id);
  frontOfficial = await withRole("organisation", tree.front!.id);
  otherReporter = await withRole("reporter", tree.otherWard!.id);
}, 60_000);
afterAll(() => t.close());

describe("publishing a list", () => {
  let tet: number;

  it("counts 10 working days across Tết: from 20/01/2025 to 07/02/2025, with the article, and shows it on the public page", async () => {
    const id = await nomination(an, "Nguyễn Văn An");
    const row = await publishDisclosure(secretary.actor, { unitId: tree.ward!.id, startsOn: "20/01/2025", nominationIds: [id] }, db(), { today: "2025-01-15" });
    tet = row.id;
    expect(row).toMatchObject({ startsOn: "2025-01-20", endsOn: "2025-02-07", workingDays: 10, title: "Danh sách đề nghị khen thưởng năm 2024" });
    expect(row.citation).toContain("Luật Thi đua, khen thưởng 2022");
    const page = await publicClient("203.0.113.1").get(`/cong-khai/${tree.ward!.id}/${tet}`);
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain("Từ ngày 20 tháng 1 năm 2025 đến ngày 7 tháng 2 năm 2025, 10 ngày làm việc");
    const list = textOf((await publicClient("203.0.113.1").get(`/cong-khai/${tree.ward!.id}`)).text);
    expect(list).toContain("Danh sách đề nghị khen thưởng năm 2024");
    const events = await db().select().from(nominationEvents).where(eq(nominationEvents.nominationId, id));
    expect(events.map((e) => e.action)).toEqual(["disclosed"]);
  });

  it("shows only what the law makes public: name, form, year, nominating unit, achievement; never birth date, phone, e-mail or address", async () => {
    const text = textOf((await publicClient("203.0.113.1").get(`/cong-khai/${tree.ward!.id}/${tet}`)).text);
    for (const shown of ["Nguyễn Văn An", "Lao động tiên tiến", "2024", "Ủy ban MTTQ phường Cam Phú", "Vận động 40 hộ tham gia Ngày hội Đại đoàn kết"]) expect(text).toContain(shown);
    for (const hidden of ["1980", "17 tháng 5", "17/05", "0905123456", "an.nguyen@example.vn", "Hùng Vương", "Ê Đê"]) expect(text).not.toContain(hidden);
  });

  it("refuses comments after the period, and the page says comments are closed", async () => {
    const client = publicClient("203.0.113.2");
    const page = await client.get(`/cong-khai/${tree.ward!.id}/${tet}`);
    expect(textOf(page.text)).toContain("Đã hết thời hạn công khai: không nhận thêm ý kiến.");
    expect(page.text).not.toContain('name="body"');
    const res = await client.post(`/cong-khai/${tree.ward!.id}/${tet}`, { authorName: "Lê Thị Cúc", authorContact: "0900000000", body: "Muộn" });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("Đã hết thời hạn công khai");
    expect(await db().select().from(disclosureComments).where(eq(disclosureComments.disclosureId, tet))).toHaveLength(0);
  });

  it("takes the longest period among the forms, from the unit's own catalogue version", async () => {
    await db().insert(catalogueEntries).values({ kind: "disclosure", code: "CSTDCS", validFrom: "2024-01-01", value: { workingDays: 15 }, citation: "Quy chế công khai của phường Cam Phú", scopeUnitId: tree.ward!.id });
    const a = await nomination(an, "Nguyễn Văn An", { formCode: "CSTDCS" });
    const b = await nomination(binh, "Trần Văn Bình");
    const start = addWorkingDays(today, 40, await loadCalendar(db()));
    const row = await publishDisclosure(secretary.actor, { unitId: tree.ward!.id, startsOn: start, nominationIds: [b, a] }, db());
    expect(row).toMatchObject({ workingDays: 15, citation: "Quy chế công khai của phường Cam Phú", endsOn: addWorkingDays(start, 14, await loadCalendar(db())) });
  });

  it("refuses a first day in the past, a nomination not accepted, and one already on a list still open, naming them", async () => {
    const accepted = await nomination(binh, "Trần Văn Bình");
    const submitted = await nomination(an, "Nguyễn Văn An", { status: "submitted" });
    const yesterday = addWorkingDays(today, -1, await loadCalendar(db()));
    const past = await publish(secretary.client, [accepted], dmy(yesterday));
    expect(past.status).toBe(422);
    expect(textOf(past.text)).toContain("Ngày bắt đầu công khai phải là hôm nay hoặc một ngày sau");
    expect(await fieldsOf(publishDisclosure(secretary.actor, { unitId: tree.ward!.id, startsOn: today, nominationIds: [accepted, submitted] }, db()))).toEqual({ nominationIds: "errors.disclosure_not_accepted" });
    const before = (await db().select({ n: sql<number>`count(*)::int` }).from(disclosures))[0]!.n;
    expect((await publish(secretary.client, [accepted], dmy(addWorkingDays(today, 20, await loadCalendar(db()))))).status).toBe(303);
    const again = await publish(secretary.client, [accepted], dmy(today));
    expect(again.status).toBe(422);
    expect(textOf(again.text)).toContain("Đã có trong một danh sách đang công khai: Trần Văn Bình");
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(disclosures))[0]!.n).toBe(before + 1);
    const other = await withRole("council_secretary", tree.otherWard!.id);
    expect(await fieldsOf(publishDisclosure(other.actor, { unitId: tree.otherWard!.id, startsOn: today, nominationIds: [await nomination(binh, "Trần Văn Bình")] }, db()))).toEqual({ nominationIds: "errors.disclosure_nomination_unknown" });
  });

  it("lets only the council's standing member publish", async () => {
    const id = await nomination(binh, "Trần Văn Bình");
    expect((await frontOfficial.client.get("/disclosures/new")).status).toBe(403);
    expect((await publish(frontOfficial.client, [id], dmy(today))).status).toBe(404); // the ward is above the Front's reach
    expect((await otherReporter.client.get(`/disclosures/new?unit=${tree.ward!.id}`)).status).toBe(403);
    // The ward's chairman sees the ward but does not publish: 403, nothing written.
    const chairman = await withRole("chairman", tree.ward!.id);
    await expect(publishDisclosure(chairman.actor, { unitId: tree.ward!.id, startsOn: dmy(today), nominationIds: [id] }, db())).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("nothing public before the first day", () => {
  it("keeps a list that starts later off the public pages: not listed, and its address answers 404", async () => {
    const id = await nomination(binh, "Phạm Thị Tương Lai");
    const start = addWorkingDays(today, 30, await loadCalendar(db()));
    const res = await publish(secretary.client, [id], dmy(start), "Danh sách tương lai");
    expect(res.status).toBe(303);
    const disclosureId = Number(res.location!.match(/\/disclosures\/(\d+)/)![1]);
    const anyone = publicClient("203.0.113.3");
    const list = await anyone.get(`/cong-khai/${tree.ward!.id}`);
    expect(list.status).toBe(200);
    expect(list.text).not.toContain("Danh sách tương lai");
    expect(list.text).not.toContain("Phạm Thị Tương Lai");
    const page = await anyone.get(`/cong-khai/${tree.ward!.id}/${disclosureId}`);
    expect(page.status).toBe(404);
    expect(page.text).not.toContain("Phạm Thị Tương Lai");
    expect((await anyone.post(`/cong-khai/${tree.ward!.id}/${disclosureId}`, { authorName: "A", authorContact: "B", body: "C" })).status).toBe(404);
    // The standing member sees it, marked as not started.
    expect(textOf((await secretary.client.get(`/disclosures/${disclosureId}`)).text)).toContain("Chưa bắt đầu");
  });

  it("answers 404 for a list under another unit's address", async () => {
    const [open] = await db().select().from(disclosures).where(eq(disclosures.unitId, tree.ward!.id)).limit(1);
    expect((await publicClient("203.0.113.3").get(`/cong-khai/${tree.otherWard!.id}/${open!.id}`)).status).toBe(404);
  });
});

describe("comments while the list is open", () => {
  let disclosureId: number;
  let nominationId: number;
  const path = () => `/cong-khai/${tree.ward!.id}/${disclosureId}`;

  beforeAll(async () => {
    nominationId = await nomination(an, "Nguyễn Văn An", { achievement: "Hiến 120 m² đất mở rộng hẻm" });
    const res = await publish(secretary.client, [nominationId], dmy(today), "Danh sách công khai đợt 2");
    expect(res.status, textOf(res.text).slice(0, 300)).toBe(303);
    disclosureId = Number(res.location!.match(/\/disclosures\/(\d+)/)![1]);
  });

  it("asks for the name and the contact, naming each, and keeps the text under 2,000 characters", async () => {
    const client = publicClient("203.0.113.4");
    await client.get(path());
    const noName = await client.post(path(), { authorName: "", authorContact: "0900000000", body: "Góp ý" });
    expect(noName.status).toBe(422);
    expect(textOf(noName.text)).toContain("Nhập họ và tên người góp ý");
    const noContact = await client.post(path(), { authorName: "Lê Thị Cúc", authorContact: " ", body: "Góp ý" });
    expect(noContact.status).toBe(422);
    expect(textOf(noContact.text)).toContain("Nhập số điện thoại hoặc địa chỉ liên hệ");
    const long = await client.post(path(), { authorName: "Lê Thị Cúc", authorContact: "0900000000", body: "x".repeat(2001) });
    expect(long.status).toBe(422);
    expect(textOf(long.text)).toContain("nội dung góp ý quá dài");
    expect(await db().select().from(disclosureComments).where(eq(disclosureComments.disclosureId, disclosureId))).toHaveLength(0);
  });

  it("refuses a post without the form's token", async () => {
    const res = await publicClient("203.0.113.4").post(path(), { authorName: "Lê Thị Cúc", authorContact: "0900000000", body: "Góp ý" }, { csrf: false });
    expect(res.status).toBe(403);
  });

  it("keeps a comment with a script pending and off the page until published, then shows it as text with its answer", async () => {
    const client = publicClient("203.0.113.5");
    await client.get(path());
    const res = await client.post(path(), { authorName: "Lê Thị Cúc", authorContact: "0987654321", body: "<script>alert(1)</script> Ông An chưa hoàn thành nghĩa vụ", nominationId: String(nominationId) });
    expect(res.status).toBe(303);
    expect(textOf((await client.get(res.location!)).text)).toContain("Đã nhận ý kiến của bạn");
    const [comment] = await db().select().from(disclosureComments).where(eq(disclosureComments.disclosureId, disclosureId));
    expect(comment).toMatchObject({ status: "pending", nominationId, authorContact: "0987654321" });
    expect(comment!.ipHash).not.toContain("203.0.113.5");
    expect(comment!.ipHash).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const before = await publicClient("203.0.113.6").get(path());
    expect(before.text).not.toContain("alert(1)");

    expect((await secretary.client.post(`/disclosures/${disclosureId}/comments/${comment!.id}`, { action: "publish" })).status).toBe(303);
    const answer = await secretary.client.post(`/disclosures/${disclosureId}/comments/${comment!.id}`, { action: "answer", answer: "Hội đồng đã xác minh: ông An đã hoàn thành." });
    expect(answer.status).toBe(303);
    const after = await publicClient("203.0.113.6").get(path());
    expect(after.text).not.toContain("<script>alert(1)</script>");
    expect(after.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const text = textOf(after.text);
    expect(text).toContain("Hội đồng đã xác minh: ông An đã hoàn thành.");
    expect(text).not.toContain("0987654321");
    const audited = await db().select().from(auditLog).where(and(eq(auditLog.action, "disclosure.comment_answered"), eq(auditLog.entityId, String(comment!.id))));
    expect(audited).toHaveLength(1);
  });

  it("puts the comment and its answer in the nomination's file: the contact for the standing member only", async () => {
    const asSecretary = textOf((await secretary.client.get(`/nominations/${nominationId}`)).text);
    expect(asSecretary).toContain("Ý kiến góp ý khi công khai");
    expect(asSecretary).toContain("<script>alert(1)</script> Ông An chưa hoàn thành nghĩa vụ");
    expect(asSecretary).toContain("Hội đồng đã xác minh: ông An đã hoàn thành.");
    expect(asSecretary).toContain("0987654321");
    const asFront = textOf((await frontOfficial.client.get(`/nominations/${nominationId}`)).text);
    expect(asFront).toContain("Hội đồng đã xác minh: ông An đã hoàn thành.");
    expect(asFront).not.toContain("0987654321");
  });

  it("publishes a pending comment by answering it, names each step in the audit log, and answers 404 for a comment not on the list", async () => {
    const client = publicClient("203.0.113.9");
    await client.get(path());
    await client.post(path(), { authorName: "Trần Văn Đức", authorContact: "0911111111", body: "Xin hỏi thành tích năm 2024" });
    const comments = await db().select().from(disclosureComments).where(eq(disclosureComments.disclosureId, disclosureId));
    const pending = comments.find((c) => c.authorName === "Trần Văn Đức")!;
    expect((await secretary.client.post(`/disclosures/${disclosureId}/comments/${pending.id}`, { action: "answer", answer: "Đã có trong báo cáo thành tích." })).status).toBe(303);
    const [answered] = await db().select().from(disclosureComments).where(eq(disclosureComments.id, pending.id));
    expect(answered).toMatchObject({ status: "published", answer: "Đã có trong báo cáo thành tích." });
    const ofComment = (id: number) => and(eq(auditLog.entityType, "disclosure_comment"), eq(auditLog.entityId, String(id)));
    const actions = (await db().select({ action: auditLog.action }).from(auditLog).where(ofComment(pending.id))).map((a) => a.action);
    expect(actions).toEqual(["disclosure.comment_received", "disclosure.comment_answered"]);
    await client.post(path(), { authorName: "Trần Văn Đức", authorContact: "0911111111", body: "Góp ý thứ hai" });
    const second = (await db().select().from(disclosureComments).where(eq(disclosureComments.body, "Góp ý thứ hai")))[0]!;
    expect((await secretary.client.post(`/disclosures/${disclosureId}/comments/${second.id}`, { action: "publish" })).status).toBe(303);
    expect((await db().select({ action: auditLog.action }).from(auditLog).where(ofComment(second.id))).map((a) => a.action)).toEqual(["disclosure.comment_received", "disclosure.comment_published"]);
    expect((await secretary.client.post(`/disclosures/${disclosureId}/comments/2147480000`, { action: "publish" })).status).toBe(404);
  });

  it("does not answer a rejected comment publicly, and a rejected one never shows", async () => {
    const client = publicClient("203.0.113.7");
    await client.get(path());
    expect((await client.post(path(), { authorName: "Kẻ phá", authorContact: "x", body: "Quảng cáo vô nghĩa" })).status).toBe(303);
    const [spam] = await db().select().from(disclosureComments).where(eq(disclosureComments.body, "Quảng cáo vô nghĩa"));
    expect((await secretary.client.post(`/disclosures/${disclosureId}/comments/${spam!.id}`, { action: "reject" })).status).toBe(303);
    expect((await secretary.client.post(`/disclosures/${disclosureId}/comments/${spam!.id}`, { action: "answer", answer: "Trả lời" })).status).toBe(422);
    expect(textOf((await client.get(path())).text)).not.toContain("Quảng cáo vô nghĩa");
  });

  it("takes 5 comments an hour from one address, then answers 429 in plain Vietnamese; another address goes on", async () => {
    const client = publicClient("198.51.100.77");
    await client.get(path());
    for (let i = 1; i <= 5; i++) expect((await client.post(path(), { authorName: "Người gửi nhiều", authorContact: "0911", body: `Ý kiến ${i}` })).status).toBe(303);
    const sixth = await client.post(path(), { authorName: "Người gửi nhiều", authorContact: "0911", body: "Ý kiến 6" });
    expect(sixth.status).toBe(429);
    expect(textOf(sixth.text)).toContain("Bạn đã gửi quá nhiều ý kiến từ địa chỉ này. Hãy thử lại sau");
    expect(sixth.headers.get("retry-after")).toBeTruthy();
    expect(await db().select().from(disclosureComments).where(eq(disclosureComments.body, "Ý kiến 6"))).toHaveLength(0);
    const other = publicClient("198.51.100.78");
    await other.get(path());
    expect((await other.post(path(), { authorName: "Người khác", authorContact: "0922", body: "Ý kiến" })).status).toBe(303);
  });

  it("bounds the public form's body at 64 KB, signed in or not", async () => {
    const body = { authorName: "A", authorContact: "B", body: "x".repeat(70 * 1024) };
    expect((await publicClient("203.0.113.8").post(path(), body)).status).toBe(413);
    await secretary.client.get("/disclosures");
    expect((await secretary.client.post(path(), body)).status).toBe(413);
  });

  it("hides the moderation from another ward's reporter (404), and the list pages from those who do not manage (403)", async () => {
    const [comment] = await db().select().from(disclosureComments).where(eq(disclosureComments.disclosureId, disclosureId)).limit(1);
    expect((await otherReporter.client.get(`/disclosures/${disclosureId}`)).status).toBe(404);
    await otherReporter.client.get("/account");
    const res = await otherReporter.client.post(`/disclosures/${disclosureId}/comments/${comment!.id}`, { action: "reject" });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain("Lê Thị Cúc");
    expect((await otherReporter.client.get("/disclosures")).status).toBe(403);
    expect((await frontOfficial.client.get(`/disclosures/${disclosureId}`)).status).toBe(404);
    const [after] = await db().select().from(disclosureComments).where(eq(disclosureComments.id, comment!.id));
    expect(after!.status).toBe(comment!.status);
  });

  it("serves the same through the API: list, one list, moderation; another ward's reporter gets 404", async () => {
    const api = (client: WebClient, method: string, p: string, body?: unknown) =>
      client.request(`/api/v1${p}`, { method, headers: { "x-csrf-token": client.csrf!, ...(body ? { "content-type": "application/json" } : {}) }, body: body ? JSON.stringify(body) : undefined });
    await secretary.client.get("/disclosures");
    const list = JSON.parse((await api(secretary.client, "GET", "/disclosures")).text) as { rows: { id: number; pending: number }[] };
    expect(list.rows.map((r) => r.id)).toContain(disclosureId);
    const one = JSON.parse((await api(secretary.client, "GET", `/disclosures/${disclosureId}`)).text) as { state: string; comments: { id: number; status: string }[] };
    expect(one.state).toBe("open");
    const pending = one.comments.find((c) => c.status === "pending")!;
    const published = await api(secretary.client, "POST", `/disclosures/${disclosureId}/comments/${pending.id}`, { action: "publish" });
    expect(published.status).toBe(200);
    expect(JSON.parse(published.text)).toMatchObject({ status: "published" });
    expect((await api(secretary.client, "POST", `/disclosures/${disclosureId}/comments/${pending.id}`, { action: "answer", answer: "" })).status).toBe(422);
    await otherReporter.client.get("/account");
    expect((await api(otherReporter.client, "GET", `/disclosures/${disclosureId}`)).status).toBe(404);
    const id = await nomination(binh, "Trần Văn Bình");
    const created = await api(secretary.client, "POST", "/disclosures", { unitId: tree.ward!.id, startsOn: today, nominationIds: [id] });
    expect(created.status, created.text).toBe(201);
  });
});
