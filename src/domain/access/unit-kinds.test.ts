import { describe, expect, it } from "vitest";
import { mayPlaceUnder, mayReplace, UNIT_KINDS, UNIT_LEVELS } from "./unit-kinds";

describe("unit levels", () => {
  it("give every kind a level, or none for \"other\"", () => {
    for (const kind of UNIT_KINDS) expect(UNIT_LEVELS[kind] === null ? kind : typeof UNIT_LEVELS[kind]).toBe(kind === "other" ? "other" : "number");
  });

  it("let a unit sit under a higher level", () => {
    expect(mayPlaceUnder("ward", ["province"])).toBe(true);
    expect(mayPlaceUnder("residential_group", ["province", "ward"])).toBe(true);
    expect(mayPlaceUnder("mass_organisation", ["province", "commune"])).toBe(true);
    expect(mayPlaceUnder("branch", ["province", "ward", "mass_organisation"])).toBe(true);
    expect(mayPlaceUnder("agency", ["province"])).toBe(true);
    expect(mayPlaceUnder("province", [])).toBe(true);
  });

  it("refuse a unit under a lower level, or a province or commune under its own level", () => {
    expect(mayPlaceUnder("province", ["province", "ward"])).toBe(false);
    expect(mayPlaceUnder("province", ["province"])).toBe(false);
    expect(mayPlaceUnder("commune", ["province", "ward"])).toBe(false);
    expect(mayPlaceUnder("ward", ["province", "ward", "residential_group"])).toBe(false);
    expect(mayPlaceUnder("ward", ["province", "commune"])).toBe(false);
    expect(mayPlaceUnder("mass_organisation", ["province", "ward", "residential_group"])).toBe(false);
    expect(mayPlaceUnder("residential_group", ["province", "ward", "mass_organisation", "branch"])).toBe(false);
  });

  it("let units below the commune nest within their level", () => {
    expect(mayPlaceUnder("residential_group", ["province", "ward", "residential_group"])).toBe(true); // khu phố → tổ dân phố
    expect(mayPlaceUnder("village", ["province", "commune", "village"])).toBe(true);
    expect(mayPlaceUnder("agency", ["province", "agency"])).toBe(true);
    expect(mayPlaceUnder("mass_organisation", ["province", "ward", "front_committee"])).toBe(true);
    expect(mayPlaceUnder("branch", ["province", "ward", "mass_organisation", "branch"])).toBe(true);
  });

  it("put the district level (until 30/6/2025) between the province and the commune", () => {
    // The demo's city of Cam Ranh: province → provincial city → ward.
    expect(mayPlaceUnder("ward", ["province", "provincial_city"])).toBe(true);
    expect(mayPlaceUnder("district", ["province"])).toBe(true);
    expect(mayPlaceUnder("district", ["province", "ward"])).toBe(false);
    expect(mayPlaceUnder("urban_district", ["province", "district"])).toBe(false);
    expect(mayPlaceUnder("province", ["province", "district_town"])).toBe(false);
    expect(mayReplace("district", "provincial_city")).toBe(true);
    expect(mayReplace("ward", "district")).toBe(false);
  });

  it("judge through \"other\" by the nearest ancestor with a level", () => {
    expect(mayPlaceUnder("ward", ["province", "other"])).toBe(true);
    expect(mayPlaceUnder("other", ["province", "ward", "residential_group"])).toBe(true);
    expect(mayPlaceUnder("province", ["province", "ward", "other"])).toBe(false);
    expect(mayPlaceUnder("ward", ["other"])).toBe(true);
  });

  it("merge units of one level", () => {
    expect(mayReplace("ward", "commune")).toBe(true);
    expect(mayReplace("province", "province")).toBe(true);
    expect(mayReplace("front_committee", "mass_organisation")).toBe(true);
    expect(mayReplace("ward", "province")).toBe(false);
    expect(mayReplace("province", "ward")).toBe(false);
    expect(mayReplace("residential_group", "ward")).toBe(false);
    expect(mayReplace("other", "ward")).toBe(true);
  });
});
