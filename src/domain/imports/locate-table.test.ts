import { describe, expect, it } from "vitest";
import { cellText, columnLetter, locateTable, type SheetColumn } from "./locate-table";

const COLUMNS: SheetColumn[] = [
  { key: "fullName", header: "Họ và tên", aliases: ["Họ tên"], required: true },
  { key: "birthDate", header: "Ngày sinh", aliases: ["Năm sinh"] },
  { key: "address", header: "Địa chỉ" },
  { key: "household", header: "Mã hộ" },
  { key: "gender", header: "Giới tính" },
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
    expect(t.byGender).toEqual({ birthDate: { male: 2, female: 3 } });
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

  it("reads a mark under Nam or Nữ of a merged 'Giới tính' header, and never takes a data row for a second header", () => {
    const t = locateTable([["Họ và tên", "Giới tính", "Giới tính"], ["", "Nam", "Nữ"], ["An", "x", ""]], COLUMNS);
    expect(t.problems).toEqual([]);
    expect(t.byGender).toEqual({ gender: { male: 1, female: 2 } });
    expect(t.rows.map((r) => r.row)).toEqual([3]);
    // "Nam" and "Nữ" under two different headers are data, not sub-columns.
    const plain = locateTable([["Họ và tên", "Giới tính", "Ngày sinh"], ["An", "Nam", "Nữ"]], COLUMNS);
    expect(plain.headerRow).toBe(1);
    expect(plain.byGender).toEqual({});
    expect(plain.rows.map((r) => r.row)).toEqual([2]);
    // Sub-columns "Nam" and "Nữ" under a header that is not split by gender are not read as one.
    const other = locateTable([["Họ và tên", "Địa chỉ", "Địa chỉ"], ["", "Nam", "Nữ"], ["An", "1", ""]], COLUMNS);
    expect(other.byGender).toEqual({});
  });

  it("refuses a gender split and a plain column for the same field", () => {
    const t = locateTable([["Họ và tên", "Năm sinh", "Năm sinh", "Ngày sinh"], ["", "Nam", "Nữ", ""], ["An", 1950, "", ""]], COLUMNS);
    expect(t.problems).toEqual([{ row: 2, column: "Ngày sinh", message: "có hai cột (B và D); hãy giữ một" }]);
  });

  it("reads headers that continue on a second row", () => {
    const t = locateTable([["Họ và tên", ""], ["", "Ngày sinh"], ["An", "1/1/1980"]], COLUMNS);
    expect(t.headerRow).toBe(2);
    expect(t.index.get("birthDate")).toBe(1);
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });

  it("looks for the header in the first 30 rows only, and points at a near miss only when it names two columns", () => {
    const titles = (n: number) => Array.from({ length: n }, (_, i) => [`Tiêu đề ${i}`]);
    expect(locateTable([...titles(29), ["Họ và tên"], ["An"]], COLUMNS).headerRow).toBe(30);
    const late = locateTable([...titles(30), ["Họ và tên", "Ngày sinh", "Địa chỉ"], ["An"]], COLUMNS);
    expect(late.problems.map((p) => [p.row, p.message.slice(0, 40)])).toEqual([[1, "không tìm thấy dòng tên cột có cột 'Họ v"]]);
    // STT and one known column are not enough to point at a row; two known columns are, the first such row.
    expect(locateTable([["STT", "Ngày sinh"], ["1", "2"]], COLUMNS).problems[0]!.row).toBe(1);
    expect(locateTable([["STT", "Ngày sinh"], ["1", "2"]], COLUMNS).problems[0]!.message).toContain("không tìm thấy");
    expect(locateTable([["Ngày sinh", "Địa chỉ"], ["Ngày sinh", "Mã hộ"]], COLUMNS).problems[0]).toMatchObject({ row: 1, message: expect.stringContaining("có vẻ là dòng tên cột") });
  });

  it("says the one row under the signature block by its number", () => {
    const t = locateTable([["Họ và tên", "Ngày sinh", "Địa chỉ"], ["Người lập biểu"], ["Trần Văn Bình", "2/2/1981", "Tổ 2"]], COLUMNS);
    expect(t.problems.map((p) => p.message)).toEqual(["dòng 3 nằm dưới phần chữ ký (từ dòng 2) nên không được đọc; nếu là dữ liệu, hãy chuyển lên trên phần chữ ký"]);
  });

  it("takes a total written only in the STT column", () => {
    const t = locateTable([["STT", "Họ và tên", "Ngày sinh"], [1, "An", "1/1/1980"], ["Tổng cộng", "", ""]], COLUMNS);
    expect(t.skipped).toEqual([{ row: 3, reason: "total", text: "Tổng cộng" }]);
  });

  it("reads an ignored column's name through the reader it is given, at the header cell", () => {
    const two = locateTable([["Họ và tên", "Ghi chó"], ["An", ""]], COLUMNS, { readable: (text, at) => (at ? `${text}@${at.row}:${at.column}` : text) });
    expect(two.ignoredColumns).toEqual(["B (Ghi chó@0:1)"]);
  });

  it("reads cells as Excel gives them", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(new Date(Date.UTC(1980, 2, 21)))).toBe("21/3/1980");
    expect(cellText({ richText: [{ text: "Nguyễn " }, { text: "An" }] } as never)).toBe("Nguyễn An");
    expect(cellText({ text: "Liên kết", hyperlink: "https://x" } as never)).toBe("Liên kết");
    expect(cellText({ formula: "A1", result: 5 } as never)).toBe("5");
    expect(cellText({ formula: "A1" } as never)).toBe("");
    expect(cellText(12)).toBe("12");
  });

  it("pairs Nam and Nữ in either order, only both, and says which column came first when a field is given twice", () => {
    expect(locateTable([["Họ và tên", "Năm sinh", "Năm sinh"], ["", "Nữ", "Nam"], ["An", "", 1950]], COLUMNS).byGender).toEqual({ birthDate: { male: 2, female: 1 } });
    expect(locateTable([["Họ và tên", "Năm sinh", "Năm sinh"], ["", "Nam", "Khác"], ["An", 1950, ""]], COLUMNS).byGender).toEqual({});
    expect(locateTable([["Họ và tên", "Năm sinh", "Năm sinh"], ["", "Khác", "Nam"], ["An", "", 1950]], COLUMNS).byGender).toEqual({});
    const twice = locateTable([["Họ và tên", "Ngày sinh", "Năm sinh", "Năm sinh"], ["", "", "Nam", "Nữ"], ["An", "", 1950, ""]], COLUMNS);
    expect(twice.problems).toEqual([{ row: 2, column: "Ngày sinh", message: "có hai cột (B và C); hãy giữ một" }]);
  });

  it("reads an ignored sub-column's name at its own row", () => {
    const t = locateTable([["Họ và tên", "", ""], ["", "Ngày sinh", "Ghi chó"], ["An", "", ""]], COLUMNS, { readable: (text, at) => (at ? `${text}@${at.row}:${at.column}` : text) });
    expect(t.ignoredColumns).toEqual(["C (Ghi chó@1:2)"]);
  });
});
