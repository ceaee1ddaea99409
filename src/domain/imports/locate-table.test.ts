import { describe, expect, it } from "vitest";
import { columnLetter, locateTable, type SheetColumn } from "./locate-table";

const COLUMNS: SheetColumn[] = [
  { key: "fullName", header: "Họ và tên", aliases: ["Họ tên"], required: true },
  { key: "birthDate", header: "Ngày sinh", aliases: ["Năm sinh"] },
  { key: "address", header: "Địa chỉ" },
  { key: "household", header: "Mã hộ" },
];

describe("finding the table in a ward's sheet", () => {
  it("reads a plain sheet with the header on row 1", () => {
    const t = locateTable([["Họ và tên", "Ngày sinh"], ["Nguyễn Văn An", "1/1/1980"]], COLUMNS);
    expect(t.headerRow).toBe(1);
    expect(t.rows.map((r) => r.row)).toEqual([2]);
    expect(t.problems).toEqual([]);
  });

  it("leaves out titles, an STT column, a numbering row, spacers, a total and the signature block", () => {
    const title = "DANH SÁCH NGƯỜI DÂN TỔ DÂN PHỐ 1";
    const t = locateTable(
      [
        ["UBND PHƯỜNG CAM PHÚ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        [title, title, title, title],
        [],
        ["STT", "Họ và tên", "Năm sinh", "Địa chỉ"],
        ["(1)", "(2)", "(3)", "(4)"],
        [1, "Nguyễn Văn An", 1950, "Tổ 1"],
        [],
        [2, "Tổng Văn Bình", 1960, "Tổ 1"],
        [3, "", "", ""],
        ["Tổng cộng", "Tổng cộng", "", "2 người"],
        [],
        ["", "Người lập biểu", "", "TM. BAN CÔNG TÁC MẶT TRẬN"],
        ["", "(Ký, ghi rõ họ tên)", "", "TRƯỞNG BAN"],
        [],
        ["", "Lê Thị Cúc", "", "Phạm Văn Dũng"],
      ],
      COLUMNS,
    );
    expect(t.problems).toEqual([]);
    expect(t.headerRow).toBe(4);
    expect(t.rows.map((r) => r.row)).toEqual([6, 8]);
    expect(t.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, "title"],
      [2, "title"],
      [5, "numbering"],
      [10, "total"],
      [12, "signature"],
      [13, "signature"],
      [15, "signature"],
    ]);
    expect(t.skipped[1]!.text).toBe(title);
  });

  it("reads a merged two-row header with the year of birth under Nam and Nữ", () => {
    const t = locateTable(
      [
        ["STT", "Họ và tên", "Năm sinh", "Năm sinh", "Địa chỉ"],
        ["STT", "Họ và tên", "Nam", "Nữ", "Địa chỉ"],
        [1, "Nguyễn Văn An", 1950, "", "Tổ 1"],
      ],
      COLUMNS,
    );
    expect(t.problems).toEqual([]);
    expect(t.headerRow).toBe(2);
    expect(t.birthByGender).toEqual({ male: 2, female: 3 });
    expect(t.index.get("fullName")).toBe(1);
    expect(t.index.has("birthDate")).toBe(false);
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });

  it("keeps a row with a name even when another cell reads like a signature line", () => {
    const t = locateTable([["Họ và tên", "Địa chỉ"], ["Trần Văn Tâm", "Tổ trưởng tổ 3"], ["Lê Văn Chủ", "Chủ tịch hội"]], COLUMNS);
    expect(t.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it("says once that rows under the signature block are not read", () => {
    const t = locateTable(
      [["Họ và tên", "Ngày sinh", "Địa chỉ"], ["Nguyễn Văn An", "1/1/1980", "Tổ 1"], ["Người lập biểu"], ["Trần Văn Bình", "2/2/1981", "Tổ 2"], ["Lê Văn Cường", "3/3/1982", "Tổ 3"]],
      COLUMNS,
    );
    expect(t.problems.map((p) => p.message)).toEqual(["dòng 4–5 nằm dưới phần chữ ký (từ dòng 3) nên không được đọc; nếu là dữ liệu, hãy chuyển lên trên phần chữ ký"]);
  });

  it("names the columns left out, instead of refusing the file", () => {
    const t = locateTable([["Họ và tên", "Ghi chú", "Nghề nghiệp"], ["Nguyễn Văn An", "", "Nông dân"]], COLUMNS);
    expect(t.problems).toEqual([]);
    expect(t.ignoredColumns).toEqual(["B (Ghi chú)", "C (Nghề nghiệp)"]);
  });

  it("says once where the header is missing a required column, never once per column", () => {
    const t = locateTable([["DANH SÁCH"], ["STT", "Tên", "Ngày sinh", "Địa chỉ", "Mã hộ"], [1, "An", "1/1/1980", "Tổ 1", "H1"]], COLUMNS);
    expect(t.problems).toEqual([{ row: 2, column: "(dòng tên cột)", message: "dòng này có vẻ là dòng tên cột nhưng thiếu cột 'Họ và tên'; hãy thêm hoặc đổi tên cột cho đúng tệp mẫu" }]);
    const none = locateTable([["abc"], ["def"]], COLUMNS);
    expect(none.problems).toHaveLength(1);
    expect(none.problems[0]!.message).toContain("không tìm thấy dòng tên cột có cột 'Họ và tên'");
  });

  it("refuses two columns for the same field", () => {
    const t = locateTable([["Họ và tên", "Họ tên"], ["A", "B"]], COLUMNS);
    expect(t.problems.map((p) => p.message)).toEqual(["có hai cột (A và B); hãy giữ một"]);
  });

  it("finds a header typed in a legacy font through the decoder it is given", () => {
    const t = locateTable([["Hä vµ tªn"], ["An"]], COLUMNS, { decode: (s) => (s === "Hä vµ tªn" ? ["Họ và tên"] : []) });
    expect(t.problems).toEqual([]);
    expect(t.rows).toHaveLength(1);
  });

  it("leaves out the example rows it is told of", () => {
    const t = locateTable([["Họ và tên"], ["Ví Dụ"], ["An"]], COLUMNS, { isExample: (cells) => cells[0] === "Ví Dụ" });
    expect(t.rows.map((r) => r.row)).toEqual([3]);
    expect(t.skipped).toEqual([{ row: 2, reason: "example", text: "Ví Dụ" }]);
  });

  it("letters columns as a spreadsheet does", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
