// People's names in the order Vietnamese lists use, checked against an independent
// reference: ICU's Vietnamese collation (Intl.Collator "vi") applied field by field.
import { describe, expect, it } from "vitest";
import { personSortKey } from "./vietnamese";
import { generatedNames, referenceOrder } from "../../../test/support/vietnamese-names";

const byKey = (names: string[]) => names.map((name, i) => ({ name, i, key: personSortKey(name) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i)).map((x) => x.name);

describe("people's names in Vietnamese order", () => {
  it("puts a middle name that ends first before a longer one it begins", () => {
    expect(byKey(["Nguyễn Thị Ngọc Huyền", "Nguyễn Thị Huyền"])).toEqual(["Nguyễn Thị Huyền", "Nguyễn Thị Ngọc Huyền"]);
    expect(byKey(["Nguyễn Thị Kiều Nhung", "Lê Thị Nhung"])).toEqual(["Lê Thị Nhung", "Nguyễn Thị Kiều Nhung"]);
    expect(byKey(["Trần Văn An", "Nguyễn An"])).toEqual(["Nguyễn An", "Trần Văn An"]);
  });

  it("sorts a name in capitals like any other", () => {
    expect(byKey(["Trần Văn Bình", "NGUYỄN VĂN AN", "Lê Văn Ánh"])).toEqual(["NGUYỄN VĂN AN", "Lê Văn Ánh", "Trần Văn Bình"]);
  });

  it("agrees with ICU's Vietnamese collation, field by field, over 3,000 generated names", () => {
    const names = generatedNames(3000, 7);
    expect(byKey(names)).toEqual(referenceOrder(names));
  });
});
