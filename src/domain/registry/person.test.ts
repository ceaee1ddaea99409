import { describe, expect, it } from "vitest";
import { ETHNICITIES, ethnicityCode, findEthnicity } from "./ethnicities";
import { parseGender } from "./person";

describe("reading people's data as Vietnamese offices write it", () => {
  it("knows the 54 ethnic groups by name or code", () => {
    expect(ETHNICITIES).toHaveLength(54);
    expect(new Set(ETHNICITIES).size).toBe(54);
    expect(findEthnicity("kinh")).toBe("Kinh");
    expect(findEthnicity("Ê đê")).toBe("Ê-đê");
    expect(findEthnicity("01")).toBe("Kinh");
    expect(findEthnicity("Người Sao Hỏa")).toBeNull();
    expect(ethnicityCode("Rơ măm")).toBe("54");
  });

  it("reads Nam and Nữ", () => {
    expect(parseGender("Nữ")).toBe("female");
    expect(parseGender("nam")).toBe("male");
    expect(parseGender("khác")).toBeNull();
  });
});
