// National data (the working-day calendar, the official unit list) is changed only by a
// national administrator: the set-up administrator, those the console names, and the
// console itself. A commune's administrator, even of a province, is refused.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarAdjustments, units } from "../../src/db/schema";
import { setNationalAdmin } from "../../src/features/accounts/set-national-admin";
import { addAdjustment } from "../../src/features/calendar/manage-adjustments";
import { importOfficialUnits } from "../../src/features/units/import-official-units";
import { mergeUnits } from "../../src/features/units/merge-units";
import { Actor, loadActor } from "../../src/platform/actor";
import { Forbidden } from "../../src/platform/errors";
import { addUnit, apiTokenOf, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;
let commune: { id: number; path: string };
let province: { id: number; path: string };
const db = () => t.deps.database.db;

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  province = await addUnit(t, null, "Tỉnh Ninh Thuận", "province");
  commune = await addUnit(t, province, "Xã Phước Hậu", "commune");
});
afterAll(() => t.close());

const dayOff = { date: "2027-09-03", kind: "day_off", name: "Nghỉ hoán đổi Quốc khánh", source: "Thông báo thử" };

describe("the working-day calendar", () => {
  it("refuses another commune's administrator and a province's administrator, on the page and the API, and changes nothing", async () => {
    for (const unitId of [commune.id, province.id]) {
      const other = await personWithRole(t, "admin", unitId);
      expect((await other.client.get("/calendar")).status).toBe(403);
      expect((await other.client.post("/calendar/adjustments", dayOff)).status).toBe(403);
      expect((await other.client.post("/calendar/adjustments/2025-01-27/delete")).status).toBe(403);
      const token = await apiTokenOf(other.client, "Thử");
      const api = await t.app.request("/api/v1/calendar/adjustments", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(dayOff),
      });
      expect(api.status).toBe(403);
      const removed = await t.app.request("/api/v1/calendar/adjustments/2025-01-27", { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
      expect(removed.status).toBe(403);
      await expect(addAdjustment((await loadActor(db(), other.user.id))!, dayOff, db())).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await db().select().from(calendarAdjustments).where(eq(calendarAdjustments.date, dayOff.date))).toEqual([]);
    expect(await db().select().from(calendarAdjustments).where(eq(calendarAdjustments.date, "2025-01-27"))).toHaveLength(1);
  });

  it("lets the set-up administrator, a national administrator, change it", async () => {
    const page = await admin.get("/calendar?year=2027");
    expect(page.status).toBe(200);
    expect((await admin.post("/calendar/adjustments", dayOff)).status).toBe(303);
    expect((await admin.post(`/calendar/adjustments/${dayOff.date}/delete`)).status).toBe(303);
  });

  it("lets the console name and remove national administrators, and no one else", async () => {
    const other = await personWithRole(t, "admin", commune.id);
    const otherActor = (await loadActor(db(), other.user.id))!;
    await expect(setNationalAdmin(otherActor, { email: other.email, national: true }, db())).rejects.toBeInstanceOf(Forbidden);

    await setNationalAdmin(Actor.system(), { email: other.email, national: true }, db());
    expect((await loadActor(db(), other.user.id))!.national).toBe(true);
    expect((await other.client.get("/calendar")).status).toBe(200);
    const userPage = await admin.get(`/users/${other.user.id}`);
    expect(userPage.status).toBe(404); // the ward's administrator does not see the other commune's accounts

    await setNationalAdmin(Actor.system(), { email: other.email, national: false }, db());
    expect((await other.client.get("/calendar")).status).toBe(403);
  });
});

describe("the official unit list", () => {
  it("refuses a commune's or province's administrator to import it or merge its units", async () => {
    const provinceAdmin = (await loadActor(db(), (await personWithRole(t, "admin", province.id)).user.id))!;
    await expect(importOfficialUnits(provinceAdmin, "ma_tinh,ten_tinh\n", db())).rejects.toBeInstanceOf(Forbidden);

    const [a, b] = [await addUnit(t, province, "Xã A", "commune"), await addUnit(t, province, "Xã B", "commune")];
    await db().update(units).set({ code: "99901" }).where(eq(units.id, a.id));
    await db().update(units).set({ code: "99902" }).where(eq(units.id, b.id));
    await expect(mergeUnits(provinceAdmin, { successorId: a.id, predecessorIds: [b.id], effectiveOn: "2025-07-01" }, db())).rejects.toBeInstanceOf(Forbidden);
    const [still] = await db().select().from(units).where(eq(units.id, b.id));
    expect(still!.validTo).toBeNull();

    // Sub-units without an official code stay the province's and the commune's own business.
    const [g1, g2] = [await addUnit(t, commune, "Thôn 1"), await addUnit(t, commune, "Thôn 2")];
    const communeAdmin = (await loadActor(db(), (await personWithRole(t, "admin", commune.id)).user.id))!;
    const merged = await mergeUnits(communeAdmin, { successorId: g1.id, predecessorIds: [g2.id], effectiveOn: "2025-07-01" }, db());
    expect(merged.predecessors.map((p) => p.name)).toEqual(["Thôn 2"]);
  });
});

describe("the account page", () => {
  it("tells a national administrator what that means", async () => {
    expect(textOf((await admin.get("/account")).text)).toContain("Quản trị dữ liệu quốc gia");
    void wardId;
  });
});
