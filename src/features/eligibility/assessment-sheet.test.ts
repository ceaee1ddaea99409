// The assessment list as offices keep it: ratings written out, abbreviated or without tones;
// a year and a birth on every row; every problem named by row and column.
import { describe, expect, it } from "vitest";
import { parseAssessmentSheet, readRating } from "./assessment-sheet";

describe("readRating", () => {
  it.each([
    ["HTXSNV", "excellent"],
    ["Hoàn thành xuất sắc nhiệm vụ", "excellent"],
    ["hoàn thành xuất sắc", "excellent"],
    ["hoan thanh tot", "good"],
    ["HTTNV", "good"],
    ["Hoàn thành tốt nhiệm vụ.", "good"],
    ["HTNV", "completed"],
    ["Hoàn thành nhiệm vụ", "completed"],
    ["Không hoàn thành", "not_completed"],
    ["KHÔNG HOÀN THÀNH NHIỆM VỤ", "not_completed"],
  ])("reads %s as %s", (text, rating) => expect(readRating(text)).toBe(rating));
  it.each(["giỏi", "khá", "", "HTXS NV tốt"])("knows %s is no rating", (text) => expect(readRating(text)).toBeNull());
});

describe("parseAssessmentSheet", () => {
  const today = "2026-06-01";
  it("finds the table under a title, with the STT column and the combined birth header", () => {
    const parsed = parseAssessmentSheet(
      [
        ["DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI NĂM 2025"],
        ["STT", "Họ và tên", "Năm sinh / Ngày sinh", "Tổ dân phố / Đơn vị", "Năm", "Xếp loại"],
        [1, "Trần Văn Hải", "21/03/1980", "Tổ dân phố Hòa Bình", 2025, "HTXSNV"],
        [2, "Lê Thị Mai", 1975, "", "2025", "htnv"],
      ],
      { today },
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.fullName, r.birthDate, r.birthYear, r.year, r.rating])).toEqual([
      ["Trần Văn Hải", "1980-03-21", 1980, 2025, "excellent"],
      ["Lê Thị Mai", null, 1975, 2025, "completed"],
    ]);
  });

  it("names each problem by row and column: no birth, a year out of range, an unknown rating, the same person and year twice", () => {
    const parsed = parseAssessmentSheet(
      [
        ["Họ và tên", "Năm sinh", "Năm", "Xếp loại"],
        ["Trần Văn Hải", "", 2025, "HTT"],
        ["Lê Thị Mai", 1975, 2028, "HTT"],
        ["Lê Thị Mai", 1975, 2025, "xuất sắc lắm"],
        ["Lê Thị Mai", 1975, 2025, "HTT"],
      ],
      { today },
    );
    expect(parsed.problems.map((p) => `${p.row} ${p.column}`)).toEqual(["2 Năm sinh", "3 Năm", "4 Xếp loại", "5 Năm"]);
    expect(parsed.problems[1]!.message).toContain("phải là năm từ 1945 đến 2027");
  });

  it("reads a header-only list as no rows and no problem", () => {
    const parsed = parseAssessmentSheet([["STT", "Họ và tên", "Năm sinh", "Năm", "Xếp loại"]], { today });
    expect(parsed).toMatchObject({ rows: [], problems: [] });
  });
});
