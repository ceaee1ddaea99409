// Importing the country's official list of administrative units and finding them by name.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitSuccessions, units } from "../../src/db/schema";
import { mergeUnits } from "../../src/features/units/merge-units";
import { ValidationError } from "../../src/platform/errors";
import { importOfficialUnits, ImportRejected } from "../../src/features/units/import-official-units";
import { searchUnits } from "../../src/features/units/search-units";
import { Actor } from "../../src/platform/actor";
import { asPublished } from "../support/official-list";
import { startTestApp, type TestApp } from "../support/test-app";

const official = asPublished();
const system = Actor.system();
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const unitCount = async () => (await t.deps.database.db.select({ n: count() }).from(units))[0]!.n;

describe("importing the official list", () => {
  it("creates 34 provinces and 3,321 communes, every name in NFC, each under its province", async () => {
    const result = await importOfficialUnits(system, official, t.deps.database.db);
    expect(result).toEqual({ provinces: { created: 34, updated: 0, unchanged: 0 }, communes: { created: 3321, updated: 0, unchanged: 0 } });
    const all = await t.deps.database.db.select().from(units);
    expect(all.every((u) => u.name === u.name.normalize("NFC"))).toBe(true);
    const [namNen] = all.filter((u) => u.code === "03194");
    const [dienBien] = all.filter((u) => u.id === namNen!.parentId);
    expect(dienBien!.name).toBe("Tỉnh Điện Biên");
    expect(namNen!.path).toBe(`${dienBien!.path}${namNen!.id}/`);
  });

  it("changes nothing when imported again", async () => {
    const before = await unitCount();
    const result = await importOfficialUnits(system, official, t.deps.database.db);
    expect(result).toEqual({ provinces: { created: 0, updated: 0, unchanged: 34 }, communes: { created: 0, updated: 0, unchanged: 3321 } });
    expect(await unitCount()).toBe(before);
  });

  it("applies a later file: a renamed commune is updated, a new one created", async () => {
    const later = official.replace("Phường Ba Đình", "Phường Ba Đình Mới") + "01,Thành phố Hà Nội,99999,Xã Thử Nghiệm\n";
    const result = await importOfficialUnits(system, later, t.deps.database.db);
    expect(result.communes).toEqual({ created: 1, updated: 1, unchanged: 3320 });
    const [renamed] = await t.deps.database.db.select().from(units).where(eq(units.code, "00004"));
    expect(renamed!.name).toBe("Phường Ba Đình Mới");
  });

  it("rejects a malformed file as a whole and writes nothing", async () => {
    const before = await unitCount();
    const broken = official.replace("01,Thành phố Hà Nội,00008,Phường Ngọc Hà", "01,Thành phố Hà Nội,8,Phường Ngọc Hà") + "02,Tỉnh Mới,88888,Xã Mới\n";
    await expect(importOfficialUnits(system, broken, t.deps.database.db)).rejects.toBeInstanceOf(ImportRejected);
    try {
      await importOfficialUnits(system, broken, t.deps.database.db);
    } catch (err) {
      expect((err as ImportRejected).problems).toEqual([{ row: 3, reason: "mã xã '8' phải có 5 chữ số" }]);
    }
    expect(await unitCount()).toBe(before);
  });
});

describe("recording a merger", () => {
  const idOf = async (code: string) => (await t.deps.database.db.select().from(units).where(eq(units.code, code)))[0]!;

  it("ends the replaced units the day before and links them to the new one", async () => {
    const [into, a, b] = [await idOf("00004"), await idOf("00008"), await idOf("00025")];
    await mergeUnits(system, { successorId: into.id, predecessorIds: [a.id, b.id], effectiveOn: "1/1/2026" }, t.deps.database.db);
    expect((await idOf("00008")).validTo).toBe("2025-12-31");
    expect((await idOf("00025")).validTo).toBe("2025-12-31");
    const links = await t.deps.database.db.select().from(unitSuccessions).where(eq(unitSuccessions.successorId, into.id));
    expect(links.map((l) => l.predecessorId).sort()).toEqual([a.id, b.id].sort());
  });

  it("refuses to merge a unit into itself or into its own sub-unit", async () => {
    const commune = await idOf("03194");
    const province = (await t.deps.database.db.select().from(units).where(eq(units.id, commune.parentId!)))[0]!;
    await expect(mergeUnits(system, { successorId: commune.id, predecessorIds: [commune.id], effectiveOn: "1/1/2026" }, t.deps.database.db)).rejects.toThrow(ValidationError);
    await expect(mergeUnits(system, { successorId: commune.id, predecessorIds: [province.id], effectiveOn: "1/1/2026" }, t.deps.database.db)).rejects.toThrow(ValidationError);
    expect((await idOf("03194")).validTo).toBeNull();
  });
});

describe("finding units by name", () => {
  it("finds 'Xã Nậm Nèn' typed without tones, and in decomposed Unicode", async () => {
    for (const q of ["xa nam nen", "Nậm Nèn".normalize("NFD"), "NAM NEN"]) {
      const hits = await searchUnits(system, t.deps.database.db, { q });
      expect(hits[0], q).toMatchObject({ name: "Xã Nậm Nèn", parentName: "Tỉnh Điện Biên", code: "03194" });
    }
  });

  it("tells apart names that repeat across provinces by their province", async () => {
    const hits = await searchUnits(system, t.deps.database.db, { q: "xã tân thành", limit: 100 });
    const exact = hits.filter((h) => h.name === "Xã Tân Thành");
    expect(exact.length).toBeGreaterThan(1);
    expect(exact.every((h) => h.repeated && h.parentName?.startsWith("Tỉnh"))).toBe(true);
    expect(new Set(exact.map((h) => h.parentName)).size).toBe(exact.length);
  });

  it("asks for at least two characters", async () => {
    await expect(searchUnits(system, t.deps.database.db, { q: "x" })).rejects.toThrow();
  });
});
