// The unit pages: search by name, sub-units in Vietnamese order, residents, and the
// history of a merged unit reachable from the unit that replaced it.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { units } from "../../src/db/schema";
import { loadDemo } from "../../src/features/demo/load-demo";
import { importOfficialUnits } from "../../src/features/units/import-official-units";
import { Actor } from "../../src/platform/actor";
import { SHIPPED_OFFICIAL_CSV } from "../support/official-list";
import { startTestApp, type TestApp } from "../support/test-app";
import { personWithRole } from "../support/seed";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;

beforeAll(async () => {
  t = await startTestApp();
  await importOfficialUnits(Actor.system(), SHIPPED_OFFICIAL_CSV, t.deps.database.db);
  const demo = await loadDemo(t.deps.database);
  const chairman = demo.accounts.find((a) => a.role === "superior_reviewer")!;
  admin = t.client();
  expect((await admin.signIn(chairman.email, chairman.password)).status).toBe(303);
});
afterAll(() => t.close());

const unitId = async (name: string) => (await t.deps.database.db.select().from(units).where(eq(units.name, name)))[0]!.id;

describe("unit pages", () => {
  it("find units by name without diacritics, within what the reader may see", async () => {
    const page = textOf((await admin.get("/units?q=hoa binh")).text);
    expect(page).toContain("Tổ dân phố");
    expect(page).not.toContain("Xã Hòa Bình"); // a commune elsewhere in the country, outside the reviewer's city
  });

  it("show a merged ward's successor, and the successor's history, to those who may see both", async () => {
    const reviewerView = textOf((await admin.get(`/units/${await unitId("Phường Cam Phú")}`)).text);
    expect(reviewerView).toContain("Hoạt động đến ngày 30 tháng 6 năm 2025");
    expect(reviewerView).toMatch(/\d+ người/);
    // The province sees both the old ward and the ward that replaced it on 1 July 2025.
    const province = await personWithRole(t, "admin", (await t.deps.database.db.select().from(units).where(eq(units.code, "56")))[0]!.id);
    const oldWard = textOf((await province.client.get(`/units/${await unitId("Phường Cam Phú")}`)).text);
    expect(oldWard).toContain("Đã sáp nhập vào Phường Cam Ranh (ngày 1 tháng 7 năm 2025)");
    const newWard = textOf((await province.client.get(`/units/${(await t.deps.database.db.select().from(units).where(eq(units.code, "22420")))[0]!.id}`)).text);
    expect(newWard).toContain("Hình thành từ Phường Cam Phú");
  });

  it("list sub-units in Vietnamese order", async () => {
    const page = (await admin.get(`/units/${await unitId("Phường Cam Phú")}`)).text;
    const names = [...page.matchAll(/<a href="\/units\/\d+">(Tổ dân phố [^<]+)<\/a>/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(5);
    const { sortKey } = await import("../../src/domain/text/vietnamese");
    expect(names).toEqual([...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)));
  });
});
