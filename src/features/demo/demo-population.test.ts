import { describe, expect, it } from "vitest";
import { ROLES } from "../../domain/access/roles";
import { ETHNICITIES } from "../../domain/registry/ethnicities";
import { ageOn, buildDemoPopulation, groupKey, PLAN_DATE, RESIDENTIAL_GROUPS } from "./demo-population";

const population = buildDemoPopulation({ residents: 300, seed: 2024 });
const residents = population.people.filter((p) => p.household !== null);

describe("the demo population", () => {
  it("is the same for the same seed and different for another", () => {
    expect(buildDemoPopulation({ residents: 300, seed: 2024 })).toEqual(population);
    const other = buildDemoPopulation({ residents: 300, seed: 7 });
    expect(other.people.map((p) => p.fullName)).not.toEqual(population.people.map((p) => p.fullName));
  });

  it("has exactly the residents asked for, in households of three to four on average", () => {
    expect(residents).toHaveLength(300);
    const average = residents.length / population.households.length;
    expect(average).toBeGreaterThan(2.8);
    expect(average).toBeLessThan(4.5);
    const heads = new Map<number, number>();
    for (const p of residents) if (p.householdRole === "Chủ hộ") heads.set(p.household!, (heads.get(p.household!) ?? 0) + 1);
    expect(heads.size).toBe(population.households.length);
    expect([...heads.values()].every((n) => n === 1)).toBe(true);
    // A household lives in one group, and so do its members.
    for (const p of residents) expect(p.unit).toBe(groupKey(population.households[p.household!]!.group));
  });

  it("gives Vietnamese names in NFC whose middle name agrees with the gender", () => {
    for (const p of population.people) {
      expect(p.fullName).toBe(p.fullName.normalize("NFC"));
      const words = p.fullName.split(" ");
      expect(words.length).toBeGreaterThanOrEqual(3);
      if (words.includes("Văn")) expect(p.gender).toBe("male");
      if (words.includes("Thị")) expect(p.gender).toBe("female");
    }
    const families = residents.map((p) => p.fullName.split(" ")[0]);
    expect(families.filter((f) => f === "Nguyễn").length / families.length).toBeGreaterThan(0.2);
  });

  it("gives birth dates from 1940 to 2010, parents older than their children", () => {
    for (const p of population.people) {
      expect(p.birthDate >= "1940-01-01" && p.birthDate <= "2010-12-31").toBe(true);
    }
    for (const [h] of population.households.entries()) {
      const members = residents.filter((p) => p.household === h);
      const children = members.filter((p) => p.householdRole === "Con");
      const parents = members.filter((p) => p.householdRole === "Chủ hộ" || p.householdRole === "Vợ" || p.householdRole === "Chồng");
      for (const c of children) for (const parent of parents) expect(ageOn(parent.birthDate, c.birthDate)).toBeGreaterThanOrEqual(18);
    }
  });

  it("is mostly Kinh with a few of the other groups of Khánh Hòa, all from the official list", () => {
    const kinh = residents.filter((p) => p.ethnicity === "Kinh").length;
    expect(kinh / residents.length).toBeGreaterThan(0.9);
    expect(new Set(residents.map((p) => p.ethnicity))).toEqual(new Set(["Kinh", "Hoa", "Chăm", "Ra Glai"]));
    for (const p of population.people) expect(ETHNICITIES as readonly string[]).toContain(p.ethnicity);
  });

  it("gives adults distinct mobile numbers in the Vietnamese format", () => {
    const phones = population.people.flatMap((p) => (p.phone ? [p.phone] : []));
    expect(phones.length).toBeGreaterThan(150);
    expect(new Set(phones).size).toBe(phones.length);
    for (const phone of phones) expect(phone).toMatch(/^0[35789]\d{8}$/);
  });

  it("has a leader living in every group, the ward's posts and one account per role", () => {
    RESIDENTIAL_GROUPS.forEach((name, g) => {
      const leader = population.memberships.find((m) => m.unit === groupKey(g) && m.position?.startsWith("Tổ trưởng"));
      expect(leader, name).toBeDefined();
      expect(population.people[leader!.person]!.unit).toBe(groupKey(g));
    });
    const chair = population.memberships.filter((m) => m.position === "Chủ tịch UBND phường");
    expect(chair.map((m) => [m.validFrom, m.validTo])).toEqual([
      ["2021-07-01", "2025-06-30"],
      ["2016-07-01", "2021-06-30"],
    ]);
    expect(new Set(population.accounts.map((a) => a.role))).toEqual(new Set(ROLES));
    expect(new Set(population.accounts.map((a) => a.email)).size).toBe(population.accounts.length);
    const women = population.memberships.filter((m) => m.unit === "women").map((m) => population.people[m.person]!);
    expect(women.every((p) => p.gender === "female")).toBe(true);
    const youth = population.memberships.filter((m) => m.unit === "youth" && m.position === "Đoàn viên").map((m) => population.people[m.person]!);
    expect(youth.length).toBeGreaterThan(0);
    expect(youth.every((p) => ageOn(p.birthDate, PLAN_DATE) >= 16 && ageOn(p.birthDate, PLAN_DATE) <= 30)).toBe(true);
    for (const m of population.memberships) if (m.validFrom && m.validTo) expect(m.validFrom <= m.validTo).toBe(true);
  });

  it("refuses a number of residents too small to staff the ward", () => {
    expect(() => buildDemoPopulation({ residents: 10, seed: 1 })).toThrow(/100/);
    expect(buildDemoPopulation({ residents: 100, seed: 1 }).people.filter((p) => p.household !== null)).toHaveLength(100);
  });
});
