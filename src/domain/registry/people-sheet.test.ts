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
      "Dòng 14, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ",
      "Dòng 15, cột Họ và tên: trùng với dòng 2 (cùng họ tên và ngày sinh)",
      "Dòng 16, cột Họ và tên: không được để trống",
      "Dòng 16, cột Dân tộc: 'Người Sao Hỏa' không có trong danh mục 54 dân tộc",
    ]);
  });

  it("rejects a sheet with a wrong column", () => {
    const { problems } = parsePeopleSheet([["Họ và tên", "Số CMND bí mật"], ["A", "1"]]);
    expect(problems.map(describeProblem)).toEqual(["Dòng 1, cột Số CMND bí mật: cột không có trong mẫu"]);
  });

  it("rejects a sheet without the name column", () => {
    expect(parsePeopleSheet([["Giới tính"], ["Nam"]]).problems.map(describeProblem)).toEqual(["Dòng 1, cột Họ và tên: thiếu cột bắt buộc"]);
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
    expect(rows[0]).toEqual({ row: 2, name: "Câu lạc bộ Dưỡng sinh", kind: "Câu lạc bộ", memberCount: 35, unit: null });
    expect(problems.map(describeProblem)).toEqual([
      "Dòng 3, cột Số thành viên (trang Tập thể): 'nhiều' phải là số nguyên dương",
      "Dòng 4, cột Tên tập thể (trang Tập thể): trùng với dòng 2",
    ]);
  });
});
