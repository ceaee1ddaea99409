import { describe, expect, it } from "vitest";
import { describeProblem, parseCollectivesSheet, parsePeopleSheet } from "./people-sheet";

const header = ["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Mã hộ"];

describe("reading the people spreadsheet", () => {
  it("reads rows with Excel dates, Vietnamese dates and names in either Unicode form", () => {
    const { rows, problems } = parsePeopleSheet([
      header,
      ["Nguyễn Văn An".normalize("NFD"), "Nam", new Date(Date.UTC(1980, 2, 21)), "Kinh", "H01"],
      ["Trần Thị Bình", "nữ", "5/11/1975", "chăm", "H01"],
    ]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.fullName, r.gender, r.birthDate, r.ethnicity, r.household])).toEqual([
      ["Nguyễn Văn An", "male", "1980-03-21", "Kinh", "H01"],
      ["Trần Thị Bình", "female", "1975-11-05", "Chăm", "H01"],
    ]);
  });

  it("names each problem by row and column", () => {
    const { problems } = parsePeopleSheet([
      header,
      ["Lê Văn Cường", "Nam", "1/1/1990", "Kinh", ""],
      ...Array.from({ length: 11 }, (_, i) => [`Người ${i}`, "", "", "", ""]),
      ["Phạm Thị Dung", "Nữ", "31/02/1980", "Kinh", ""],
      ["Lê Văn Cường", "Nam", "01/01/1990", "Kinh", ""],
      ["", "Nam", "", "Người Sao Hỏa", ""],
    ]);
    expect(problems.map(describeProblem)).toEqual([
      "Dòng 14, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ; hãy ghi ngày/tháng/năm với năm đủ 4 chữ số (21/03/1980) hoặc chỉ năm sinh (1945)",
      "Dòng 15, cột Họ và tên: trùng với dòng 2 (cùng họ tên và ngày sinh)",
      "Dòng 16, cột Họ và tên: không được để trống",
      "Dòng 16, cột Dân tộc: 'Người Sao Hỏa' không có trong danh mục 54 dân tộc",
    ]);
  });

  it("leaves out a column not in the template, and says so", () => {
    const { problems, ignoredColumns, rows } = parsePeopleSheet([["Họ và tên", "Số CMND bí mật"], ["A", "1"]]);
    expect(problems).toEqual([]);
    expect(ignoredColumns).toEqual(["B (Số CMND bí mật)"]);
    expect(rows).toHaveLength(1);
  });

  it("rejects a sheet without the name column, once", () => {
    expect(parsePeopleSheet([["Giới tính", "Ngày sinh"], ["Nam", "1/1/1980"]]).problems.map(describeProblem)).toEqual([
      "Dòng 1, cột (dòng tên cột): dòng này có vẻ là dòng tên cột nhưng thiếu cột 'Họ và tên'; hãy thêm hoặc đổi tên cột cho đúng tệp mẫu",
    ]);
  });

  it("reads a ward's list: title, merged header with the year of birth under Nam and Nữ, older ethnic names, a footer", () => {
    const { rows, problems, skipped } = parsePeopleSheet(
      [
        ["DANH SÁCH HỘ GIA ĐÌNH TỔ DÂN PHỐ 1", "DANH SÁCH HỘ GIA ĐÌNH TỔ DÂN PHỐ 1"],
        ["STT", "Họ và tên", "Năm sinh", "Năm sinh", "Dân tộc"],
        ["STT", "Họ và tên", "Nam", "Nữ", "Dân tộc"],
        [1, "Nguyễn Văn An", 1941, "", "Việt"],
        [2, "Hoàng Thị Mỷ", "", "12/05/1950", "H'Mông"],
        [3, "Y Bhăm Êban", "1962", "", "Êđê"],
        ["Tổng cộng: 3 người"],
        ["", "Người lập biểu"],
      ],
      { today: "2024-03-21" },
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.fullName, r.gender, r.birthDate, r.birthYear, r.ethnicity])).toEqual([
      [4, "Nguyễn Văn An", "male", null, 1941, "Kinh"],
      [5, "Hoàng Thị Mỷ", "female", "1950-05-12", 1950, "Mông"],
      [6, "Y Bhăm Êban", "male", null, 1962, "Ê Đê"],
    ]);
    expect(skipped.map((s) => s.reason)).toEqual(["title", "total", "signature"]);
  });

  it("refuses a year of birth under both Nam and Nữ, and a gender that contradicts its column", () => {
    const { problems } = parsePeopleSheet([
      ["Họ và tên", "Giới tính", "Năm sinh", "Năm sinh"],
      ["", "", "Nam", "Nữ"],
      ["An", "", 1950, 1951],
      ["Bình", "Nữ", 1950, ""],
    ]);
    expect(problems.map(describeProblem)).toEqual([
      "Dòng 3, cột Ngày sinh: có năm sinh ở cả cột Nam và cột Nữ; hãy để một",
      "Dòng 4, cột Giới tính: 'Nữ' khác với cột năm sinh Nam",
    ]);
  });

  it("never imports the template's example row", () => {
    const { rows, skipped } = parsePeopleSheet([
      ["Họ và tên", "Địa chỉ", "Mã hộ"],
      ["Nguyễn Thị Ánh", "12 Nguyễn Trãi", "H001"],
      ["Nguyễn Thị Ánh", "5 Lê Lợi", "H002"],
    ]);
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(skipped.map((s) => [s.row, s.reason])).toEqual([[2, "example"]]);
  });

  it("flags the same name with the same year of birth twice in one file", () => {
    const { problems } = parsePeopleSheet([["Họ và tên", "Năm sinh"], ["Lê Văn An", 1940], ["LÊ VĂN AN", "1940"]]);
    expect(problems.map(describeProblem)).toEqual(["Dòng 3, cột Họ và tên: trùng với dòng 2 (cùng họ tên và năm sinh)"]);
  });
});

describe("reading the collectives sheet", () => {
  it("reads groups and names problems with the sheet", () => {
    const { rows, problems } = parseCollectivesSheet([
      ["Tên tập thể", "Loại", "Số thành viên"],
      ["Câu lạc bộ Dưỡng sinh", "Câu lạc bộ", 35],
      ["Đội văn nghệ", "", "nhiều"],
      ["CÂU LẠC BỘ DƯỠNG SINH", "", ""],
    ]);
    expect(rows[0]).toEqual({ row: 2, name: "Câu lạc bộ Dưỡng sinh", kind: "Câu lạc bộ", memberCount: 35, unit: null, originals: {} });
    expect(problems.map(describeProblem)).toEqual([
      "Dòng 3, cột Số thành viên (trang Tập thể): 'nhiều' phải là số nguyên dương",
      "Dòng 4, cột Tên tập thể (trang Tập thể): trùng với dòng 2",
    ]);
  });
});
