// Relatives, for recusal: households propose (head, spouse, children, siblings), an official of
// the person's unit confirms or rejects, officials declare more; a person's relatives read both
// ways, from their own side.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, households, people, personRelations } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { confirmedRelatives } from "../../src/features/relatives/confirmed-relatives";
import { decideRelative } from "../../src/features/relatives/decide-relative";
import { declareRelative } from "../../src/features/relatives/declare-relative";
import { listRelatives } from "../../src/features/relatives/list-relatives";
import { proposeHouseholdRelatives } from "../../src/features/relatives/propose-household-relatives";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor, type Actor } from "../../src/platform/actor";
import { Forbidden, NotFound } from "../../src/platform/errors";
import { apiTokenOf, personWithRole } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
const tree: Record<string, { id: number; path: string; name: string }> = {};
const p: Record<string, number> = {};
let secretary: { actor: Actor; client: WebClient };
let chairman: { actor: Actor; client: WebClient };
let member: { actor: Actor; client: WebClient };
let otherSecretary: { actor: Actor; client: WebClient };

async function withRole(role: Parameters<typeof personWithRole>[1], unitId: number) {
  const r = await personWithRole(t, role, unitId);
  return { actor: (await loadActor(db(), r.user.id))!, client: r.client };
}
async function household(unitId: number, members: [string, string, string | null][]) {
  const [h] = await db().insert(households).values({ unitId, address: "Số 1" }).returning({ id: households.id });
  for (const [key, fullName, role] of members) {
    const [row] = await db().insert(people).values({ fullName, ...personKeys(fullName), unitId, householdId: h!.id, householdRole: role }).returning({ id: people.id });
    p[key] = row!.id;
  }
  return h!.id;
}

beforeAll(async () => {
  t = await startTestApp();
  await db().transaction(async (tx) => {
    tree.ward = await insertUnit(tx, { parent: null, name: "Phường Cam Phú", kind: "ward" });
    tree.group = await insertUnit(tx, { parent: tree.ward, name: "Tổ dân phố Phú Thịnh", kind: "residential_group" });
    tree.otherWard = await insertUnit(tx, { parent: null, name: "Xã Cam Bình Xa", kind: "commune" });
  });
  await household(tree.group!.id, [["head", "Nguyễn Văn Hải", "Chủ hộ"], ["wife", "Trần Thị Hoa", "Vợ"], ["son", "Nguyễn Văn Long", "Con"], ["daughter", "Nguyễn Thị Mai", "Con"], ["mother", "Lê Thị Lan", "Mẹ"]]);
  await household(tree.group!.id, [["single", "Phạm Văn Sơn", "Chủ hộ"]]);
  p.neighbour = (await db().insert(people).values({ fullName: "Võ Văn Tâm", ...personKeys("Võ Văn Tâm"), unitId: tree.group!.id }).returning({ id: people.id }))[0]!.id;
  await household(tree.otherWard!.id, [["farHead", "Đặng Văn Xa", "Chủ hộ"], ["farWife", "Đặng Thị Xuân", "Vợ"]]);
  secretary = await withRole("council_secretary", tree.ward!.id);
  chairman = await withRole("chairman", tree.ward!.id);
  member = await withRole("council_member", tree.ward!.id);
  otherSecretary = await withRole("council_secretary", tree.otherWard!.id);
}, 60_000);
afterAll(() => t.close());

const pair = (a: number, b: number) => db().select().from(personRelations).where(and(eq(personRelations.personId, a), eq(personRelations.relativeId, b)));

describe("proposals from households", () => {
  it("proposes spouse, children, parent and siblings for the unit's households, once", async () => {
    const first = await proposeHouseholdRelatives(secretary.actor, { unitId: tree.ward!.id }, db());
    // Head: wife, two children, mother (4); wife: two children (2); the children as siblings (1).
    expect(first.proposed).toBe(7);
    expect(await pair(p.head!, p.wife!)).toMatchObject([{ kind: "spouse", status: "proposed", source: "household" }]);
    expect(await pair(p.head!, p.mother!)).toMatchObject([{ kind: "parent" }]);
    expect(await pair(p.son!, p.daughter!)).toMatchObject([{ kind: "sibling" }]);
    expect(await pair(p.wife!, p.son!)).toMatchObject([{ kind: "child" }]);
    // The other commune's household is not theirs.
    expect(await pair(p.farHead!, p.farWife!)).toEqual([]);
    const again = await proposeHouseholdRelatives(secretary.actor, { unitId: tree.ward!.id }, db());
    expect(again.proposed).toBe(0);
    expect((await db().select().from(personRelations)).length).toBe(7);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "relatives.proposed"))).toHaveLength(1);
  });

  it("skips a pair declared the other way round, and a rejected one", async () => {
    const [hh] = await db().select({ id: households.id }).from(households).where(eq(households.unitId, tree.otherWard!.id));
    await declareRelative(otherSecretary.actor, p.farWife!, { relativeId: p.farHead!, kind: "spouse" }, db());
    const r = await proposeHouseholdRelatives(otherSecretary.actor, { householdId: hh!.id }, db());
    expect(r.proposed).toBe(0);
    expect(await pair(p.farWife!, p.farHead!)).toMatchObject([{ status: "confirmed", source: "declared" }]);
  });

  it("lets only those who manage the registry propose, and not in another commune", async () => {
    await expect(proposeHouseholdRelatives(chairman.actor, { unitId: tree.ward!.id }, db())).rejects.toBeInstanceOf(Forbidden);
    await expect(proposeHouseholdRelatives(otherSecretary.actor, { unitId: tree.ward!.id }, db())).rejects.toBeInstanceOf(NotFound);
    expect(await fieldsOf(proposeHouseholdRelatives(secretary.actor, {}, db()))).toEqual({ unitId: "errors.relative_scope_required" });
  });
});

describe("deciding and declaring", () => {
  it("confirms and rejects, audited; deciding again changes nothing; only the person's unit's officials", async () => {
    const [spouse] = await pair(p.head!, p.wife!);
    const [mother] = await pair(p.head!, p.mother!);
    await expect(decideRelative(chairman.actor, spouse!.id, { decision: "confirm" }, db())).rejects.toBeInstanceOf(Forbidden);
    await expect(decideRelative(otherSecretary.actor, spouse!.id, { decision: "confirm" }, db())).rejects.toBeInstanceOf(NotFound);
    expect(await fieldsOf(decideRelative(secretary.actor, spouse!.id, { decision: "maybe" }, db()))).toEqual({ decision: "errors.relative_decision_required" });
    expect((await decideRelative(secretary.actor, spouse!.id, { decision: "confirm" }, db())).status).toBe("confirmed");
    expect((await decideRelative(secretary.actor, spouse!.id, { decision: "confirm" }, db())).status).toBe("confirmed");
    expect((await decideRelative(secretary.actor, mother!.id, { decision: "reject" }, db())).status).toBe("rejected");
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "relative.confirmed"))).toHaveLength(1);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "relative.rejected"))).toHaveLength(1);
    // A rejected pair is not proposed again.
    expect((await proposeHouseholdRelatives(secretary.actor, { unitId: tree.ward!.id }, db())).proposed).toBe(0);
  });

  it("declares a confirmed relation between two people of the official's units; refuses someone elsewhere, oneself, a confirmed pair", async () => {
    const row = await declareRelative(secretary.actor, p.single!, { relativeId: p.neighbour!, kind: "sibling" }, db());
    expect(row).toMatchObject({ status: "confirmed", source: "declared", kind: "sibling" });
    expect(await fieldsOf(declareRelative(secretary.actor, p.single!, { relativeId: p.neighbour!, kind: "sibling" }, db()))).toEqual({ relativeId: "errors.relative_already_confirmed" });
    expect(await fieldsOf(declareRelative(secretary.actor, p.single!, { relativeId: p.farHead!, kind: "child" }, db()))).toEqual({ relativeId: "errors.relative_not_found" });
    expect(await fieldsOf(declareRelative(secretary.actor, p.single!, { relativeId: 987654, kind: "child" }, db()))).toEqual({ relativeId: "errors.relative_not_found" });
    expect(await fieldsOf(declareRelative(secretary.actor, p.single!, { relativeId: p.single!, kind: "child" }, db()))).toEqual({ relativeId: "errors.relative_self" });
    expect(await fieldsOf(declareRelative(secretary.actor, p.single!, { relativeId: "", kind: "cousin" }, db()))).toEqual({ relativeId: "errors.relative_required", kind: "errors.relative_kind_required" });
    await expect(declareRelative(chairman.actor, p.single!, { relativeId: p.head!, kind: "child" }, db())).rejects.toBeInstanceOf(Forbidden);
    await expect(declareRelative(otherSecretary.actor, p.single!, { relativeId: p.head!, kind: "child" }, db())).rejects.toBeInstanceOf(NotFound);
    // A proposal is replaced by the declaration (the rejected mother, declared after all).
    const mother = await declareRelative(secretary.actor, p.mother!, { relativeId: p.head!, kind: "child" }, db());
    expect(mother).toMatchObject({ personId: p.mother, relativeId: p.head, kind: "child", status: "confirmed", source: "declared" });
    expect(await pair(p.head!, p.mother!)).toEqual([]);
  });
});

describe("reading relatives", () => {
  it("lists a person's relatives both ways, each from their own side", async () => {
    const ofSon = await listRelatives(secretary.actor, p.son!, db());
    const kinds = Object.fromEntries(ofSon.relatives.map((r) => [r.fullName, r.kind]));
    expect(kinds).toEqual({ "Nguyễn Văn Hải": "parent", "Trần Thị Hoa": "parent", "Nguyễn Thị Mai": "sibling" });
    const ofHead = await listRelatives(chairman.actor, p.head!, db());
    expect(Object.fromEntries(ofHead.relatives.map((r) => [r.fullName, [r.kind, r.status]]))).toEqual({
      "Trần Thị Hoa": ["spouse", "confirmed"],
      "Nguyễn Văn Long": ["child", "proposed"],
      "Nguyễn Thị Mai": ["child", "proposed"],
      "Lê Thị Lan": ["parent", "confirmed"],
    });
    expect(ofHead.canManage).toBe(false);
    await expect(listRelatives(member.actor, p.head!, db())).rejects.toBeInstanceOf(Forbidden);
    await expect(listRelatives(otherSecretary.actor, p.head!, db())).rejects.toBeInstanceOf(NotFound);
  });

  it("gives the confirmed relatives both ways for recusal", async () => {
    const map = await confirmedRelatives(db(), [p.head!, p.wife!, p.son!, p.neighbour!]);
    expect([...map.get(p.head!)!].sort()).toEqual([p.wife!, p.mother!].sort());
    expect([...map.get(p.wife!)!]).toEqual([p.head!]);
    expect([...map.get(p.son!)!]).toEqual([]); // proposed only
    expect([...map.get(p.neighbour!)!]).toEqual([p.single!]);
  });
});

describe("pages and API", () => {
  it("shows the section on the person page with buttons for the registry's officials only", async () => {
    const page = await secretary.client.get(`/people/${p.son}`);
    expect(textOf(page.text)).toContain("Người thân");
    expect(page.text).toContain('action="/relatives/');
    expect(page.text).toContain(`/people/${p.son}/relatives/new`);
    const asChairman = await chairman.client.get(`/people/${p.son}`);
    expect(textOf(asChairman.text)).toContain("Nguyễn Thị Mai");
    expect(asChairman.text).not.toContain('action="/relatives/');
    const asMember = await member.client.get(`/people/${p.son}`);
    expect(asMember.status).toBe(200);
    expect(asMember.text).not.toContain("relatives-heading");
    const [sibling] = await pair(p.son!, p.daughter!);
    const res = await secretary.client.post(`/relatives/${sibling!.id}/decide`, { decision: "confirm", person: String(p.son) });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/people/${p.son}?relative_confirmed=1`);
    expect((await chairman.client.post(`/relatives/${sibling!.id}/decide`, { decision: "reject" })).status).toBe(403);
  });

  it("lists proposals of a unit, proposes from households and declares through the form", async () => {
    const list = await secretary.client.get(`/relatives/proposals?unit=${tree.ward!.id}`);
    expect(list.status).toBe(200);
    expect(textOf(list.text)).toContain("Nguyễn Văn Long");
    const proposed = await secretary.client.post("/relatives/proposals", { unitId: String(tree.ward!.id) });
    expect(proposed.status).toBe(303);
    expect(proposed.location).toBe(`/relatives/proposals?unit=${tree.ward!.id}&proposed=0`);
    expect((await chairman.client.get(`/relatives/proposals?unit=${tree.ward!.id}`)).status).toBe(403);
    expect((await secretary.client.get(`/people/${p.single}/relatives/new`)).status).toBe(200);
    const bad = await secretary.client.post(`/people/${p.single}/relatives`, { relativeId: String(p.single), kind: "" });
    expect(bad.status).toBe(422);
    expect(textOf(bad.text)).toContain("Chọn quan hệ");
    const ok = await secretary.client.post(`/people/${p.single}/relatives`, { relativeId: String(p.son), kind: "child" });
    expect(ok.status).toBe(303);
  });

  it("answers the API", async () => {
    const token = await apiTokenOf(secretary.client, "quan hệ");
    const api = (method: string, path: string, body?: unknown) =>
      t.app.request(`/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const res = await api("GET", `/people/${p.daughter}/relatives`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { relatives: { fullName: string; kind: string }[] };
    expect(body.relatives.find((r) => r.fullName === "Trần Thị Hoa")?.kind).toBe("parent");
    expect((await api("POST", "/relatives/proposals", { unitId: tree.ward!.id })).status).toBe(200);
    const bad = await api("POST", `/people/${p.daughter}/relatives`, { relativeId: p.farHead, kind: "spouse" });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields.relativeId).toContain("Không tìm thấy người này");
    expect((await api("GET", `/relatives/proposals?unit=${tree.ward!.id}`)).status).toBe(200);
  });
});
