// The council of a unit (Hội đồng Thi đua – Khen thưởng): its members with their posts and terms,
// each an account linked to the person it is, set up by the unit's Chairman or administrator.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, councilMembers, people, users } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { appointCouncilMember } from "../../src/features/council/appoint-council-member";
import { councilMembersCommand } from "../../src/features/council/cli";
import { membersOn } from "../../src/features/council/council-members-on";
import { endCouncilMemberTerm } from "../../src/features/council/end-council-member-term";
import { listCouncil } from "../../src/features/council/list-council";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor, type Actor } from "../../src/platform/actor";
import { Forbidden, NotFound } from "../../src/platform/errors";
import { personWithRole } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
const tree: Record<string, { id: number; path: string; name: string }> = {};
let chairman: { actor: Actor; client: WebClient; userId: number };
let admin: { actor: Actor; client: WebClient; userId: number };
let viceChairman: { actor: Actor; client: WebClient; userId: number };
let reporter: { actor: Actor; client: WebClient; userId: number };
/** Accounts linked to people, in the ward and in the other commune. */
const acc: Record<string, { userId: number; personId: number }> = {};

async function withRole(role: Parameters<typeof personWithRole>[1], unitId: number, fullName?: string) {
  const r = await personWithRole(t, role, unitId, fullName);
  return { actor: (await loadActor(db(), r.user.id))!, client: r.client, userId: r.user.id };
}
async function linked(role: Parameters<typeof personWithRole>[1], unitId: number, fullName: string) {
  const r = await personWithRole(t, role, unitId, fullName);
  const [p] = await db().insert(people).values({ fullName, ...personKeys(fullName), unitId }).returning({ id: people.id });
  await db().update(users).set({ personId: p!.id }).where(eq(users.id, r.user.id));
  return { userId: r.user.id, personId: p!.id };
}

beforeAll(async () => {
  t = await startTestApp();
  await db().transaction(async (tx) => {
    tree.ward = await insertUnit(tx, { parent: null, name: "Phường Cam Phú", kind: "ward", code: "CP" });
    tree.front = await insertUnit(tx, { parent: tree.ward, name: "Ủy ban MTTQ phường Cam Phú", kind: "front_committee" });
    tree.otherWard = await insertUnit(tx, { parent: null, name: "Xã Cam Bình Xa", kind: "commune" });
  });
  chairman = await withRole("chairman", tree.ward!.id);
  admin = await withRole("admin", tree.ward!.id);
  viceChairman = await withRole("vice_chairman", tree.ward!.id);
  reporter = await withRole("reporter", tree.ward!.id);
  acc.chien = await linked("chairman", tree.ward!.id, "Đỗ Xuân Chiến");
  acc.an = await linked("council_secretary", tree.ward!.id, "Nguyễn Văn An");
  acc.binh = await linked("organisation", tree.front!.id, "Trần Thị Bình");
  acc.cuc = await linked("council_member", tree.ward!.id, "Lê Thị Cúc");
  acc.stranger = await linked("chairman", tree.otherWard!.id, "Người Xã Khác");
  const unlinked = await personWithRole(t, "council_member", tree.ward!.id, "Chưa Liên Kết");
  acc.unlinked = { userId: unlinked.user.id, personId: 0 };
}, 60_000);
afterAll(() => t.close());

const appoint = (actor: Actor, who: keyof typeof acc, post: string, validFrom = "02/08/2021", validTo: string | null = "30/06/2026") =>
  appointCouncilMember(actor, tree.ward!.id, { userId: acc[who]!.userId, post, validFrom, validTo: validTo ?? "" }, db());

describe("appointing the council", () => {
  it("appoints members to posts for a term, audited, and lists them by post then name on a day", async () => {
    const chair = await appoint(chairman.actor, "chien", "chair");
    expect(chair).toMatchObject({ unitId: tree.ward!.id, personId: acc.chien!.personId, post: "chair", validFrom: "2021-08-02", validTo: "2026-06-30" });
    await appoint(chairman.actor, "cuc", "member");
    await appoint(admin.actor, "binh", "member");
    await appoint(chairman.actor, "an", "standing", "2021-08-02", null);
    const council = await listCouncil(chairman.actor, tree.ward!.id, { on: "01/01/2024" }, db());
    expect(council.members.map((m) => [m.post, m.fullName])).toEqual([
      ["chair", "Đỗ Xuân Chiến"],
      ["standing", "Nguyễn Văn An"],
      ["member", "Trần Thị Bình"], // B before C in Vietnamese order
      ["member", "Lê Thị Cúc"],
    ]);
    const entries = await db().select().from(auditLog).where(eq(auditLog.action, "council_member.appointed"));
    expect(entries.length).toBe(4);
    expect(entries[0]).toMatchObject({ entityType: "council_member", entityId: String(chair.id), unitId: tree.ward!.id });
    // Before the term, nobody.
    expect((await listCouncil(chairman.actor, tree.ward!.id, { on: "2021-08-01" }, db())).members).toEqual([]);
    const on = await membersOn(db(), tree.ward!.id, "2024-01-01");
    expect(on.map((m) => m.post)).toEqual(["chair", "standing", "member", "member"]);
    expect(on[0]).toEqual({ memberId: chair.id, userId: acc.chien!.userId, personId: acc.chien!.personId, post: "chair", fullName: "Đỗ Xuân Chiến" });
  });

  it("refuses one person two overlapping posts, and a second chair in term", async () => {
    expect(await fieldsOf(appoint(chairman.actor, "cuc", "vice_chair", "01/01/2025", ""))).toEqual({ userId: "errors.council_member_overlap" });
    expect(await fieldsOf(appoint(chairman.actor, "an", "chair", "01/01/2030", ""))).toEqual({ userId: "errors.council_member_overlap" });
    // Cúc's term ends mid-2026: a new post after it is fine, but not a chair while Chiến chairs.
    expect(await fieldsOf(appoint(chairman.actor, "cuc", "chair", "01/01/2026", "31/12/2026"))).toEqual({ userId: "errors.council_member_overlap" });
    const stranger = await linked("vice_chairman", tree.ward!.id, "Phạm Văn Dũng");
    acc.dung = stranger;
    expect(await fieldsOf(appoint(chairman.actor, "dung", "chair", "01/01/2026", ""))).toEqual({ post: "errors.council_chair_taken" });
    const after = await appoint(chairman.actor, "dung", "chair", "01/07/2026", "");
    expect(after.post).toBe("chair");
    expect(await db().select().from(councilMembers).where(eq(councilMembers.personId, acc.dung.personId))).toHaveLength(1);
  });

  it("refuses an account of another commune, an account without a person, a disabled one, and answers bad dates in Vietnamese", async () => {
    expect(await fieldsOf(appoint(chairman.actor, "stranger", "member"))).toEqual({ userId: "errors.council_member_not_in_unit" });
    // An id that does not exist gets the very same answer.
    expect(await fieldsOf(appointCouncilMember(chairman.actor, tree.ward!.id, { userId: 987654, post: "member", validFrom: "2024-01-01" }, db()))).toEqual({ userId: "errors.council_member_not_in_unit" });
    expect(await fieldsOf(appoint(chairman.actor, "unlinked", "member"))).toEqual({ userId: "errors.council_member_no_person" });
    const gone = await linked("council_member", tree.ward!.id, "Võ Văn Nghỉ");
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.userId));
    expect(await fieldsOf(appointCouncilMember(chairman.actor, tree.ward!.id, { userId: gone.userId, post: "member", validFrom: "2024-01-01" }, db()))).toEqual({ userId: "errors.council_member_not_in_unit" });
    expect(await fieldsOf(appointCouncilMember(chairman.actor, tree.ward!.id, { userId: acc.cuc!.userId, post: "boss", validFrom: "31/02/2024" }, db()))).toEqual({ post: "errors.council_member_post_required", validFrom: "errors.date_invalid" });
    expect(await fieldsOf(appoint(chairman.actor, "cuc", "member", "01/01/2027", "01/01/2026"))).toEqual({ validTo: "errors.council_term_before_start" });
    // Through the API: a 422 naming the field, in Vietnamese.
    const res = await t.app.request(`/api/v1/councils/${tree.ward!.id}/members`, {
      method: "POST",
      headers: { authorization: `Bearer ${await token(chairman.client)}`, "content-type": "application/json" },
      body: JSON.stringify({ userId: acc.unlinked!.userId, post: "member", validFrom: "32/13/2024" }),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.validFrom).toContain("Ngày không hợp lệ: 32/13/2024");
    const res2 = await t.app.request(`/api/v1/councils/${tree.ward!.id}/members`, {
      method: "POST",
      headers: { authorization: `Bearer ${await token(chairman.client)}`, "content-type": "application/json" },
      body: JSON.stringify({ userId: acc.unlinked!.userId, post: "member", validFrom: "01/01/2027" }),
    });
    expect(res2.status).toBe(422);
    expect(((await res2.json()) as { error: { fields: Record<string, string> } }).error.fields.userId).toContain("chưa được liên kết với hồ sơ người dân");
  });

  it("lets only the unit's Chairman or administrator set it up; another commune's council is not found", async () => {
    await expect(appoint(viceChairman.actor, "cuc", "member", "01/01/2030", "")).rejects.toBeInstanceOf(Forbidden);
    await expect(appoint(reporter.actor, "cuc", "member", "01/01/2030", "")).rejects.toBeInstanceOf(Forbidden);
    const other = await withRole("chairman", tree.otherWard!.id);
    await expect(appoint(other.actor, "cuc", "member", "01/01/2030", "")).rejects.toBeInstanceOf(NotFound);
    await expect(listCouncil(other.actor, tree.ward!.id, {}, db())).rejects.toBeInstanceOf(NotFound);
    await expect(listCouncil(reporter.actor, tree.ward!.id, {}, db())).rejects.toBeInstanceOf(Forbidden);
    const [member] = await db().select().from(councilMembers).where(eq(councilMembers.personId, acc.cuc!.personId));
    await expect(endCouncilMemberTerm(other.actor, member!.id, { validTo: "2024-01-01", reason: "x" }, db())).rejects.toBeInstanceOf(NotFound);
    await expect(endCouncilMemberTerm(viceChairman.actor, member!.id, { validTo: "2024-01-01", reason: "x" }, db())).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("ending a term", () => {
  it("sets the last day with the reason in the audit log; the member is gone from the council after it", async () => {
    const [member] = await db().select().from(councilMembers).where(eq(councilMembers.personId, acc.cuc!.personId));
    expect(await fieldsOf(endCouncilMemberTerm(chairman.actor, member!.id, { validTo: "2020-01-01", reason: "Chuyển công tác" }, db()))).toEqual({ validTo: "errors.council_term_before_start" });
    expect(await fieldsOf(endCouncilMemberTerm(chairman.actor, member!.id, { validTo: "2030-01-01", reason: "Chuyển công tác" }, db()))).toEqual({ validTo: "errors.council_term_after_end" });
    expect(await fieldsOf(endCouncilMemberTerm(chairman.actor, member!.id, { validTo: "2024-03-31", reason: "" }, db()))).toEqual({ reason: "errors.required" });
    const row = await endCouncilMemberTerm(chairman.actor, member!.id, { validTo: "31/03/2024", reason: "Chuyển công tác" }, db());
    expect(row.validTo).toBe("2024-03-31");
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "council_member.term_ended"));
    expect(entry!.after).toEqual({ validTo: "2024-03-31", reason: "Chuyển công tác" });
    expect((await membersOn(db(), tree.ward!.id, "2024-03-31")).map((m) => m.fullName)).toContain("Lê Thị Cúc");
    expect((await membersOn(db(), tree.ward!.id, "2024-04-01")).map((m) => m.fullName)).not.toContain("Lê Thị Cúc");
    // Now she may take another post from the next day.
    expect((await appoint(chairman.actor, "cuc", "secretary", "01/04/2024", "")).post).toBe("secretary");
  });
});

async function token(client: WebClient) {
  const { apiTokenOf } = await import("../support/seed");
  return apiTokenOf(client, `t${Math.random()}`);
}

describe("the pages, the API and the command line", () => {
  it("shows the council by post with terms, appoints through the form and ends a term", async () => {
    const page = await chairman.client.get(`/council?on=01/01/2024`);
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain("Hội đồng Thi đua – Khen thưởng Phường Cam Phú");
    expect(text).toContain("Chủ tịch Hội đồng");
    expect(text).toContain("Đỗ Xuân Chiến");
    expect(text).toContain("từ ngày 2 tháng 8 năm 2021");
    expect(page.text).toContain('action="/council/members"');
    const bad = await chairman.client.post("/council/members", { unitId: String(tree.ward!.id), userId: String(acc.unlinked!.userId), post: "member", validFrom: "hôm qua" });
    expect(bad.status).toBe(422);
    expect(textOf(bad.text)).toContain("Ngày không hợp lệ: hôm qua");
    const gan = await linked("council_member", tree.ward!.id, "Hồ Văn Gấm");
    const ok = await chairman.client.post("/council/members", { unitId: String(tree.ward!.id), userId: String(gan.userId), post: "vice_chair", validFrom: "01/01/2024", validTo: "" });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`/council?unit=${tree.ward!.id}&appointed=1`);
    const [row] = await db().select().from(councilMembers).where(eq(councilMembers.personId, gan.personId));
    expect((await chairman.client.get(`/council-members/${row!.id}/end`)).status).toBe(200);
    const ended = await chairman.client.post(`/council-members/${row!.id}/end`, { validTo: "30/06/2024", reason: "Nghỉ hưu" });
    expect(ended.status).toBe(303);
    // The vice-chairman sees the council but no form; the reporter does not see it.
    const seen = await viceChairman.client.get(`/council?unit=${tree.ward!.id}`);
    expect(seen.status).toBe(200);
    expect(seen.text).not.toContain('action="/council/members"');
    expect(seen.text).toContain('href="/council"');
    expect((await reporter.client.get(`/council?unit=${tree.ward!.id}`)).status).toBe(403);
    expect(await reporter.client.get("/")).toMatchObject({ status: 200 });
    expect((await reporter.client.get("/")).text).not.toContain('href="/council"');
  });

  it("answers the API and the command line", async () => {
    const res = await t.app.request(`/api/v1/councils/${tree.ward!.id}/members?on=2024-01-01`, { headers: { authorization: `Bearer ${await token(viceChairman.client)}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { on: string; members: { post: string; fullName: string }[] };
    expect(body.on).toBe("2024-01-01");
    expect(body.members[0]).toMatchObject({ post: "chair", fullName: "Đỗ Xuân Chiến" });
    const cli = await councilMembersCommand(db(), { unit: "CP", on: "01/01/2024" });
    expect(cli.members.map((m) => m.fullName)).toContain("Nguyễn Văn An");
    const openapi = (await (await t.app.request("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/councils/{unitId}/members", "/council-members/{id}/end"]));
    void sql;
  });
});
