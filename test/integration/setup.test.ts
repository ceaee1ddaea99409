// First run with the official list: the administrator finds their ward by part of its
// name and picks it; the province above it is created with it.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleAssignments, units } from "../../src/db/schema";
import { issueSetupLink } from "../../src/features/setup/setup-link";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf } from "../support/web-client";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("set-up from the official list", () => {
  it("finds the ward without diacritics and creates it under its province", async () => {
    const path = new URL((await issueSetupLink(t.deps.database.db, t.config.baseUrl))!).pathname;
    const browser = t.client();
    const found = await browser.get(`${path}?q=cam ranh`);
    expect(found.status).toBe(200);
    expect(textOf(found.text)).toContain("Phường Cam Ranh — Tỉnh Khánh Hòa");
    expect(textOf(found.text)).toContain("Phường Bắc Cam Ranh — Tỉnh Khánh Hòa");

    const missing = await browser.post(path, { q: "cam ranh", fullName: "Nguyễn Văn Quản", email: "qt@camranh.gov.vn", password: "mat-khau-rat-dai-2024", passwordConfirm: "mat-khau-rat-dai-2024" });
    expect(missing.status).toBe(422);
    expect(textOf(missing.text)).toContain("Tìm và chọn đơn vị của bạn");

    const done = await browser.post(path, { q: "cam ranh", officialCode: "22420", fullName: "Nguyễn Văn Quản", email: "qt@camranh.gov.vn", password: "mat-khau-rat-dai-2024", passwordConfirm: "mat-khau-rat-dai-2024" });
    expect(done.status).toBe(303);
    const [ward] = await t.deps.database.db.select().from(units).where(eq(units.code, "22420"));
    const [province] = await t.deps.database.db.select().from(units).where(eq(units.id, ward!.parentId!));
    expect(ward).toMatchObject({ name: "Phường Cam Ranh", kind: "ward" });
    expect(province).toMatchObject({ name: "Tỉnh Khánh Hòa", kind: "province", code: "56" });
    const [role] = await t.deps.database.db.select().from(roleAssignments);
    expect(role).toMatchObject({ role: "admin", unitId: ward!.id });
    expect(textOf((await browser.get("/")).text)).toContain("Quản trị hệ thống – Phường Cam Ranh");
  });

  it("refuses a code that is not in the official list", async () => {
    const fresh = await startTestApp();
    try {
      const path = new URL((await issueSetupLink(fresh.deps.database.db, fresh.config.baseUrl))!).pathname;
      const browser = fresh.client();
      await browser.get(path);
      const res = await browser.post(path, { officialCode: "99999", fullName: "A B", email: "a@b.vn", password: "mat-khau-rat-dai-2024", passwordConfirm: "mat-khau-rat-dai-2024" });
      expect(res.status).toBe(422);
      expect(textOf(res.text)).toContain("Chọn đơn vị");
    } finally {
      await fresh.close();
    }
  });
});
