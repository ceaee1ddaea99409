// Which form a typed text names, on the decision's date: codes, names with or without
// diacritics, the start of one name, and the names in force that day.
import { describe, expect, it } from "vitest";
import { catalogueOn, nationalLayer } from "../catalogue/in-force";
import { NATIONAL_CATALOGUE } from "../catalogue/national";
import { matchCommendationKind, matchForm } from "./forms";
import { parseAwardsSheet } from "./awards-sheet";

const on = (date: string) => catalogueOn(nationalLayer(NATIONAL_CATALOGUE), date, null);
const code = (date: string, text: string) => {
  const m = matchForm(on(date), text);
  return m.ok ? m.code : m.reason;
};

describe("matchForm", () => {
  it.each([
    ["2024-03-01", "LDTT", "LDTT"],
    ["2024-03-01", "LĐTT", "LDTT"],
    ["2024-03-01", "lao dong tien tien", "LDTT"],
    ["2024-03-01", "Lao động tiên tiến", "LDTT"],
    ["2024-03-01", "CSTĐCS", "CSTDCS"],
    ["2024-03-01", "Giấy khen của Chủ tịch UBND cấp huyện", "GK_HUYEN"],
    ["2024-03-01", "Giấy khen", "ambiguous"],
    ["2026-01-10", "Giấy khen", "GK_XA"],
    ["2025-09-01", "GK_HUYEN", "unknown"],
    ["2025-06-30", "GK_HUYEN", "GK_HUYEN"],
    ["2025-02-01", "Xã, phường, đặc khu tiêu biểu", "unknown"],
    ["2025-02-01", "Xã, phường, thị trấn tiêu biểu", "XA_TIEU_BIEU"],
    ["2025-08-01", "xa phuong dac khu tieu bieu", "XA_TIEU_BIEU"],
    ["2024-03-01", "Bằng khen", "ambiguous"],
    ["2024-03-01", "Huân chương", "unknown"],
  ])("on %s, '%s' is %s", (date, text, expected) => expect(code(date, text)).toBe(expected));
});

describe("matchCommendationKind", () => {
  it.each([
    ["", "cong_trang"],
    ["công trạng", "cong_trang"],
    ["Đột xuất", "dot_xuat"],
    ["theo đợt", "theo_dot"],
    ["chuyên đề", "theo_dot"],
    ["dot_xuat", "dot_xuat"],
  ])("'%s' is %s", (text, expected) => expect(matchCommendationKind(on("2025-01-01"), text)).toEqual({ ok: true, code: expected }));
  it("names nothing for an unknown kind", () => expect(matchCommendationKind(on("2025-01-01"), "thưởng nóng").ok).toBe(false));
});

describe("parseAwardsSheet", () => {
  it("reads a list with a title, other header names, and refuses a decision dated in the future", () => {
    const table = [
      ["DANH SÁCH KHEN THƯỞNG"],
      ["TT", "Họ tên", "Năm sinh", "Danh hiệu", "Năm", "Số QĐ", "Ngày ký", "Ghi chú"],
      [1, "Nguyễn Văn An", 1970, "LĐTT", 2023, "15/QĐ-UBND", "10/01/2024", ""],
      [2, "Lê Thị Hoa", "1975", "LĐTT", 2031, "16/QĐ-UBND", "10/01/2031", ""],
    ];
    const parsed = parseAwardsSheet(table, { today: "2026-12-05" });
    expect(parsed.rows.map((r) => [r.recipient, r.recipientKind, r.birthYear, r.form, r.year, r.decisionDate])).toEqual([
      ["Nguyễn Văn An", "person", 1970, "LĐTT", 2023, "2024-01-10"],
      ["Lê Thị Hoa", "person", 1975, "LĐTT", null, null],
    ]);
    expect(parsed.ignoredColumns).toEqual(["H (Ghi chú)"]);
    expect(parsed.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      "4 Năm: năm 2031 chưa đến",
      "4 Ngày quyết định: ngày 10/01/2031 chưa đến: không nhập quyết định đề ngày trong tương lai",
    ]);
  });
});
