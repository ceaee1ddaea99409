// The eligibility check over the database: records gathered in a batch (awards, assessments,
// discipline, holds, initiatives, members) and judged under the catalogue of the decision date,
// with "the level above" as the tree stood that day. Runs on PGlite and on PostgreSQL.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awards, disciplines, households, memberships, people, yearlyAssessments } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { checkCandidates, type NominationToCheck } from "../../src/features/eligibility/check-candidates";
import { insertUnit } from "../../src/features/units/insert-unit";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
const db = () => t.deps.database.db;
let ward: { id: number; path: string };
let group: { id: number; path: string };
let an: number;
let members: number[] = [];
let household: number;

async function person(fullName: string, unitId: number, householdId: number | null = null) {
  const [row] = await db().insert(people).values({ fullName, ...personKeys(fullName), unitId, householdId, householdRole: householdId ? "Chủ hộ" : null }).returning({ id: people.id });
  return row!.id;
}
const award = (personId: number, formCode: string, year: number, over: Partial<typeof awards.$inferInsert> = {}) => ({
  unitId: ward.id, recipientKind: "person", personId, recipientName: "x", searchText: "x", sortKey: "x", formCode, year,
  commendationKind: "cong_trang", decidingBody: "Chủ tịch UBND phường Cam Phú", decisionNumber: `${year}/QĐ-UBND`, decisionDate: `${year}-12-20`, source: "manual", ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  const units = await db().transaction(async (tx) => {
    const province = await insertUnit(tx, { parent: null, name: "Tỉnh Khánh Hòa (thử)", kind: "province" });
    const city = await insertUnit(tx, { parent: province, name: "Thành phố Cam Ranh (thử)", kind: "provincial_city" });
    const w = await insertUnit(tx, { parent: city, name: "Phường Cam Phú (thử)", kind: "ward" });
    const g = await insertUnit(tx, { parent: w, name: "Tổ dân phố Phú Thịnh (thử)", kind: "residential_group" });
    await tx.execute(sql`UPDATE units SET valid_to = '2025-06-30' WHERE id IN (${city.id}, ${w.id})`);
    return { w, g };
  });
  ward = units.w;
  group = units.g;
  an = await person("Nguyễn Văn An", ward.id);
  await db().insert(yearlyAssessments).values([{ personId: an, year: 2024, rating: "excellent" }]);
  await db().insert(awards).values([award(an, "CSTDCS", 2022), award(an, "CSTDCS", 2023), award(an, "LDTT", 2023)]);
  for (let i = 1; i <= 10; i++) members.push(await person(`Thành viên Số ${i}`, group.id));
  await db().insert(memberships).values(members.map((personId) => ({ personId, unitId: group.id, validFrom: "2020-01-01" })));
  await db().insert(awards).values(members.slice(0, 7).map((id) => award(id, "LDTT", 2024)));
  const [h] = await db().insert(households).values({ unitId: group.id, code: "H01" }).returning({ id: households.id });
  household = h!.id;
  await person("Trần Thị Bình", group.id, household);
}, 60_000);
afterAll(() => t.close());

const nomination = (over: Partial<NominationToCheck>): NominationToCheck => ({
  candidate: { kind: "person", id: an }, formCode: "LDTT", year: 2024, commendationKind: "cong_trang", achievement: "", decisionDate: "2024-12-20", unitId: ward.id, ...over,
});

describe("checking nominations against the record", () => {
  it("finds a Lao động tiên tiến decided by the ward, and the year already held refused", async () => {
    const [ok, twice] = await checkCandidates(db(), [nomination({}), nomination({ year: 2023, decisionDate: "2024-01-20" })], { checkedOn: "2024-12-01" });
    expect(ok!.report!.verdict).toBe("pass");
    expect(ok!.report!.results[0]).toMatchObject({ rule: "authority", reason: { key: "rules.decided_here", params: { unit: "Phường Cam Phú (thử)" } } });
    expect(twice!.report!.verdict).toBe("fail");
    expect(twice!.report!.results.find((r) => r.rule === "one_award")!.reason.key).toBe("rules.already_awarded_year");
  });

  it("sends a 2024 CSTĐCS up to the city, and the provincial title finds three years with this year's pending", async () => {
    const [cstdcs, tinh] = await checkCandidates(db(), [nomination({ formCode: "CSTDCS" }), nomination({ formCode: "CSTD_TINH" })], { checkedOn: "2024-12-01" });
    expect(cstdcs!.report!.results[0]!.reason).toMatchObject({ key: "rules.goes_up", params: { unit: "Thành phố Cam Ranh (thử)" } });
    expect(cstdcs!.report!.missing.map((m) => m.key)).toContain("rules.missing_initiative");
    expect(tinh!.report!.results.find((r) => r.rule === "chain")!.verdict).toBe("review");
  });

  it("counts a residential group's members: 7 of 10 LĐTT meets 70 %, a member's reprimand in the year bars it", async () => {
    const check = () => checkCandidates(db(), [nomination({ candidate: { kind: "unit", id: group.id }, formCode: "TTLDTT", unitId: group.id })], { checkedOn: "2024-12-01" });
    const [before] = await check();
    expect(before!.report!.results.find((r) => r.rule === "member_share")).toMatchObject({ verdict: "pass", reason: { params: { holding: 7, total: 10 } } });
    await db().insert(disciplines).values({ personId: members[9]!, form: "reprimand", decidedOn: "2024-08-01", endsOn: "2025-07-31" });
    const [after] = await check();
    expect(after!.report!.results.find((r) => r.rule === "member_discipline")).toMatchObject({ verdict: "fail", reason: { params: { names: "Thành viên Số 10" } } });
  });

  it("counts members put forward in the same batch for LĐTT", async () => {
    const [r] = await checkCandidates(db(), [nomination({ candidate: { kind: "unit", id: group.id }, formCode: "TTLDTT", unitId: group.id })], {
      checkedOn: "2024-12-01",
      memberTitleHolders: new Set([members[7]!]),
    });
    expect(r!.report!.results.find((x) => x.rule === "member_share")!.reason.params).toMatchObject({ holding: 8 });
  });

  it("names a household by its head and leaves Gia đình văn hóa's standards to the council", async () => {
    const [r] = await checkCandidates(db(), [nomination({ candidate: { kind: "household", id: household }, formCode: "GDVH", unitId: group.id })], { checkedOn: "2024-12-01" });
    expect(r!.report!.verdict).toBe("review");
    expect(r!.report!.results.map((x) => x.rule)).toContain("stated_criteria");
  });

  it("counts only members of the year, to its first and last day, holding the member title of that year", async () => {
    const [g] = await db().transaction(async (tx) => [await insertUnit(tx, { parent: ward, name: "Tổ dân phố Biên (thử)", kind: "residential_group" })]);
    const edge = async (name: string, validFrom: string, validTo: string | null, held?: [string, number]) => {
      const id = await person(name, g!.id);
      await db().insert(memberships).values({ personId: id, unitId: g!.id, validFrom, validTo });
      if (held) await db().insert(awards).values(award(id, held[0], held[1]));
      return id;
    };
    await edge("Vào Cuối Năm", "2024-12-31", null, ["LDTT", 2024]);
    await edge("Ra Đầu Năm", "2020-01-01", "2024-01-01", ["LDTT", 2024]);
    await edge("Ra Năm Trước", "2020-01-01", "2023-12-31", ["LDTT", 2024]);
    await edge("Vào Năm Sau", "2025-01-01", null, ["LDTT", 2024]);
    await edge("Danh Hiệu Khác", "2020-01-01", null, ["CSTDCS", 2024]);
    await edge("Năm Khác", "2020-01-01", null, ["LDTT", 2023]);
    const [r] = await checkCandidates(db(), [nomination({ candidate: { kind: "unit", id: g!.id }, formCode: "TTLDTT", unitId: g!.id })], { checkedOn: "2024-12-01" });
    // Four members in 2024 (the one who left in 2023 and the one who came in 2025 are not), two of them LĐTT of 2024.
    expect(r!.report!.results.find((x) => x.rule === "member_share")!.reason.params).toMatchObject({ holding: 2, total: 4 });
  });

  it("answers nothing for a candidate that does not exist", async () => {
    const [r] = await checkCandidates(db(), [nomination({ candidate: { kind: "person", id: 987_654 } })], { checkedOn: "2024-12-01" });
    expect(r!.report).toBeNull();
  });
});
