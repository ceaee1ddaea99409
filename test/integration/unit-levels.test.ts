// Units stay in their levels: a sub-unit is never placed under a unit of a lower level
// (a province under a ward, a ward under a residential group), on the page, the API and
// the use case, nor merged with a unit of another level; official codes stay the official
// list's, while a sub-unit's local code is its own unit's business.
import { eq, sql } from "drizzle-orm";
import { insertUnit } from "../../src/features/units/insert-unit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { units, users } from "../../src/db/schema";
import { createUnit } from "../../src/features/units/create-unit";
import { mergeUnits } from "../../src/features/units/merge-units";
import { Actor, loadActor } from "../../src/platform/actor";
import { ADMIN, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let wardId: number;
let admin: WebClient;
let actor: Actor;
/** A ward administrator who is not a national administrator (the set-up one is). */
let wardAdmin: Actor;
const db = () => t.deps.database.db;
const unitCount = async () => Number((await db().select({ n: sql<number>`count(*)` }).from(units))[0]!.n);

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  const [user] = await db().select().from(users).where(eq(users.email, ADMIN.email));
  actor = (await loadActor(db(), user!.id))!;
  wardAdmin = (await loadActor(db(), (await personWithRole(t, "admin", wardId)).user.id))!;
});
afterAll(() => t.close());

describe("placing a unit", () => {
  it("refuses a province or a commune under a ward, on the page in both languages, and writes nothing", async () => {
    const before = await unitCount();
    await admin.get(`/units/${wardId}/new`);
    const page = await admin.post(`/units/${wardId}/new`, { name: "Tỉnh Thử", kind: "province", code: "" });
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toContain("Loại đơn vị này không thể trực thuộc Phường Cam Phú");
    await admin.get("/?lang=en");
    await admin.get(`/units/${wardId}/new`);
    const english = await admin.post(`/units/${wardId}/new`, { name: "Xã Thử", kind: "commune", code: "" });
    expect(english.status).toBe(422);
    expect(textOf(english.text)).toContain("A unit of this kind cannot be placed under Phường Cam Phú");
    await admin.get("/?lang=vi");
    expect(await unitCount()).toBe(before);
  });

  it("refuses a ward or an organisation under a residential group, and takes a group or a branch there", async () => {
    const group = await createUnit(actor, wardId, { name: "Khu phố 1", kind: "residential_group", code: "KP-1" }, db());
    expect(await fieldsOf(createUnit(actor, group.id, { name: "Phường Con", kind: "ward" }, db()))).toEqual({ kind: "errors.unit_level" });
    expect(await fieldsOf(createUnit(actor, group.id, { name: "Hội Phụ nữ khu phố", kind: "mass_organisation" }, db()))).toEqual({ kind: "errors.unit_level" });
    await createUnit(actor, group.id, { name: "Tổ dân phố 1a", kind: "residential_group" }, db()); // khu phố → tổ dân phố
    const branch = await createUnit(actor, group.id, { name: "Chi hội Phụ nữ tổ 1", kind: "branch" }, db());
    expect(branch.path).toBe(`${group.path}${branch.id}/`);
    // Through the API, the same answer.
    await admin.get("/units");
    const res = await admin.request(`/api/v1/units/${group.id}/children`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": admin.csrf! },
      body: JSON.stringify({ name: "Tỉnh Trong Tổ", kind: "province" }),
    });
    expect(res.status).toBe(422);
    expect(JSON.parse(res.text).error.fields).toHaveProperty("kind");
  });

  it("ends a district-level unit on 30/6/2025, when the level was abolished, and places it between province and ward", async () => {
    const province = await db().transaction((tx) => insertUnit(tx, { parent: null, name: "Tỉnh Thử Cấp Huyện", kind: "province" }));
    const city = await createUnit(Actor.system(), province.id, { name: "Thành phố Cam Ranh (thử)", kind: "provincial_city" }, db());
    expect(city).toMatchObject({ kind: "provincial_city", validTo: "2025-06-30" });
    const ward = await createUnit(Actor.system(), city.id, { name: "Phường Cam Phú (thử)", kind: "ward" }, db());
    expect(ward.validTo).toBeNull();
    expect(await fieldsOf(createUnit(Actor.system(), ward.id, { name: "Huyện Dưới Phường", kind: "district" }, db()))).toEqual({ kind: "errors.unit_level" });
  });

  it("keeps official codes for the official list: a sub-unit takes a local one", async () => {
    expect(await fieldsOf(createUnit(wardAdmin, wardId, { name: "Tổ dân phố 2", kind: "residential_group", code: "22421" }, db()))).toEqual({ code: "errors.code_official" });
    const local = await createUnit(wardAdmin, wardId, { name: "Tổ dân phố 2", kind: "residential_group", code: "22421-TDP02" }, db());
    expect(local.code).toBe("22421-TDP02");
  });
});

describe("merging units", () => {
  it("merges residential groups with local codes, without national rights, and refuses a group into the ward", async () => {
    const [a, b] = [
      await createUnit(actor, wardId, { name: "Tổ dân phố 3", kind: "residential_group", code: "TDP-3" }, db()),
      await createUnit(actor, wardId, { name: "Tổ dân phố 4", kind: "residential_group", code: "TDP-4" }, db()),
    ];
    expect(wardAdmin.national).toBe(false);
    const merged = await mergeUnits(wardAdmin, { successorId: a.id, predecessorIds: [b.id], effectiveOn: "2025-01-01" }, db());
    expect(merged.predecessors.map((p) => p.name)).toEqual(["Tổ dân phố 4"]);
    const c = await createUnit(actor, wardId, { name: "Tổ dân phố 5", kind: "residential_group" }, db());
    expect(await fieldsOf(mergeUnits(actor, { successorId: wardId, predecessorIds: [c.id], effectiveOn: "2025-01-01" }, db()))).toEqual({ predecessorIds: "errors.merge_level" });
    const [still] = await db().select().from(units).where(eq(units.id, c.id));
    expect(still!.validTo).toBeNull();
  });
});
