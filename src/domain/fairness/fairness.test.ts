import { describe, expect, it } from "vitest";
import { ageGroup, fairnessView, isLeadingPost, type Subject } from "./fairness";

const s = (over: Partial<Subject> = {}): Subject => ({ gender: "male", ethnicity: "Kinh", birthYear: 1980, frontline: false, leader: false, group: "Tổ dân phố 1", ...over });
const many = (n: number, over: Partial<Subject>) => Array.from({ length: n }, () => s(over));

describe("the fairness view", () => {
  it("puts each share of the chosen beside the same share among all", () => {
    const view = fairnessView([...many(3, { gender: "female" }), ...many(7, {})], [...many(50, { gender: "female" }), ...many(50, {})], 2024);
    expect(view.total).toBe(10);
    expect(view.byGender).toEqual([
      { key: "male", count: 7, share: 0.7, baseShare: 0.5 },
      { key: "female", count: 3, share: 0.3, baseShare: 0.5 },
    ]);
  });

  it("warns when women fall more than 10 points below their share, citing the priority rule", () => {
    const base = [...many(50, { gender: "female" }), ...many(50, {})];
    expect(fairnessView([...many(3, { gender: "female" }), ...many(7, {})], base, 2024).warnings).toEqual([
      { key: "fairness.women_below", params: { share: 30, baseShare: 50 }, citation: expect.stringMatching(/Điều 5 khoản 2/) },
    ]);
    expect(fairnessView([...many(4, { gender: "female" }), ...many(6, {})], base, 2024).warnings).toEqual([]); // exactly 10 points: no warning
    expect(fairnessView([...many(1, { gender: "female" }), ...many(3, {})], base, 2024).warnings).toEqual([]); // too few to judge
  });

  it("warns when direct workers fall below, or leaders rise above, their share", () => {
    const base = [...many(40, { frontline: true }), ...many(50, {}), ...many(10, { leader: true })];
    const view = fairnessView([...many(1, { frontline: true }), ...many(4, { leader: true }), ...many(5, {})], base, 2024);
    expect(view.warnings.map((w) => w.key)).toEqual(["fairness.frontline_below", "fairness.leaders_above"]);
    expect(view.warnings[1]!.params).toEqual({ share: 40, baseShare: 10 });
  });

  it("does not warn at exactly 10 points, and judges from five chosen", () => {
    const base = [...many(40, { frontline: true }), ...many(50, {}), ...many(10, { leader: true })];
    expect(fairnessView([...many(3, { frontline: true }), ...many(2, { leader: true }), ...many(5, {})], base, 2024).warnings).toEqual([]); // 30 vs 40, 20 vs 10
    expect(fairnessView(many(5, {}), [...many(50, { gender: "female" }), ...many(50, {})], 2024).warnings.map((w) => w.key)).toEqual(["fairness.women_below"]);
  });

  it("counts rows that stand for several people (counted in SQL) by their weight", () => {
    const weighted = fairnessView([s({ gender: "female", weight: 2 }), s({ weight: 8 })], [s({ gender: "female", weight: 500 }), s({ weight: 500 })], 2024);
    expect(weighted.total).toBe(10);
    expect(weighted.byGender).toEqual([
      { key: "male", count: 8, share: 0.8, baseShare: 0.5 },
      { key: "female", count: 2, share: 0.2, baseShare: 0.5 },
    ]);
    expect(weighted.warnings.map((w) => w.key)).toEqual(["fairness.women_below"]);
  });

  it("leaves the shares among all empty when they are not known", () => {
    const view = fairnessView(many(6, { gender: "female" }), null, 2024);
    expect(view.byGender).toEqual([{ key: "female", count: 6, share: 1, baseShare: null }]);
    expect(view.warnings).toEqual([]);
  });

  it("groups ages at the year of the awards", () => {
    expect([ageGroup(1995, 2024), ageGroup(1994, 2024), ageGroup(1984, 2024), ageGroup(1974, 2024), ageGroup(1965, 2024), ageGroup(1964, 2024), ageGroup(null, 2024)]).toEqual([
      "under_30", "30_39", "40_49", "50_59", "50_59", "60_plus", "unknown",
    ]);
  });

  it("tells leading posts from others, with or without diacritics", () => {
    for (const p of ["Chủ tịch UBND phường", "Phó Chủ tịch UBND phường", "Bí thư Đoàn phường", "Tổ trưởng tổ dân phố Phú Thịnh", "Chỉ huy trưởng Ban Chỉ huy Quân sự phường", "Truong ban Cong tac Mat tran"]) expect(isLeadingPost(p), p).toBe(true);
    for (const p of ["Công chức Văn hóa – Xã hội", "Hội viên", "Đoàn viên công đoàn", "Ủy viên Hội đồng Thi đua – Khen thưởng phường"]) expect(isLeadingPost(p), p).toBe(false);
  });
});
