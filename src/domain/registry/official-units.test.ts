import { describe, expect, it } from "vitest";
import { asPublished } from "../../../test/support/official-list";
import { parseOfficialUnits } from "./official-units";

const official = asPublished();

describe("the official list of administrative units", () => {
  it("reads the published file: 34 provinces and 3,321 communes, every name in NFC", () => {
    expect(official).not.toBe(official.normalize("NFC")); // some names come decomposed, as published
    const list = parseOfficialUnits(official);
    if (!list.ok) throw new Error(JSON.stringify(list.problems.slice(0, 3)));
    expect(list.provinces).toHaveLength(34);
    expect(list.communes).toHaveLength(3321);
    expect(list.communes.every((c) => c.name === c.name.normalize("NFC"))).toBe(true);
    expect(list.communes.find((c) => c.code === "03194")).toEqual({ code: "03194", name: "Xã Nậm Nèn", kind: "commune", provinceCode: "11" });
    expect(list.communes.filter((c) => c.kind === "special_zone")).toHaveLength(13);
  });

  it("rejects a malformed file as a whole, with row numbers and reasons", () => {
    const bad = [
      "province_code,province_name,commune_code,commune_name",
      "01,Thành phố Hà Nội,00004,Phường Ba Đình",
      "01,Thành phố Hà Nội,0008,Phường Ngọc Hà",
      "01,Hà Nội,00025,Phường Giảng Võ",
      "01,Thành phố Hà Nội,00004,Thôn Lạ",
      "02,Tỉnh Thiếu Cột,00099",
    ].join("\n");
    const list = parseOfficialUnits(bad);
    expect(list.ok).toBe(false);
    if (list.ok) return;
    expect(list.problems).toEqual([
      { row: 3, reason: "mã xã '0008' phải có 5 chữ số" },
      { row: 4, reason: "mã tỉnh 01 đã mang tên 'Thành phố Hà Nội', không phải 'Hà Nội'" },
      { row: 5, reason: "tên 'Thôn Lạ' phải bắt đầu bằng Xã, Phường hoặc Đặc khu" },
      { row: 5, reason: "mã xã 00004 bị lặp" },
      { row: 6, reason: "cần 4 cột, có 3" },
    ]);
  });

  it("rejects a file with the wrong columns", () => {
    const list = parseOfficialUnits("ma_tinh,ten_tinh\n01,Hà Nội\n");
    expect(list.ok).toBe(false);
  });
});
