// The fairness view: who is nominated and awarded in a year beside everyone of the unit, counted
// in SQL by group, with the priority warnings. Runs on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awards, memberships, nominations, people } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { getFairness } from "../../src/features/fairness/fairness-view";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor, type Actor } from "../../src/platform/actor";
import { personWithRole } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
let ward: { id: number; path: string };
let groupA: { id: number; path: string };
let secretary: { actor: Actor; client: WebClient };
let reporter: WebClient;

beforeAll(async () => {
  t = await startTestApp();
  const units = await db().transaction(async (tx) => {
    const w = await insertUnit(tx, { parent: null, name: "Phường Cân Đối", kind: "ward" });
    return { w, a: await insertUnit(tx, { parent: w, name: "Tổ dân phố Một", kind: "residential_group" }), b: await insertUnit(tx, { parent: w, name: "Tổ dân phố Hai", kind: "residential_group" }) };
  });
  ward = units.w;
  groupA = units.a;
  const add = async (fullName: string, gender: string, unitId: number, over: Partial<typeof people.$inferInsert> = {}) =>
    (await db().insert(people).values({ fullName, ...personKeys(fullName), gender, unitId, birthYear: 1980, ...over }).returning({ id: people.id }))[0]!.id;
  const men: number[] = [];
  for (let i = 0; i < 10; i++) men.push(await add(`Nguyễn Văn Nam ${String.fromCharCode(65 + i)}`, "male", i < 5 ? units.a.id : units.b.id, { frontline: i >= 5 }));
  for (let i = 0; i < 10; i++) await add(`Trần Thị Nữ ${String.fromCharCode(65 + i)}`, "female", units.b.id, { frontline: true, ethnicity: i < 3 ? "Chăm" : "Kinh" });
  await db().insert(memberships).values(men.slice(0, 5).map((personId) => ({ personId, unitId: units.a.id, position: "Tổ trưởng tổ dân phố Một", validFrom: "2020-01-01" })));
  const nominate = (personId: number, status: string) => ({ unitId: ward.id, screeningUnitId: ward.id, nomineeKind: "person", personId, nomineeName: "x", formCode: "LDTT", year: 2024, commendationKind: "cong_trang", decisionDate: "2024-12-20", status });
  await db().insert(nominations).values([...men.slice(0, 5).map((id) => nominate(id, "submitted")), nominate(men[5]!, "draft"), nominate(men[6]!, "withdrawn")]);
  await db().insert(awards).values(men.slice(0, 6).map((personId) => ({
    unitId: ward.id, recipientKind: "person", personId, recipientName: "x", searchText: "x", sortKey: "x", formCode: "LDTT", year: 2024,
    commendationKind: "cong_trang", decidingBody: "Chủ tịch UBND phường", decisionNumber: "1/QĐ-UBND", decisionDate: "2024-12-20", source: "manual",
  })));
  const s = await personWithRole(t, "council_secretary", ward.id);
  secretary = { actor: (await loadActor(db(), s.user.id))!, client: s.client };
  reporter = (await personWithRole(t, "reporter", units.a.id)).client;
}, 60_000);
afterAll(() => t.close());

describe("the fairness view", () => {
  it("counts the submitted nominations and the year's awards beside everyone, and warns where the law asks for priority", async () => {
    const view = await getFairness(secretary.actor, db(), { unit: ward.id, year: 2024 });
    expect(view.people).toBe(20);
    expect(view.nominated.total).toBe(5); // the draft and the withdrawn one do not count
    expect(view.nominated.byGender).toEqual([
      { key: "male", count: 5, share: 1, baseShare: 0.5 },
      { key: "female", count: 0, share: 0, baseShare: 0.5 },
    ]);
    expect(view.nominated.warnings.map((w) => w.key)).toEqual(["fairness.women_below", "fairness.frontline_below", "fairness.leaders_above"]);
    expect(view.awarded.total).toBe(6);
    expect(view.nominated.byGroup.find((g) => g.key === "Tổ dân phố Một")).toMatchObject({ count: 5, baseShare: 0.25 });
    expect(view.nominated.byEthnicity.find((g) => g.key === "Chăm")).toMatchObject({ count: 0, baseShare: 0.15 });
  });

  it("shows the page with its warnings to the standing member, and refuses a reporter (403 for their own group, 404 above it)", async () => {
    const page = textOf((await secretary.client.get(`/fairness?unit=${ward.id}&year=2024`)).text);
    expect(page).toContain("Tỷ lệ nữ (0%) thấp hơn rõ so với trong đơn vị (50%)");
    expect(page).toContain("Điều 5 khoản 2 Luật Thi đua, khen thưởng 2022");
    expect((await reporter.get(`/fairness?unit=${groupA.id}&year=2024`)).status).toBe(403);
    expect((await reporter.get(`/fairness?unit=${ward.id}&year=2024`)).status).toBe(404);
  });
});
