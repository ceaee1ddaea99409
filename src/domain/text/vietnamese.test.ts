import { describe, expect, it } from "vitest";
import { foldForSearch, personSortKey, sortKey } from "./vietnamese";

const byKey = (names: string[], key = sortKey) => [...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

describe("search folding", () => {
  it("drops tones and hats, in either Unicode form", () => {
    expect(foldForSearch("Xã Nậm Nèn")).toBe("xa nam nen");
    expect(foldForSearch("Xã Nậm Nèn".normalize("NFD"))).toBe("xa nam nen");
    expect(foldForSearch("ĐẶC KHU Côn Đảo")).toBe("dac khu con dao");
  });
});

describe("Vietnamese order", () => {
  it("puts letters in Vietnamese order and tones after letters", () => {
    expect(byKey(["Ân", "Ăn", "Ánh", "Anh"])).toEqual(["Anh", "Ánh", "Ăn", "Ân"]);
    expect(byKey(["Đức", "Dũng"])).toEqual(["Dũng", "Đức"]);
    expect(byKey(["Thắng", "Thảo"])).toEqual(["Thảo", "Thắng"]);
    expect(byKey(["Ơn", "Ôn", "On", "Ông"])).toEqual(["On", "Ôn", "Ông", "Ơn"]);
    expect(byKey(["Ưng", "Uyên", "Út"])).toEqual(["Út", "Uyên", "Ưng"]);
  });

  it("orders tones ngang, huyền, hỏi, ngã, sắc, nặng", () => {
    expect(byKey(["ma", "mạ", "má", "mã", "mả", "mà"])).toEqual(["ma", "mà", "mả", "mã", "má", "mạ"]);
  });

  it("puts a shorter word first", () => {
    expect(byKey(["Anh", "An Bình", "An"])).toEqual(["An", "An Bình", "Anh"]);
  });

  it("orders numbers by value", () => {
    expect(byKey(["Tổ dân phố 10", "Tổ dân phố 2", "Tổ dân phố 1"])).toEqual(["Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 10"]);
  });

  it("gives the same key to both Unicode forms", () => {
    expect(sortKey("Nguyễn Thị Ánh".normalize("NFD"))).toBe(sortKey("Nguyễn Thị Ánh"));
  });

  it("sorts people by given name, then middle, then family name", () => {
    expect(byKey(["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn An", "Đỗ Anh"], personSortKey)).toEqual([
      "Trần Thị An",
      "Lê Văn An",
      "Đỗ Anh",
      "Nguyễn Văn Bình",
    ]);
  });
});
