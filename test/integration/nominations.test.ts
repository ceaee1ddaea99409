// Nominations (hồ sơ đề nghị khen thưởng): a nominating organisation puts its members forward,
// completes the dossier, sees "đạt / còn thiếu" before submitting; the submission is routed to
// who decides on the decision date, duplicates are flagged, a processing task is made; the
// council's standing member screens (assign, accept, return with a reason); confidentiality.
// Runs on PGlite and on PostgreSQL.
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, catalogueEntries, collectives, disciplines, households, memberships, movementParticipants, movements, nominationEvents, nominationFlags, nominations, notifications, roleAssignments, people, tasks, yearlyAssessments } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { createNomination } from "../../src/features/nominations/create-nomination";
import { getNomination } from "../../src/features/nominations/get-nomination";
import { acceptNomination, assignNomination, returnNomination } from "../../src/features/nominations/screen-nomination";
import { submitNomination } from "../../src/features/nominations/submit-nomination";
import { nameKeys } from "../../src/features/units/insert-unit";
import { Forbidden, NotFound } from "../../src/platform/errors";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor, type Actor } from "../../src/platform/actor";
import { personWithRole } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
const tree: Record<string, { id: number; path: string; name: string }> = {};
let an: number; // a member of the Front
let binh: number; // a resident of another group, not a member
let frontOfficial: { actor: Actor; client: WebClient; userId: number };
let womenOfficial: { actor: Actor; client: WebClient };
let secretary: { actor: Actor; client: WebClient; userId: number };
let chairman: { actor: Actor; client: WebClient };
let otherReporter: { actor: Actor; client: WebClient };
let cultureOfficer: { actor: Actor; client: WebClient };
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function person(fullName: string, unitId: number) {
  const [row] = await db().insert(people).values({ fullName, ...personKeys(fullName), unitId, gender: "male" }).returning({ id: people.id });
  return row!.id;
}
async function withRole(role: Parameters<typeof personWithRole>[1], unitId: number) {
  const r = await personWithRole(t, role, unitId);
  return { actor: (await loadActor(db(), r.user.id))!, client: r.client, userId: r.user.id };
}

beforeAll(async () => {
  t = await startTestApp();
  await db().transaction(async (tx) => {
    tree.province = await insertUnit(tx, { parent: null, name: "Tỉnh Khánh Hòa", kind: "province" });
    tree.city = await insertUnit(tx, { parent: tree.province, name: "Thành phố Cam Ranh", kind: "provincial_city" });
    tree.ward = await insertUnit(tx, { parent: tree.city, name: "Phường Cam Phú", kind: "ward" });
    tree.front = await insertUnit(tx, { parent: tree.ward, name: "Ủy ban MTTQ phường Cam Phú", kind: "front_committee" });
    tree.women = await insertUnit(tx, { parent: tree.ward, name: "Hội LHPN phường Cam Phú", kind: "mass_organisation" });
    tree.group = await insertUnit(tx, { parent: tree.ward, name: "Tổ dân phố Phú Thịnh", kind: "residential_group" });
    tree.other = await insertUnit(tx, { parent: tree.ward, name: "Tổ dân phố Hòa Bình", kind: "residential_group" });
    await tx.execute(sql`UPDATE units SET valid_to = '2025-06-30' WHERE id IN (${tree.city.id}, ${tree.ward.id})`);
  });
  an = await person("Nguyễn Văn An", tree.group!.id);
  binh = await person("Trần Văn Bình", tree.other!.id);
  await db().insert(memberships).values({ personId: an, unitId: tree.front!.id, position: "Ủy viên Ủy ban MTTQ", validFrom: "2021-01-01" });
  await db().insert(yearlyAssessments).values({ personId: an, year: 2024, rating: "good" });
  frontOfficial = await withRole("organisation", tree.front!.id);
  womenOfficial = await withRole("organisation", tree.women!.id);
  secretary = await withRole("council_secretary", tree.ward!.id);
  chairman = await withRole("chairman", tree.ward!.id);
  otherReporter = await withRole("reporter", tree.other!.id);
  cultureOfficer = await withRole("culture_officer", tree.ward!.id);
}, 60_000);
afterAll(() => t.close());

const draft = (over: Record<string, unknown> = {}) =>
  createNomination(frontOfficial.actor, { unitId: tree.front!.id, nomineeKind: "person", nomineeId: an, formCode: "LDTT", year: 2024, decisionDate: "20/12/2024", achievement: "Vận động 40 hộ tham gia Ngày hội Đại đoàn kết", ...over }, db());

async function uploadAll(client: WebClient, id: number, items = ["to_trinh", "danh_sach", "bao_cao_thanh_tich", "bien_ban_binh_xet"]) {
  for (const itemCode of items) {
    await client.get(`/nominations/${id}`);
    const res = await client.postFile(`/nominations/${id}/documents`, { itemCode }, { field: "file", name: `${itemCode}.pdf`, bytes: PDF });
    expect(res.status, itemCode).toBe(303);
  }
}

describe("putting a member forward", () => {
  it("takes a member of the Front, and refuses someone who is not one", async () => {
    const n = await draft();
    expect(n).toMatchObject({ status: "draft", unitId: tree.front!.id, screeningUnitId: tree.ward!.id, nomineeName: "Nguyễn Văn An" });
    expect(await fieldsOf(draft({ nomineeId: binh }))).toEqual({ nomineeId: "errors.nomination_not_member" });
  });

  it("refuses a form the catalogue does not know on the decision date, naming it, and writes nothing", async () => {
    const before = (await db().select({ n: sql<number>`count(*)::int` }).from(nominations))[0]!.n;
    expect(await fieldsOf(draft({ formCode: "GK_HUYEN", decisionDate: "01/09/2025", year: 2025 }))).toEqual({ formCode: "errors.nomination_form_unknown" });
    expect(await fieldsOf(draft({ formCode: "GDVH" }))).toEqual({ formCode: "errors.nomination_form_recipient" });
    expect(await fieldsOf(draft({ year: 2025, decisionDate: "20/12/2024" }))).toEqual({ decisionDate: "errors.nomination_decision_before_year" });
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(nominations))[0]!.n).toBe(before);
  });

  it("shows đạt / còn thiếu on the page before submitting, and lists every missing document at once on submission", async () => {
    const n = await draft({ formCode: "CSTDCS" });
    const page = textOf((await frontOfficial.client.get(`/nominations/${n.id}`)).text);
    expect(page).toContain("Chưa đạt");
    expect(page).toContain("Điều 23 Luật Thi đua, khen thưởng 2022");
    expect(page).toContain("cần xác nhận");
    expect(page).toContain("sáng kiến hoặc đề tài được công nhận");
    const res = await frontOfficial.client.post(`/nominations/${n.id}/submit`);
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain(
      "Hồ sơ còn thiếu: Tờ trình đề nghị khen thưởng; Danh sách đề nghị khen thưởng; Báo cáo thành tích; Biên bản bình xét thi đua; Văn bản công nhận sáng kiến, đề tài khoa học.",
    );
    expect((await db().select().from(nominations).where(eq(nominations.id, n.id)))[0]!.status).toBe("draft");
  });
});

describe("submitting and screening", () => {
  let id: number;

  it("routes a 2024 Lao động tiên tiến to the ward, records its eligibility and makes a processing task of 20 working days", async () => {
    id = (await draft()).id;
    await uploadAll(frontOfficial.client, id);
    const res = await frontOfficial.client.post(`/nominations/${id}/submit`);
    expect(res.status).toBe(303);
    const [row] = await db().select().from(nominations).where(eq(nominations.id, id));
    expect(row).toMatchObject({ status: "submitted", decidingUnitId: tree.ward!.id, decidingTier: "commune" });
    expect((row!.eligibility as { verdict: string }).verdict).toBe("pass");
    const [task] = await db().select().from(tasks).where(eq(tasks.id, row!.taskId!));
    expect(task).toMatchObject({ responsibleUnitId: tree.ward!.id, dueWorkingDays: 20, status: "open" });
  });

  it("routes a 2024 Chiến sĩ thi đua cơ sở up to the city, which decided it until 30/6/2025", async () => {
    const n = await draft({ formCode: "CSTDCS", achievement: "Sáng kiến số hóa hồ sơ mặt trận" });
    await uploadAll(frontOfficial.client, n.id, ["to_trinh", "danh_sach", "bao_cao_thanh_tich", "bien_ban_binh_xet", "xac_nhan_sang_kien"]);
    await submitNomination(frontOfficial.actor, n.id, db());
    const [row] = await db().select().from(nominations).where(eq(nominations.id, n.id));
    expect(row).toMatchObject({ decidingUnitId: tree.city!.id, decidingTier: "district" });
    const page = textOf((await chairman.client.get(`/nominations/${n.id}`)).text);
    expect(page).toContain("Trình cấp trên: Thành phố Cam Ranh");
  });

  it("flags the same nominee twice in one year at two levels, and refuses acceptance until a person decides", async () => {
    const [flag] = await db().select().from(nominationFlags).where(or(eq(nominationFlags.nominationId, id), eq(nominationFlags.otherNominationId, id))).orderBy(asc(nominationFlags.id));
    expect(flag?.kind).toBe("two_levels");
  });

  it("lets only the council's standing member screen; a return needs its reason and tells the nominator", async () => {
    const refused = await frontOfficial.client.post(`/nominations/${id}/accept`);
    expect(refused.status, textOf(refused.text).slice(0, 400)).toBe(403);
    expect((await chairman.client.post(`/nominations/${id}/return`, { reason: "Thiếu biên bản." })).status).toBe(403);
    const empty = await secretary.client.post(`/nominations/${id}/return`, { reason: "" });
    expect(empty.status).toBe(422);
    const back = await secretary.client.post(`/nominations/${id}/return`, { reason: "Bổ sung biên bản có chữ ký của các thành viên." });
    expect(back.status).toBe(303);
    const [row] = await db().select().from(nominations).where(eq(nominations.id, id));
    expect(row).toMatchObject({ status: "returned", returnReason: "Bổ sung biên bản có chữ ký của các thành viên." });
    expect((await db().select().from(tasks).where(eq(tasks.id, row!.taskId!)))[0]!.status).toBe("done");
    const notices = await db().select().from(notifications).where(eq(notifications.userId, frontOfficial.userId));
    expect(notices.map((x) => x.title)).toContain("Hồ sơ đề nghị khen thưởng Nguyễn Văn An bị trả lại");
  });

  it("takes the corrected dossier again, then accepts it once the duplicate is decided", async () => {
    await uploadAll(frontOfficial.client, id, ["bien_ban_binh_xet"]);
    expect((await frontOfficial.client.post(`/nominations/${id}/submit`)).status).toBe(303);
    const blocked = await secretary.client.post(`/nominations/${id}/accept`);
    expect(blocked.status).toBe(422);
    expect(textOf(blocked.text)).toContain("trường hợp trùng lặp chưa quyết định");
    const flags = await db().select().from(nominationFlags).where(and(eq(nominationFlags.nominationId, id), isNull(nominationFlags.resolution)));
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect((await secretary.client.post(`/nominations/${id}/flags/${f.id}`, { resolution: "kept", note: "" })).status).toBe(422);
      expect((await secretary.client.post(`/nominations/${id}/flags/${f.id}`, { resolution: "kept", note: "Hai hình thức khác nhau, thành tích khác nhau." })).status).toBe(303);
    }
    expect((await secretary.client.post(`/nominations/${id}/assign`, { handlerId: String(secretary.userId) })).status).toBe(303);
    expect((await secretary.client.post(`/nominations/${id}/accept`)).status).toBe(303);
    const page = textOf((await frontOfficial.client.get(`/nominations/${id}`)).text);
    for (const step of ["Lập dự thảo", "Gửi thẩm định", "Trả lại", "Gửi lại sau khi bổ sung", "Phân công xử lý", "Tiếp nhận"]) expect(page).toContain(step);
    expect((await frontOfficial.client.post(`/nominations/${id}/withdraw`, { reason: "Thôi" })).status).toBe(422);
  });
});

describe("confidentiality", () => {
  it("shows a nominating organisation its own nominations only, and another ward's reporter nothing", async () => {
    const n = await draft();
    expect((await womenOfficial.client.get(`/nominations/${n.id}`)).status).toBe(404);
    expect((await otherReporter.client.get(`/nominations/${n.id}`)).status).toBe(404);
    expect((await frontOfficial.client.get(`/nominations/${n.id}`)).status).toBe(200);
    const list = textOf((await womenOfficial.client.get("/nominations")).text);
    expect(list).not.toContain("Nguyễn Văn An");
  });

  it("audits a view of the dossier from outside the nominating organisation, not from within", async () => {
    const n = await draft();
    const viewed = () => db().select().from(auditLog).where(and(eq(auditLog.action, "nomination.viewed"), eq(auditLog.entityId, String(n.id))));
    await frontOfficial.client.get(`/nominations/${n.id}`);
    expect(await viewed()).toHaveLength(0);
    await chairman.client.get(`/nominations/${n.id}`);
    expect(await viewed()).toHaveLength(1);
  });

  it("hides the discipline behind a verdict from the nominating organisation, and shows it to the standing member", async () => {
    await db().insert(disciplines).values({ personId: an, form: "reprimand", decidedOn: "2024-05-02", endsOn: "2025-05-01", decision: "12/QĐ-UBND" });
    const n = await draft({ formCode: "GK_XA", year: 2024 });
    const asFront = textOf((await frontOfficial.client.get(`/nominations/${n.id}`)).text);
    expect(asFront).not.toContain("khiển trách");
    expect(asFront).toContain("Có thông tin cần Thường trực Hội đồng xem xét");
    const data = await getNomination(secretary.actor, n.id, db());
    expect(data.eligibility!.results.find((r) => r.rule === "discipline")!.reason.key).toBe("rules.disciplined");
    expect(textOf((await secretary.client.get(`/nominations/${n.id}`)).text)).toContain("khiển trách");
  });
});

describe("the eligibility check through the API", () => {
  it("answers per rule for those who may see the facts, and refuses bad input naming the field", async () => {
    const check = (client: WebClient, body: unknown) =>
      client.request("/api/v1/eligibility/check", { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": client.csrf! }, body: JSON.stringify(body) });
    await secretary.client.get("/nominations");
    const ok = await check(secretary.client, { nomineeKind: "person", nomineeId: an, formCode: "LDTT", year: 2024, decisionDate: "20/12/2024" });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text).report.results[0]).toMatchObject({ rule: "authority", verdict: "pass" });
    const bad = await check(secretary.client, { nomineeKind: "person", nomineeId: an, formCode: "LDTT", year: 1800 });
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.text).error.fields).toHaveProperty("year");
    await cultureOfficer.client.get("/");
    expect((await check(cultureOfficer.client, { nomineeKind: "person", nomineeId: an, formCode: "LDTT", year: 2024 })).status).toBe(403);
    await frontOfficial.client.get("/nominations");
    expect((await check(frontOfficial.client, { nomineeKind: "person", nomineeId: an, formCode: "LDTT", year: 2024 })).status).toBe(404);
  });
});

describe("who and what may be put forward, in detail", () => {
  it("refuses someone who may see the unit but not nominate from it", async () => {
    await expect(createNomination(cultureOfficer.actor, { unitId: tree.ward!.id, nomineeKind: "person", nomineeId: an, formCode: "LDTT", year: 2024, decisionDate: "2024-12-20" }, db())).rejects.toBeInstanceOf(Forbidden);
  });

  it("takes a movement the unit runs or takes part in once launched, and no other", async () => {
    const movement = async (unitId: number, status: string) =>
      (await db().insert(movements).values({ unitId, name: `Phong trào ${status} ${unitId}`, kind: "campaign", startsOn: "2024-03-21", endsOn: "2024-12-22", status }).returning({ id: movements.id }))[0]!.id;
    const launched = await movement(tree.ward!.id, "launched");
    const drafted = await movement(tree.ward!.id, "draft");
    const womens = await movement(tree.women!.id, "launched");
    await db().insert(movementParticipants).values({ movementId: launched, unitId: tree.front!.id });
    expect((await draft({ movementId: launched })).movementId).toBe(launched);
    expect(await fieldsOf(draft({ movementId: drafted }))).toEqual({ movementId: "errors.nomination_movement" });
    expect(await fieldsOf(draft({ movementId: womens }))).toEqual({ movementId: "errors.nomination_movement" });
    // From the movement's page, the form starts within it.
    expect(textOf((await frontOfficial.client.get(`/movements/${launched}`)).text)).toContain("Lập hồ sơ đề nghị khen thưởng trong phong trào này");
    expect((await frontOfficial.client.get(`/nominations/new?movement=${launched}`)).text).toMatch(new RegExp(`<option value="${launched}" selected`));
    const byWard = await createNomination(secretary.actor, { unitId: tree.ward!.id, nomineeKind: "person", nomineeId: an, formCode: "LDTT", year: 2024, decisionDate: "2024-12-20", movementId: launched }, db());
    expect(byWard.movementId).toBe(launched);
  });

  it("names a household by its head, a collective and a unit by their own names", async () => {
    const [h] = await db().insert(households).values({ unitId: tree.group!.id, code: "PT-07" }).returning({ id: households.id });
    const first = await person("Lê Văn Con", tree.group!.id);
    const head = await person("Lê Văn Chủ", tree.group!.id);
    await db().update(people).set({ householdId: h!.id, householdRole: "Con" }).where(eq(people.id, first));
    await db().update(people).set({ householdId: h!.id, householdRole: "Chủ hộ" }).where(eq(people.id, head));
    const [club] = await db().insert(collectives).values({ name: "Câu lạc bộ Thơ phường", ...nameKeys("Câu lạc bộ Thơ phường"), kind: "club", unitId: tree.ward!.id, memberCount: 12 }).returning({ id: collectives.id });
    const ward = (over: Record<string, unknown>) => createNomination(secretary.actor, { unitId: tree.ward!.id, year: 2024, decisionDate: "2024-12-20", formCode: "GK_XA", ...over }, db());
    expect((await ward({ nomineeKind: "household", nomineeId: h!.id })).nomineeName).toBe("Hộ Lê Văn Chủ");
    expect((await ward({ nomineeKind: "collective", nomineeId: club!.id })).nomineeName).toBe("Câu lạc bộ Thơ phường");
    expect((await ward({ nomineeKind: "unit", nomineeId: tree.group!.id, formCode: "TDPVH" })).nomineeName).toBe("Tổ dân phố Phú Thịnh");
    expect(await fieldsOf(ward({ nomineeKind: "household", nomineeId: 987_654 }))).toEqual({ nomineeId: "errors.nomination_nominee_unknown" });
  });

  it("takes the household of a member of the Front, but not a group outside it", async () => {
    const [h] = await db().insert(households).values({ unitId: tree.other!.id, code: "HB-01" }).returning({ id: households.id });
    const member = await person("Phan Văn Hội Viên", tree.other!.id);
    await db().update(people).set({ householdId: h!.id, householdRole: "Chủ hộ" }).where(eq(people.id, member));
    const [lone] = await db().insert(households).values({ unitId: tree.other!.id, code: "HB-02" }).returning({ id: households.id });
    await db().insert(memberships).values({ personId: member, unitId: tree.front!.id, position: "Ủy viên", validFrom: "2020-01-01" });
    expect((await draft({ nomineeKind: "household", nomineeId: h!.id, formCode: "GK_XA" })).nomineeName).toBe("Hộ Phan Văn Hội Viên");
    expect(await fieldsOf(draft({ nomineeKind: "household", nomineeId: lone!.id, formCode: "GK_XA" }))).toEqual({ nomineeId: "errors.nomination_not_member" });
    expect(await fieldsOf(draft({ nomineeKind: "unit", nomineeId: tree.other!.id, formCode: "TDPVH" }))).toEqual({ nomineeId: "errors.nomination_not_member" });
  });

  it("counts a membership of the Front that reaches into the year, to its first and last day", async () => {
    const member = async (validFrom: string, validTo: string | null) => {
      const id = await person(`Hội viên ${validFrom} ${validTo}`, tree.other!.id);
      await db().insert(memberships).values({ personId: id, unitId: tree.front!.id, position: "Ủy viên", validFrom, validTo });
      return id;
    };
    expect((await draft({ nomineeId: await member("2024-12-31", null) })).status).toBe("draft");
    expect((await draft({ nomineeId: await member("2020-01-01", "2024-01-01") })).status).toBe("draft");
    expect(await fieldsOf(draft({ nomineeId: await member("2020-01-01", "2023-12-31") }))).toEqual({ nomineeId: "errors.nomination_not_member" });
    expect(await fieldsOf(draft({ nomineeId: await member("2025-01-01", null) }))).toEqual({ nomineeId: "errors.nomination_not_member" });
  });
});

describe("screening, in detail", () => {
  async function submitted() {
    const n = await draft();
    await uploadAll(frontOfficial.client, n.id);
    await submitNomination(frontOfficial.actor, n.id, db());
    return n.id;
  }

  it("refuses to submit for a council member (who sees a dossier only once invited to review it), to submit twice, or a form the catalogue lost", async () => {
    const member = await withRole("council_member", tree.ward!.id);
    const id = await submitted();
    await expect(submitNomination(member.actor, id, db())).rejects.toBeInstanceOf(NotFound);
    expect(await fieldsOf(submitNomination(frontOfficial.actor, id, db()))).toEqual({ _form: "errors.nomination_not_submittable" });
    const other = await draft();
    await uploadAll(frontOfficial.client, other.id);
    await db().update(nominations).set({ formCode: "GK_HUYEN", decisionDate: "2025-09-01", year: 2025 }).where(eq(nominations.id, other.id));
    expect(await fieldsOf(submitNomination(frontOfficial.actor, other.id, db()))).toEqual({ formCode: "errors.nomination_form_unknown" });
  });

  it("assigns only a standing member of the screening government", async () => {
    const id = await submitted();
    const elsewhere = await withRole("council_secretary", tree.other!.id);
    const [chair] = await db().select({ userId: roleAssignments.userId }).from(roleAssignments).where(and(eq(roleAssignments.role, "chairman"), eq(roleAssignments.unitId, tree.ward!.id)));
    expect(await fieldsOf(assignNomination(secretary.actor, id, { handlerId: chair!.userId }, db()))).toEqual({ handlerId: "errors.nomination_handler_unable" });
    expect(await fieldsOf(assignNomination(secretary.actor, id, { handlerId: elsewhere.userId }, db()))).toEqual({ handlerId: "errors.nomination_handler_unable" });
    expect((await assignNomination(secretary.actor, id, { handlerId: secretary.userId }, db())).handlerId).toBe(secretary.userId);
  });

  it("does not accept a draft, nor a dossier the province's rules made incomplete since it was sent", async () => {
    const n = await draft();
    expect(await fieldsOf(acceptNomination(secretary.actor, n.id, db()))).toEqual({ _form: "errors.nomination_not_submitted" });
    const id = await submitted();
    await db().insert(catalogueEntries).values({
      kind: "dossier", code: "LDTT", validFrom: "2024-01-01", validTo: "2024-12-31", scopeUnitId: tree.province!.id, citation: "Quyết định của tỉnh (thử)",
      value: { items: [{ code: "to_trinh", name: "Tờ trình", nameEn: "Proposal", generated: true }, { code: "xac_nhan_to_dan_pho", name: "Xác nhận của tổ dân phố", nameEn: "Confirmation", generated: false }] },
    });
    try {
      expect(await fieldsOf(acceptNomination(secretary.actor, id, db()))).toEqual({ _form: "errors.nomination_documents_missing" });
    } finally {
      await db().delete(catalogueEntries).where(eq(catalogueEntries.citation, "Quyết định của tỉnh (thử)"));
    }
  });

  it("tells the nominator of a return, but not the screener who returns their own", async () => {
    const n = await createNomination(secretary.actor, { unitId: tree.ward!.id, nomineeKind: "person", nomineeId: binh, formCode: "LDTT", year: 2024, decisionDate: "2024-12-20" }, db());
    await uploadAll(secretary.client, n.id);
    await submitNomination(secretary.actor, n.id, db());
    const before = (await db().select().from(notifications).where(eq(notifications.userId, secretary.userId))).length;
    await returnNomination(secretary.actor, n.id, { reason: "Tự trả lại để sửa." }, db(), { baseUrl: "http://localhost" });
    expect((await db().select().from(notifications).where(eq(notifications.userId, secretary.userId))).length).toBe(before);
  });

  it("writes the timeline in order: submitted, returned, resubmitted", async () => {
    const id = await submitted();
    await returnNomination(secretary.actor, id, { reason: "Bổ sung." }, db(), { baseUrl: "http://localhost" });
    await submitNomination(frontOfficial.actor, id, db());
    const events = await db().select({ action: nominationEvents.action }).from(nominationEvents).where(eq(nominationEvents.nominationId, id)).orderBy(asc(nominationEvents.id));
    expect(events.map((e) => e.action).filter((a) => a !== "document_added")).toEqual(["created", "submitted", "returned", "resubmitted"]);
  });
});
