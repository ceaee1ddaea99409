import { describe, expect, it } from "vitest";
import { encodeTcvn3 } from "../text/legacy-encodings";
import { exampleMatcher, MAX_IMPORT_ROWS, readSheet } from "./read-sheet";
import type { SheetColumn } from "./locate-table";

const COLUMNS: SheetColumn[] = [
  { key: "name", header: "Họ và tên", required: true },
  { key: "note", header: "Ghi chú" },
];
const noExample = () => false;

describe("one reader for every list", () => {
  it("knows the template's example row by its identifying values, whatever else the row holds", () => {
    const isExample = exampleMatcher({ name: "Nguyễn Thị Ánh", note: "Mẫu" }, ["name", "note"]);
    const index = new Map([["name", 0], ["note", 1]]);
    expect(isExample(["nguyen thi anh", "MẪU"], index)).toBe(true);
    expect(isExample(["Nguyễn Thị Ánh", "Khác"], index)).toBe(false);
    expect(isExample(["Nguyễn Thị Ánh"], new Map([["name", 0]]))).toBe(true); // a column left out does not count
    expect(isExample(["x"], new Map([["other", 0]]))).toBe(false); // none of its columns: never an example
  });

  it("hands each row's cells by column, names problems by header, and gives nothing for a missing column", () => {
    const seen: unknown[] = [];
    const parsed = readSheet([["Họ và tên"], ["An"], ["Bình"]], COLUMNS, { isExample: noExample }, (row, get, raw, _o, problem) => {
      seen.push([row, get("name"), raw("note")]);
      if (row === 3) problem("name", "sai");
      return { row };
    });
    expect(seen).toEqual([[2, "An", undefined], [3, "Bình", undefined]]);
    expect(parsed.problems).toEqual([{ row: 3, column: "Họ và tên", message: "sai" }]);
    expect(parsed.rows).toEqual([{ row: 2 }, { row: 3 }]);
  });

  it("shows a title typed in a legacy font in Unicode, by its font or by the sheet's encoding", () => {
    const title = encodeTcvn3("Danh sách hộ nghèo");
    const parsed = readSheet(
      [[title, ""], ["Họ và tên", "Ghi chú"], ...["Nguyễn Văn Bình", "Lê Văn Ân", "Trần Thị Tuyết"].map((n) => [encodeTcvn3(n), ""])],
      COLUMNS,
      { isExample: noExample },
      (row) => ({ row }),
    );
    expect(parsed.decoded.map((d) => d.encoding)).toEqual(["tcvn3"]);
    expect(parsed.skipped).toEqual([{ row: 1, reason: "title", text: "Danh sách hộ nghèo" }]);
    // In that sheet, a title typed in Unicode stays as typed.
    const unicodeTitle = readSheet([["Danh sách hộ nghèo"], ["Họ và tên"], ...["Nguyễn Văn Bình", "Lê Văn Ân"].map((n) => [encodeTcvn3(n)])], COLUMNS, { isExample: noExample }, (row) => ({ row }));
    expect(unicodeTitle.skipped[0]!.text).toBe("Danh sách hộ nghèo");
    const byFont = readSheet([[encodeTcvn3("DANH SÁCH", { capitals: true })], ["Họ và tên"], ["An"]], COLUMNS, { isExample: noExample, fonts: [[".VnTimeH"]] }, (row) => ({ row }));
    expect(byFont.skipped[0]!.text).toBe("DANH SÁCH");
    // A Unicode sheet's title stays as typed.
    const plain = readSheet([["Danh sách", "Danh sách"], ["Họ và tên"], ["An"]], COLUMNS, { isExample: noExample }, (row) => ({ row }));
    expect(plain.skipped[0]!.text).toBe("Danh sách");
  });

  it(`takes ${MAX_IMPORT_ROWS.toLocaleString("en")} data rows and refuses one more, in one sentence`, () => {
    const table = (n: number) => [["Họ và tên"], ...Array.from({ length: n }, (_, i) => [`N${i}`])];
    expect(readSheet(table(MAX_IMPORT_ROWS), COLUMNS, { isExample: noExample }, () => null).problems).toEqual([]);
    const over = readSheet(table(MAX_IMPORT_ROWS + 1), COLUMNS, { isExample: noExample }, () => null).problems;
    expect(over).toEqual([{ row: MAX_IMPORT_ROWS + 2, column: "(bảng)", message: "tệp có 50.001 dòng dữ liệu; mỗi lần nhập tối đa 50.000 dòng, hãy chia thành nhiều tệp" }]);
  });
});
