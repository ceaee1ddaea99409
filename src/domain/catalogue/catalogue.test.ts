import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueSeedSql } from "../../db/catalogue-seed";
import { levelAbove, routeTo, type UnitOnDate } from "./authority";
import { disciplineAtLeast, ENTRY_KINDS, mayOverride, ratingAtLeast, type CatalogueEntry } from "./entries";
import { catalogueOn, formName, nationalLayer, type LayeredEntry } from "./in-force";
import { councilRuleEntries, decisionBasisEntries, NATIONAL_CATALOGUE } from "./national";

const national = nationalLayer(NATIONAL_CATALOGUE);
const on = (date: string, path: string | null = "/1/2/3/", extra: LayeredEntry[] = []) => catalogueOn([...national, ...extra], date, path);

describe("the national catalogue as shipped", () => {
  it("is seeded by migrations 0013, 0017 and 0018 exactly", () => {
    const first = readFileSync(new URL("../../db/migrations/0013_commendation.sql", import.meta.url), "utf8");
    const later = new Set<string>(["council_rule", "decision_basis"]);
    expect(first.endsWith(catalogueSeedSql(NATIONAL_CATALOGUE.filter((e) => !later.has(e.kind))) + "\n")).toBe(true);
    const decisions = readFileSync(new URL("../../db/migrations/0018_decisions.sql", import.meta.url), "utf8");
    expect(decisions.endsWith(catalogueSeedSql(decisionBasisEntries) + "\n")).toBe(true);
    const council = readFileSync(new URL("../../db/migrations/0017_council.sql", import.meta.url), "utf8");
    expect(council.endsWith(catalogueSeedSql(councilRuleEntries) + "\n")).toBe(true);
  });

  it("has no two versions of one entry in force on the same day", () => {
    const seen = new Map<string, CatalogueEntry[]>();
    for (const e of NATIONAL_CATALOGUE) seen.set(`${e.kind}/${e.code}`, [...(seen.get(`${e.kind}/${e.code}`) ?? []), e]);
    for (const [key, versions] of seen) {
      const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.validTo !== null && sorted[i - 1]!.validTo! < sorted[i]!.validFrom, key).toBe(true);
    }
  });

  it("cites an article or instrument for every entry, and knows only its kinds", () => {
    for (const e of NATIONAL_CATALOGUE) {
      expect(e.citation.length, `${e.kind}/${e.code}`).toBeGreaterThan(8);
      expect(ENTRY_KINDS).toContain(e.kind);
    }
  });

  it("names the base salary of each day (Decree 73/2024, then Decree 161/2026)", () => {
    expect(on("2024-06-30").get("base_salary", "base_salary")?.value).toEqual({ amount: 1_800_000 });
    expect(on("2024-07-01").get("base_salary", "base_salary")?.value).toEqual({ amount: 2_340_000 });
    expect(on("2026-06-30").get("base_salary", "base_salary")?.value).toEqual({ amount: 2_340_000 });
    expect(on("2026-07-01").get("base_salary", "base_salary")?.citation).toBe("Điều 3 Nghị định 161/2026/NĐ-CP");
  });

  it("doubles the commune Giấy khen coefficient on 1/7/2025 (Decree 98 → 152)", () => {
    expect(on("2025-06-30").get("bonus", "GK_XA.person")?.value).toEqual({ coefficient: 0.15 });
    expect(on("2025-06-30").get("bonus", "GK_XA.person")?.citation).toMatch(/98\/2023/);
    expect(on("2025-07-01").get("bonus", "GK_XA.person")?.value).toEqual({ coefficient: 0.3 });
    expect(on("2025-07-01").get("bonus", "GK_XA.person")?.citation).toMatch(/152\/2025/);
  });

  it("moves TTLĐTT, CSTĐCS and Thôn/TDP văn hóa from the district to the commune on 1/7/2025", () => {
    for (const code of ["TTLDTT", "CSTDCS", "TDPVH"]) {
      expect(on("2025-06-30").get("authority", code)?.value.tier, code).toBe("district");
      expect(on("2025-07-01").get("authority", code)?.value.tier, code).toBe("commune");
    }
    expect(on("2024-05-01").get("authority", "LDTT")?.value.tier).toBe("commune");
    expect(on("2025-06-30").get("form", "GK_HUYEN")).toBeDefined();
    expect(on("2025-07-01").get("form", "GK_HUYEN")).toBeUndefined();
  });

  it("renames \"Xã, phường, thị trấn tiêu biểu\" to \"… đặc khu tiêu biểu\" under Decree 152", () => {
    expect(on("2024-12-31").get("form", "XA_TIEU_BIEU")?.value.name).toBe("Xã, phường, thị trấn tiêu biểu");
    expect(on("2026-01-01").get("form", "XA_TIEU_BIEU")?.value.name).toBe("Xã, phường, đặc khu tiêu biểu");
  });

  it("marks what the legal notes leave unconfirmed", () => {
    expect(on("2026-01-01").get("quorum", "quorum")?.unconfirmed).toBe(true);
    expect(on("2026-01-01").get("quota", "CSTDCS")?.unconfirmed).toBe(true);
    expect(on("2026-01-01").get("criterion", "TTLDTT")?.unconfirmed).toBe(true);
    expect(on("2026-01-01").get("base_salary", "base_salary")?.unconfirmed).toBe(false);
  });

  it("knows nothing before the old law", () => {
    expect(on("2000-01-01").entries).toEqual([]);
  });
});

describe("layers", () => {
  const province: LayeredEntry = {
    kind: "quota", code: "CSTDCS", validFrom: "2025-01-01", validTo: null, value: { of: "LDTT", maxShare: 0.15 },
    citation: "Quyết định 17/2024/QĐ-UBND tỉnh", unconfirmed: false, scope: "province", scopePath: "/1/",
  };
  const unit: LayeredEntry = {
    kind: "quorum", code: "quorum", validFrom: "2024-06-01", validTo: null, value: { numerator: 3, denominator: 4 },
    citation: "Quy chế Hội đồng TĐKT phường", unconfirmed: false, scope: "unit", scopePath: "/1/2/3/",
  };

  it("lets a province's version win in its units from its first day, and leaves others on the national one", () => {
    expect(on("2025-01-01", "/1/2/3/", [province]).get("quota", "CSTDCS")?.value).toEqual({ of: "LDTT", maxShare: 0.15 });
    expect(on("2024-12-31", "/1/2/3/", [province]).get("quota", "CSTDCS")?.value).toEqual({ of: "LDTT", maxShare: null });
    expect(on("2025-01-01", "/9/2/", [province]).get("quota", "CSTDCS")?.value).toEqual({ of: "LDTT", maxShare: null });
    expect(on("2025-01-01", null, [province]).get("quota", "CSTDCS")?.scope).toBe("national");
  });

  it("lets a unit's own version win over its province's and the nation's", () => {
    const unitQuorum = { ...unit, scope: "province" as const, scopePath: "/1/", value: { numerator: 1, denominator: 2 } };
    expect(on("2024-07-01", "/1/2/3/", [unitQuorum, unit]).get("quorum", "quorum")?.value).toEqual({ numerator: 3, denominator: 4 });
    expect(on("2024-07-01", "/1/2/3/4/", [unitQuorum, unit]).get("quorum", "quorum")?.value).toEqual({ numerator: 3, denominator: 4 });
    expect(on("2024-07-01", "/1/2/", [unitQuorum, unit]).get("quorum", "quorum")?.value).toEqual({ numerator: 1, denominator: 2 });
  });

  it("falls back to the default entry (\"*\") of a kind", () => {
    expect(on("2026-01-01").forForm("disclosure", "LDTT")?.code).toBe("*");
    expect(on("2026-01-01").forForm("disclosure", "GDVH")?.code).toBe("GDVH");
  });

  it("lets a province replace what the law leaves to it, or what is unconfirmed, and nothing else", () => {
    expect(mayOverride({ kind: "criterion", unconfirmed: false }, "province")).toBe(true);
    expect(mayOverride({ kind: "criterion", unconfirmed: false }, "unit")).toBe(false);
    expect(mayOverride({ kind: "quorum", unconfirmed: false }, "unit")).toBe(true);
    expect(mayOverride({ kind: "base_salary", unconfirmed: false }, "province")).toBe(false);
    expect(mayOverride({ kind: "authority", unconfirmed: false }, "province")).toBe(false);
    expect(mayOverride({ kind: "bonus", unconfirmed: true }, "province")).toBe(true);
    expect(mayOverride({ kind: "bonus", unconfirmed: true }, "unit")).toBe(false);
  });
});

describe("routing to who decides", () => {
  const province: UnitOnDate = { id: 1, name: "Tỉnh Khánh Hòa", kind: "province", validFrom: null, validTo: null };
  const city: UnitOnDate = { id: 2, name: "Thành phố Cam Ranh", kind: "provincial_city", validFrom: null, validTo: "2025-06-30" };
  const ward: UnitOnDate = { id: 3, name: "Phường Cam Phú", kind: "ward", validFrom: null, validTo: "2025-06-30" };
  const front: UnitOnDate = { id: 4, name: "Ủy ban MTTQ phường", kind: "front_committee", validFrom: null, validTo: null };
  const newWard: UnitOnDate = { id: 5, name: "Phường Cam Ranh", kind: "ward", validFrom: "2025-07-01", validTo: null };

  it("sends a ward's proposal to its city in 2024 and to the province from 1/7/2025", () => {
    expect(levelAbove([front, ward, city, province], "2024-11-20")?.name).toBe("Thành phố Cam Ranh");
    expect(levelAbove([newWard, province], "2025-07-01")?.name).toBe("Tỉnh Khánh Hòa");
    expect(levelAbove([ward, city, province], "2025-06-30")?.name).toBe("Thành phố Cam Ranh");
  });

  it("finds the district-level unit for a district power until 30/6/2025, and none after", () => {
    expect(routeTo("district", [front, ward, city, province], "2024-12-01")).toMatchObject({ decidingUnit: { id: 2 }, withinUnit: false });
    expect(routeTo("commune", [front, ward, city, province], "2024-12-01")).toMatchObject({ decidingUnit: { id: 3 }, withinUnit: true });
    expect(routeTo("district", [newWard, province], "2025-09-15").decidingUnit).toBeNull();
    expect(routeTo("province", [newWard, province], "2025-09-15")).toMatchObject({ decidingUnit: { id: 1 }, withinUnit: false });
    expect(routeTo("central", [newWard, province], "2025-09-15")).toMatchObject({ decidingUnit: null, withinUnit: false });
  });
});

describe("reading the catalogue", () => {
  it("lists one kind's entries, in order of kind and code", () => {
    const cat = on("2026-01-01");
    expect(cat.all("base_salary").map((e) => e.kind)).toEqual(["base_salary"]);
    expect(cat.all("commendation_kind").map((e) => e.code)).toEqual(["cong_hien", "cong_trang", "doi_ngoai", "dot_xuat", "nien_han", "theo_dot"]);
    const keys = cat.entries.map((e) => `${e.kind} ${e.code}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.split(" ")[0]!.localeCompare(b.split(" ")[0]!) || a.split(" ")[1]!.localeCompare(b.split(" ")[1]!)));
  });

  it("names a form in either language, or gives its code back", () => {
    expect(formName(on("2026-01-01"), "LDTT")).toBe("Lao động tiên tiến");
    expect(formName(on("2026-01-01"), "LDTT", "en")).toBe("Advanced Worker");
    expect(formName(on("2026-01-01"), "KHONG_CO")).toBe("KHONG_CO");
  });

  it("compares ratings and discipline forms, the bound included", () => {
    expect(ratingAtLeast("good", "good")).toBe(true);
    expect(ratingAtLeast("excellent", "good")).toBe(true);
    expect(ratingAtLeast("completed", "good")).toBe(false);
    expect(disciplineAtLeast("reprimand", "reprimand")).toBe(true);
    expect(disciplineAtLeast("warning", "reprimand")).toBe(true);
    expect(disciplineAtLeast("reprimand", "warning")).toBe(false);
  });

  it("passes over a unit that did not exist yet on the day", () => {
    const newWard: UnitOnDate = { id: 5, name: "Phường Cam Ranh", kind: "ward", validFrom: "2025-07-01", validTo: null };
    const province: UnitOnDate = { id: 1, name: "Tỉnh", kind: "province", validFrom: null, validTo: null };
    expect(routeTo("commune", [newWard, province], "2024-12-01").decidingUnit).toBeNull();
    expect(levelAbove([newWard, province], "2024-12-01")).toBeNull();
  });
});
