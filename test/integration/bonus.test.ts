// The bonus calculator on a page, through the API and as a command: a form typed as officials
// say it, the issue date's base salary and rules, the amount before and after rounding, in words,
// with its articles; several matching forms are listed; a province's own rounding applies to its
// units only. Runs on PGlite and on PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueEntries } from "../../src/db/schema";
import { calculateBonus } from "../../src/features/bonus/calculate-bonus";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor } from "../../src/platform/actor";
import { NotFound } from "../../src/platform/errors";
import { runCli } from "../support/processes";
import { apiTokenOf, personWithRole } from "../support/seed";
import { freshPgDatabase, onPostgres, startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
let reporter: { client: WebClient; userId: number };
const tree: Record<string, { id: number; path: string; name: string }> = {};

beforeAll(async () => {
  t = await startTestApp();
  await db().transaction(async (tx) => {
    tree.province = await insertUnit(tx, { parent: null, name: "Tỉnh Thử Thưởng", kind: "province" });
    tree.ward = await insertUnit(tx, { parent: tree.province, name: "Phường Thử Thưởng", kind: "ward" });
    tree.other = await insertUnit(tx, { parent: null, name: "Tỉnh Khác", kind: "province" });
  });
  // The province pays exact amounts from 1/7/2025 (no rounding).
  await db().insert(catalogueEntries).values({ kind: "bonus_rule", code: "calculation", validFrom: "2025-07-01", value: { baseSalaryOn: "issue_date", roundUpTo: null }, citation: "Quyết định 99/2025/QĐ-UBND của UBND tỉnh", scopeUnitId: tree.province!.id });
  const r = await personWithRole(t, "reporter", tree.ward!.id);
  reporter = { client: r.client, userId: r.user.id };
}, 60_000);
afterAll(() => t.close());

describe("the bonus calculator", () => {
  it("answers a commune Giấy khen of 15/9/2026 with 0.3 × 2,530,000 = 759,000 → 760,000 đồng, in words, with its articles", async () => {
    const page = textOf((await reporter.client.get("/bonus?form=giay+khen+xa&on=15/09/2026&recipient=person")).text);
    expect(page).toContain("GK_XA — Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã");
    expect(page).toContain("2.530.000 đồng");
    expect(page).toContain("759.000 đồng");
    expect(page).toContain("760.000 đồng");
    expect(page).toContain("Bảy trăm sáu mươi nghìn đồng");
    expect(page).toContain("Điều 54 khoản 1 điểm e Nghị định 152/2025/NĐ-CP");
    expect(page).toContain("Điều 3 Nghị định 161/2026/NĐ-CP");
  });

  it("lists every matching form when the words fit several (2024: the commune's and the district's Giấy khen)", async () => {
    const res = await reporter.client.get("/bonus?form=giay+khen&on=20/12/2024");
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("GK_XA (Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã)");
    expect(textOf(res.text)).toContain("GK_HUYEN (Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện)");
  });

  it("applies a province's own rule to its units and not to others, and hides a unit the official does not see", async () => {
    const actor = (await loadActor(db(), reporter.userId))!;
    const own = await calculateBonus(actor, { form: "GK_XA", on: "15/09/2025", unitId: tree.ward!.id }, db());
    expect(own.bonus).toMatchObject({ ok: true, exact: 702_000, amount: 702_000, roundUpTo: null });
    expect(own.words).toBe("Bảy trăm lẻ hai nghìn đồng");
    const national = await calculateBonus(actor, { form: "GK_XA", on: "15/09/2025" }, db());
    expect(national.bonus).toMatchObject({ ok: true, amount: 710_000 });
    await expect(calculateBonus(actor, { form: "GK_XA", on: "15/09/2025", unitId: tree.other!.id }, db())).rejects.toBeInstanceOf(NotFound);
    expect(await fieldsOf(calculateBonus(actor, { form: "không có", on: "31/02/2025", recipient: "dog" }, db()))).toMatchObject({ on: "errors.date_invalid", recipient: "errors.bonus_recipient" });
  });

  it("says plainly when the law's amount is not known", async () => {
    const page = textOf((await reporter.client.get("/bonus?form=GK_XA&on=20/12/2024&recipient=household")).text);
    expect(page).toContain("chưa xác định trong căn cứ pháp lý");
  });

  it("answers through the API", async () => {
    const token = await apiTokenOf(reporter.client);
    const res = await t.app.request("/api/v1/bonus?form=GK_XA&on=2026-09-15", { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ form: { code: "GK_XA" }, bonus: { ok: true, amount: 760_000, baseSalary: 2_530_000 }, words: "Bảy trăm sáu mươi nghìn đồng" });
  });

  it("runs as a command: words in any order, the JSON, and several matches listed with exit code 2", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-bonus-cli-"));
    try {
      const env = { DATA_DIR: path.join(dir, "data"), LOG_LEVEL: "error", ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}) };
      const run = await runCli(["bonus", "khen", "xã", "giấy", "--on", "15/09/2025"], env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("Trước làm tròn / before rounding: 702.000 đồng");
      expect(run.stdout).toContain("Tiền thưởng / amount: 710.000 đồng");
      expect(run.stdout).toContain("Bằng chữ / in words: Bảy trăm mười nghìn đồng");
      const json = await runCli(["bonus", "GK_XA", "--on", "2024-12-20", "--recipient", "collective", "--json"], env);
      expect(JSON.parse(json.stdout)).toMatchObject({ bonus: { amount: 710_000, unconfirmed: true } });
      const several = await runCli(["bonus", "giay", "khen", "--on", "20/12/2024"], env);
      expect(several.code).toBe(2);
      expect(several.stderr).toContain("FORM:");
      expect(several.stderr).toContain("GK_HUYEN");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
