import { describe, expect, it } from "vitest";
import { ETHNICITIES, ethnicityCode, findEthnicity } from "./ethnicities";
import { parseGender } from "./person";

describe("reading people's data as Vietnamese offices write it", () => {
  it("knows the 54 ethnic groups by name or code", () => {
    expect(ETHNICITIES).toHaveLength(54);
    expect(new Set(ETHNICITIES).size).toBe(54);
    expect(findEthnicity("kinh")).toBe("Kinh");
    expect(findEthnicity("Ê đê")).toBe("Ê Đê");
    expect(findEthnicity("01")).toBe("Kinh");
    expect(findEthnicity("Người Sao Hỏa")).toBeNull();
    expect(ethnicityCode("Rơ Măm")).toBe("54");
  });

  it("maps the spellings and older names ward lists use to the official names", () => {
    const cases: [string, string][] = [
      ["Việt", "Kinh"], ["Kinh (Việt)", "Kinh"], ["Mông", "Mông"], ["H'Mông", "Mông"], ["Hmông", "Mông"], ["HMÔNG", "Mông"], ["Mèo", "Mông"],
      ["Êđê", "Ê Đê"], ["Ê-đê", "Ê Đê"], ["Bana", "Ba Na"], ["Khmer", "Khmer"], ["Khơ-me", "Khmer"], ["Raglai", "Ra Glai"], ["Chàm", "Chăm"],
      ["Cơ-ho", "Cơ Ho"], ["K'Ho", "Cơ Ho"], ["Hoa", "Hoa"], ["Hán", "Hoa"],
    ];
    for (const [typed, official] of cases) expect([typed, findEthnicity(typed)]).toEqual([typed, official]);
    // Without tones only when one group has that spelling; Thái and Tày stay apart with their tones.
    expect(findEthnicity("Thái")).toBe("Thái");
    expect(findEthnicity("Thai")).toBe("Thái");
    expect(findEthnicity("E de")).toBe("Ê Đê");
    expect(findEthnicity("Ngai")).toBe("Ngái");
    expect(findEthnicity("Tày")).toBe("Tày");
  });

  it("reads Nam and Nữ", () => {
    expect(parseGender("Nữ")).toBe("female");
    expect(parseGender("nam")).toBe("male");
    expect(parseGender("khác")).toBeNull();
  });
});
