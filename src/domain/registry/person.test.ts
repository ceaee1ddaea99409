import { describe, expect, it } from "vitest";
import { ETHNICITIES, ethnicityCode, findEthnicity } from "./ethnicities";
import { parseGender, parseVietnameseDate } from "./person";

describe("reading people's data as Vietnamese offices write it", () => {
  it("reads dates day first, and refuses impossible ones", () => {
    expect(parseVietnameseDate("21/3/2024")).toBe("2024-03-21");
    expect(parseVietnameseDate("01-12-1980")).toBe("1980-12-01");
    expect(parseVietnameseDate("1980-12-01")).toBe("1980-12-01");
    expect(parseVietnameseDate("31/02/1980")).toBeNull();
    expect(parseVietnameseDate("29/02/2023")).toBeNull();
    expect(parseVietnameseDate("29/02/2024")).toBe("2024-02-29");
    expect(parseVietnameseDate("12/1980")).toBeNull();
  });

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
