// Table tests per eligibility rule, under each law version (Decree 98 until 30/6/2025, Decree 152
// from 1/7/2025), read like the law: "a Tập thể with 7 of 10 members LĐTT meets the 70 % share".
import { describe, expect, it } from "vitest";
import type { UnitOnDate } from "../catalogue/authority";
import type { DisciplineForm, Rating } from "../catalogue/entries";
import { catalogueOn, nationalLayer, type LayeredEntry } from "../catalogue/in-force";
import { NATIONAL_CATALOGUE } from "../catalogue/national";
import { checkEligibility } from "./check";
import { authority } from "./rules/authority";
import { chain } from "./rules/chain";
import { discipline } from "./rules/discipline";
import { holds } from "./rules/holds";
import { includedTitle } from "./rules/included-title";
import { initiative } from "./rules/initiative";
import { memberDiscipline, memberShare } from "./rules/members";
import { oneAward } from "./rules/one-award";
import { quota } from "./rules/quota";
import { rating } from "./rules/rating";
import { statedCriteria } from "./rules/stated-criteria";
import type { AwardFact, CandidateRecord, EligibilityInput, MemberFact, NominationFacts, QuotaFacts } from "./types";

const province: UnitOnDate = { id: 1, name: "Tỉnh Khánh Hòa", kind: "province", validFrom: null, validTo: null };
const city: UnitOnDate = { id: 2, name: "Thành phố Cam Ranh", kind: "provincial_city", validFrom: null, validTo: "2025-06-30" };
const camPhu: UnitOnDate = { id: 3, name: "Phường Cam Phú", kind: "ward", validFrom: null, validTo: "2025-06-30" };
const camRanh: UnitOnDate = { id: 5, name: "Phường Cam Ranh", kind: "ward", validFrom: "2025-07-01", validTo: null };
const chainOn = (date: string) => (date < "2025-07-01" ? [camPhu, city, province] : [camRanh, province]);

/** The two law versions and the days either side of the boundary. */
const D98_DAY = "2024-12-20";
const D152_DAY = "2026-01-15";
const LAST_D98 = "2025-06-30";
const FIRST_D152 = "2025-07-01";

const person = (over: Partial<CandidateRecord> = {}): CandidateRecord => ({
  kind: "person", name: "Nguyễn Văn An", assessments: [], disciplines: [], holds: [], initiatives: [], awards: [], members: null, ...over,
});
const award = (formCode: string, year: number, over: Partial<AwardFact> = {}): AwardFact => ({
  formCode, year, commendationKind: "cong_trang", decisionNumber: `${year}/QĐ-UBND`, decisionDate: `${year + 1}-01-10`, achievement: "", ...over,
});

function input(formCode: string, decisionDate: string, record: CandidateRecord, over: { year?: number; nomination?: Partial<NominationFacts>; extra?: LayeredEntry[]; quota?: QuotaFacts } = {}): EligibilityInput {
  const year = over.year ?? Number(decisionDate.slice(0, 4)) - (decisionDate.slice(5) < "06-01" ? 1 : 0);
  const nomination: NominationFacts = {
    formCode, year, commendationKind: "cong_trang", achievement: "", decisionDate, checkedOn: decisionDate, unitChain: chainOn(decisionDate), ...over.nomination,
  };
  return { nomination, record, catalogue: catalogueOn([...nationalLayer(NATIONAL_CATALOGUE), ...(over.extra ?? [])], decisionDate, "/1/2/3/"), ...(over.quota ? { quota: over.quota } : {}) };
}
const rated = (year: number, r: Rating) => person({ assessments: [{ year, rating: r }] });

describe("authority on the decision date", () => {
  it.each([
    // form, decision date, verdict, where it is decided, article
    ["LDTT", D98_DAY, "pass", "rules.decided_here", /Điều 80 khoản 3/],
    ["GK_XA", LAST_D98, "pass", "rules.decided_here", /Điều 80 khoản 3/],
    ["CSTDCS", LAST_D98, "pass", "rules.goes_up", /Điều 80 khoản 2/], // to the city, until 30/6/2025
    ["TTLDTT", D98_DAY, "pass", "rules.goes_up", /Điều 80 khoản 2/],
    ["CSTDCS", FIRST_D152, "pass", "rules.decided_here", /129\/2025/], // the commune decides from 1/7/2025
    ["TDPVH", FIRST_D152, "pass", "rules.decided_here", /129\/2025/],
    ["BK_TINH", D152_DAY, "pass", "rules.goes_up", /Điều 80 khoản 1/],
    ["BK_TTG", D152_DAY, "pass", "rules.goes_up_central", /Điều 78/],
    ["GK_HUYEN", FIRST_D152, "fail", "rules.form_unknown", /—/], // the district's Giấy khen ended with the district
  ] as const)("%s decided on %s: %s (%s)", (form, date, verdict, key, article) => {
    const recipient = ["TTLDTT", "TDPVH"].includes(form) ? person({ kind: "unit" }) : person();
    const r = authority(input(form, date, recipient));
    expect(r.verdict).toBe(verdict);
    expect(r.reason.key).toBe(key);
    expect(r.citation).toMatch(article);
  });

  it("names the city as the level above in 2024 and the province from 1/7/2025", () => {
    expect(authority(input("CSTDCS", D98_DAY, person())).reason.params).toMatchObject({ unit: "Thành phố Cam Ranh" });
    expect(authority(input("BK_TINH", D152_DAY, person())).reason.params).toMatchObject({ unit: "Tỉnh Khánh Hòa" });
  });

  it("refuses a form for a recipient it is not given to (Gia đình văn hóa for a person)", () => {
    expect(authority(input("GDVH", D152_DAY, person())).reason.key).toBe("rules.form_not_for_recipient");
    expect(authority(input("GDVH", D152_DAY, person({ kind: "household" }))).verdict).toBe("pass");
  });

  it("says what it needs when no unit of the deciding tier exists that day", () => {
    // A district power in 2024 for a ward whose tree has no district-level unit kept.
    const r = authority(input("CSTDCS", D98_DAY, person(), { nomination: { unitChain: [camPhu, province] } }));
    expect(r.verdict).toBe("review");
    expect(r.missing[0]?.key).toBe("rules.missing_unit_of_tier");
  });
});

describe("Lao động tiên tiến: rated \"hoàn thành tốt nhiệm vụ\" or better (Law Art. 24(1))", () => {
  it.each([
    [D98_DAY, "excellent", "pass"],
    [D98_DAY, "good", "pass"],
    [D98_DAY, "completed", "fail"],
    [D98_DAY, "not_completed", "fail"],
    [D152_DAY, "good", "pass"],
    [D152_DAY, "completed", "fail"],
  ] as const)("decided %s, rated %s: %s", (date, r, verdict) => {
    const year = Number(date.slice(0, 4)) - 1;
    expect(rating(input("LDTT", date, rated(year, r), { year }))?.verdict).toBe(verdict);
  });

  it("asks for the year's rating when the record has none, naming the year", () => {
    const r = rating(input("LDTT", D98_DAY, rated(2022, "excellent"), { year: 2024 }))!;
    expect(r.verdict).toBe("review");
    expect(r.missing).toEqual([{ key: "rules.missing_rating", params: { year: 2024 } }]);
  });

  it("lets a province add a rating to its Giấy khen criteria and the rule follows the data", () => {
    const stricter: LayeredEntry = {
      kind: "criterion", code: "GK_XA", validFrom: "2025-01-01", validTo: null, value: { text: "Hoàn thành xuất sắc nhiệm vụ", minRating: "excellent" },
      citation: "Quyết định 17/2024/QĐ-UBND tỉnh", unconfirmed: false, scope: "province", scopePath: "/1/",
    };
    const r = rating(input("GK_XA", D152_DAY, rated(2025, "good"), { year: 2025, extra: [stricter] }))!;
    expect(r.verdict).toBe("fail");
    expect(r.citation).toBe("Quyết định 17/2024/QĐ-UBND tỉnh");
  });
});

describe("Chiến sĩ thi đua cơ sở: LĐTT standard, \"hoàn thành xuất sắc\" and a recognised initiative (Law Art. 23)", () => {
  const initiativeIn = (year: number) => [{ title: "Số hóa hồ sơ hộ tịch", scope: "unit" as const, recognisedOn: `${year}-11-20` }];
  it.each([
    [D98_DAY, "excellent", true, "pass"],
    [D98_DAY, "excellent", false, "fail"], // no initiative
    [D98_DAY, "good", true, "fail"], // not excellent
    [FIRST_D152, "excellent", true, "pass"],
    [D152_DAY, "good", false, "fail"],
  ] as const)("decided %s, rated %s, initiative %s: %s", (date, r, withInitiative, verdict) => {
    const year = Number(date.slice(0, 4)) - 1;
    const record = person({ assessments: [{ year, rating: r }], initiatives: withInitiative ? initiativeIn(year) : [] });
    expect(checkEligibility(input("CSTDCS", date, record, { year })).results.filter((x) => ["rating", "initiative", "included_title"].includes(x.rule)).map((x) => x.verdict).includes("fail")).toBe(verdict === "fail");
  });

  it("includes the Lao động tiên tiến standard with its own article", () => {
    const r = includedTitle(input("CSTDCS", D98_DAY, rated(2024, "completed"), { year: 2024 }))!;
    expect(r.verdict).toBe("fail");
    expect(r.citation).toMatch(/Điều 24 khoản 1/);
  });

  it("marks the initiative rule \"cần xác nhận\" (the and/or reading) and lists the missing initiative", () => {
    const r = initiative(input("CSTDCS", D98_DAY, rated(2024, "excellent"), { year: 2024 }))!;
    expect(r.unconfirmed).toBe(true);
    expect(r.missing[0]).toEqual({ key: "rules.missing_initiative", params: { scope: "unit", year: 2024 } });
  });

  it("accepts the top rating instead of an initiative where a province reads \"or\"", () => {
    const or: LayeredEntry = {
      kind: "criterion", code: "CSTDCS", validFrom: "2025-07-01", validTo: null,
      value: { text: "…", minRating: "excellent", includesTitle: "LDTT", initiative: "or", initiativeScope: "unit" },
      citation: "Quy định của tỉnh", unconfirmed: false, scope: "province", scopePath: "/1/",
    };
    expect(initiative(input("CSTDCS", D152_DAY, rated(2025, "excellent"), { year: 2025, extra: [or] }))!.verdict).toBe("pass");
    expect(initiative(input("CSTDCS", D152_DAY, rated(2025, "good"), { year: 2025, extra: [or] }))!.verdict).toBe("fail");
  });

  it("does not count an initiative recognised after the decision or before the year", () => {
    const late = person({ assessments: [{ year: 2024, rating: "excellent" }], initiatives: [{ title: "A", scope: "unit", recognisedOn: "2025-01-05" }] });
    expect(initiative(input("CSTDCS", "2025-01-04", late, { year: 2024 }))!.verdict).toBe("fail");
    expect(initiative(input("CSTDCS", "2025-01-05", late, { year: 2024 }))!.verdict).toBe("pass");
    const early = person({ initiatives: [{ title: "A", scope: "unit", recognisedOn: "2023-12-31" }] });
    expect(initiative(input("CSTDCS", D98_DAY, early, { year: 2024 }))!.verdict).toBe("fail");
  });
});

describe("Tập thể lao động tiên tiến: ≥ 70 % of members LĐTT, no member disciplined (Law Art. 28(1))", () => {
  const members = (holding: number, total: number, disciplined: DisciplineForm | null = null): MemberFact[] =>
    Array.from({ length: total }, (_, i) => ({
      name: `Thành viên ${i + 1}`,
      holdsMemberTitle: i < holding,
      disciplines: disciplined && i === total - 1 ? [{ form: disciplined, decidedOn: "2024-05-02", endsOn: "2025-05-01" }] : [],
    }));
  const unit = (m: MemberFact[] | null) => person({ kind: "unit", name: "Tổ dân phố Phú Thịnh", members: m });

  it.each([
    [D98_DAY, 7, 10, "pass"],
    [D98_DAY, 6, 10, "fail"],
    [D98_DAY, 3, 4, "pass"], // 75 %
    [D98_DAY, 2, 3, "fail"], // 66.7 %
    [FIRST_D152, 7, 10, "pass"],
    [D152_DAY, 13, 19, "fail"], // 68.4 %
    [D152_DAY, 14, 20, "pass"],
  ] as const)("decided %s, %i of %i members LĐTT: %s", (date, holding, total, verdict) => {
    expect(memberShare(input("TTLDTT", date, unit(members(holding, total)), { year: 2024 }))!.verdict).toBe(verdict);
  });

  it("says how many more members are needed", () => {
    expect(memberShare(input("TTLDTT", D98_DAY, unit(members(5, 10)), { year: 2024 }))!.reason.params).toMatchObject({ needed: 2, required: 70 });
  });

  it.each([
    ["reprimand", "fail"],
    ["warning", "fail"],
    [null, "pass"],
  ] as const)("a member disciplined (%s) in the year: %s, under the \"khiển trách\" reading, flagged", (form, verdict) => {
    const r = memberDiscipline(input("TTLDTT", D98_DAY, unit(members(10, 10, form)), { year: 2024 }))!;
    expect(r.verdict).toBe(verdict);
    expect(r.unconfirmed).toBe(true);
  });

  it("under a province's \"cảnh cáo\" reading, a reprimand no longer bars the collective", () => {
    const warningReading: LayeredEntry = {
      kind: "criterion", code: "TTLDTT", validFrom: "2025-07-01", validTo: null,
      value: { text: "…", memberTitle: "LDTT", memberShare: 0.7, memberDisciplineFrom: "warning" },
      citation: "Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 4 khoản 2", unconfirmed: false, scope: "province", scopePath: "/1/",
    };
    expect(memberDiscipline(input("TTLDTT", D152_DAY, unit(members(10, 10, "reprimand")), { year: 2025, extra: [warningReading] }))!.verdict).toBe("pass");
    expect(memberDiscipline(input("TTLDTT", D152_DAY, unit(members(10, 10, "warning")), { year: 2025, extra: [warningReading] }))!.verdict).toBe("fail");
  });

  it("asks for the list of members when it is not kept", () => {
    const r = memberShare(input("TTLDTT", D98_DAY, unit(null), { year: 2024 }))!;
    expect(r.verdict).toBe("review");
    expect(r.missing[0]?.key).toBe("rules.missing_members");
  });
});

describe("chains: three consecutive CSTĐCS for the provincial title (Law Art. 22)", () => {
  it.each([
    [[2022, 2023, 2024], 2024, "pass"],
    [[2021, 2023, 2024], 2024, "fail"], // broken in 2022
    [[2022, 2023], 2024, "review"], // this year's title can be decided first, in the same round
    [[2023, 2024, 2025], 2025, "pass"],
  ] as const)("CSTĐCS in %j, nominated for %i: %s", (years, year, verdict) => {
    const date = year === 2025 ? D152_DAY : D98_DAY;
    const r = chain(input("CSTD_TINH", date, person({ awards: years.map((y) => award("CSTDCS", y)) }), { year }))!;
    expect(r.verdict).toBe(verdict);
    expect(r.citation).toBe("Điều 22 Luật Thi đua, khen thưởng 2022");
  });

  it("does not count an award for a sudden achievement or a campaign, nor a revoked one, and says so", () => {
    const awards = [award("CSTDCS", 2022, { commendationKind: "theo_dot", decisionNumber: "15/QĐ-UBND" }), award("CSTDCS", 2023), award("CSTDCS", 2024, { revoked: true })];
    const r = chain(input("CSTD_TINH", D98_DAY, person({ awards }), { year: 2024 }))!;
    expect(r.verdict).toBe("fail");
    expect(r.missing).toContainEqual({ key: "rules.missing_award_year", params: { requires: "CSTDCS", year: 2022 } });
    expect(r.missing).toContainEqual({ key: "rules.award_not_counting", params: { requires: "CSTDCS", year: 2022, number: "15/QĐ-UBND", kind: "theo_dot" } });
  });

  it("needs two consecutive provincial titles for the national one (Law Art. 21)", () => {
    expect(chain(input("CSTD_TQ", D152_DAY, person({ awards: [award("CSTD_TINH", 2024), award("CSTD_TINH", 2025)] }), { year: 2025 }))!.verdict).toBe("pass");
    expect(chain(input("CSTD_TQ", D152_DAY, person({ awards: [award("CSTD_TINH", 2023), award("CSTD_TINH", 2025)] }), { year: 2025 }))!.verdict).toBe("fail");
  });
});

describe("holds: no award while under investigation, inspection or a pending complaint (Decree 98/152 Art. 4)", () => {
  it.each([
    [D98_DAY, { reason: "investigation", startsOn: "2024-10-01", endsOn: null }, "fail", /98\/2023/],
    [D152_DAY, { reason: "complaint", startsOn: "2026-01-02", endsOn: "2026-02-01" }, "fail", /152\/2025/],
    [D152_DAY, { reason: "inspection", startsOn: "2025-10-01", endsOn: "2026-01-14" }, "pass", /152\/2025/], // ended the day before
    [D152_DAY, { reason: "inspection", startsOn: "2026-01-15", endsOn: null }, "fail", /152\/2025/], // starts that day
  ] as const)("checked %s with a hold %j: %s", (date, hold, verdict, article) => {
    const r = holds(input("LDTT", date, person({ holds: [hold] })));
    expect(r.verdict).toBe(verdict);
    expect(r.citation).toMatch(article);
  });
});

describe("discipline in the year of the work", () => {
  it("bars a Giấy khen from a reprimand up (the default criteria), flagged for the province to set", () => {
    const r = discipline(input("GK_XA", D152_DAY, person({ disciplines: [{ form: "reprimand", decidedOn: "2025-03-01", endsOn: "2026-02-28" }] }), { year: 2025 }))!;
    expect(r.verdict).toBe("fail");
    expect(r.unconfirmed).toBe(true);
  });

  it("leaves a discipline in the year to the council where the criteria name none, citing Art. 4", () => {
    const r = discipline(input("LDTT", D98_DAY, person({ disciplines: [{ form: "reprimand", decidedOn: "2024-03-01", endsOn: "2024-09-01" }] }), { year: 2024 }))!;
    expect(r.verdict).toBe("review");
    expect(r.citation).toBe("Điều 4 Nghị định 98/2023/NĐ-CP");
  });

  it("counts a discipline decided on the year's last day, or ending on its first", () => {
    expect(discipline(input("GK_XA", D152_DAY, person({ disciplines: [{ form: "warning", decidedOn: "2025-12-31", endsOn: null }] }), { year: 2025 }))!.verdict).toBe("fail");
    expect(discipline(input("GK_XA", D152_DAY, person({ disciplines: [{ form: "warning", decidedOn: "2024-06-01", endsOn: "2025-01-01" }] }), { year: 2025 }))!.verdict).toBe("fail");
    expect(discipline(input("GK_XA", D152_DAY, person({ disciplines: [{ form: "warning", decidedOn: "2026-01-01", endsOn: null }] }), { year: 2025 }))!.verdict).toBe("pass");
  });

  it("ignores a discipline that ended before the year", () => {
    expect(discipline(input("GK_XA", D152_DAY, person({ disciplines: [{ form: "warning", decidedOn: "2023-01-01", endsOn: "2024-12-31" }] }), { year: 2025 }))!.verdict).toBe("pass");
  });
});

describe("one achievement, one award (Law Art. 5(2))", () => {
  it("refuses the same yearly title twice for one year", () => {
    const r = oneAward(input("LDTT", D98_DAY, person({ awards: [award("LDTT", 2024)] }), { year: 2024 }));
    expect(r.verdict).toBe("fail");
    expect(r.reason.params).toMatchObject({ number: "2024/QĐ-UBND" });
  });

  it("flags an achievement already commended, whatever the accents, for a person to decide", () => {
    const awards = [award("GK_XA", 2024, { achievement: "Cứu người đuối nước tại hồ Cam Phú" })];
    const r = oneAward(input("GK_XA", D98_DAY, person({ awards }), { year: 2024, nomination: { achievement: "cuu nguoi duoi nuoc tai ho cam phu", commendationKind: "dot_xuat" } }));
    expect(r.verdict).toBe("review");
  });

  it("lets the same form be given again for a new achievement or a revoked award", () => {
    expect(oneAward(input("LDTT", D98_DAY, person({ awards: [award("LDTT", 2023)] }), { year: 2024 })).verdict).toBe("pass");
    expect(oneAward(input("LDTT", D98_DAY, person({ awards: [award("LDTT", 2024, { revoked: true })] }), { year: 2024 })).verdict).toBe("pass");
  });
});

describe("quotas from the province's data", () => {
  const cap15: LayeredEntry = {
    kind: "quota", code: "CSTDCS", validFrom: "2025-01-01", validTo: null, value: { of: "LDTT", maxShare: 0.15 },
    citation: "Quy định của tỉnh", unconfirmed: false, scope: "province", scopePath: "/1/",
  };
  it("passes without a national cap, saying so and flagged", () => {
    const r = quota(input("CSTDCS", D152_DAY, person()))!;
    expect(r.verdict).toBe("pass");
    expect(r.reason.key).toBe("rules.no_quota");
    expect(r.unconfirmed).toBe(true);
  });
  it.each([
    [20, 3, "pass"], // 15 % of 20 = 3
    [20, 4, "review"],
    [19, 3, "review"], // 2.85 → 2
    [0, 1, "review"],
  ] as const)("with %i LĐTT and %i CSTĐCS put forward: %s", (holders, taken, verdict) => {
    expect(quota(input("CSTDCS", D152_DAY, person(), { extra: [cap15], quota: { holders: { LDTT: holders }, putForward: { CSTDCS: taken } } }))!.verdict).toBe(verdict);
  });
  it("asks for the counts when they are not given", () => {
    expect(quota(input("CSTDCS", D152_DAY, person(), { extra: [cap15] }))!.missing[0]?.key).toBe("rules.missing_quota_counts");
  });
});

describe("a whole check", () => {
  it("says đạt for a well-rated worker with a clean record, decided by the ward in 2024", () => {
    const report = checkEligibility(input("LDTT", D98_DAY, rated(2024, "good"), { year: 2024 }));
    expect(report.verdict).toBe("pass");
    expect(report.results.map((r) => r.rule)).toEqual(["authority", "holds", "rating", "discipline", "one_award"]);
  });

  it("lists everything missing at once", () => {
    const report = checkEligibility(input("CSTDCS", D98_DAY, person(), { year: 2024 }));
    expect(report.verdict).toBe("fail");
    expect(report.missing.map((m) => m.key)).toEqual(["rules.missing_rating", "rules.missing_rating", "rules.missing_initiative"]);
  });

  it("applies the rules of the decision's date: a 2024 nomination under Decree 98, a 2026 one under Decree 152", () => {
    const r2024 = checkEligibility(input("CSTDCS", D98_DAY, rated(2024, "excellent"), { year: 2024 }));
    const r2026 = checkEligibility(input("CSTDCS", D152_DAY, rated(2025, "excellent"), { year: 2025 }));
    expect(r2024.results[0]!.reason.key).toBe("rules.goes_up");
    expect(r2026.results[0]!.reason.key).toBe("rules.decided_here");
    expect(r2024.results.find((r) => r.rule === "holds")!.citation).toMatch(/98\/2023/);
    expect(r2026.results.find((r) => r.rule === "holds")!.citation).toMatch(/152\/2025/);
  });

  it("leaves Gia đình văn hóa's standards to the council, quoting them", () => {
    const r = statedCriteria(input("GDVH", D152_DAY, person({ kind: "household" })))!;
    expect(r.verdict).toBe("review");
    expect(String(r.reason.params?.text)).toMatch(/Gương mẫu chấp hành/);
  });

  it("stops at a form unknown on the decision date", () => {
    const report = checkEligibility(input("GK_HUYEN", D152_DAY, person()));
    expect(report).toMatchObject({ verdict: "fail", results: [{ rule: "authority", reason: { key: "rules.form_unknown" } }] });
  });
});
