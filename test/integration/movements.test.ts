// Movements: launched from an issued plan or on their own, with milestones inside the period,
// linked standing movements and participants; criteria fixed at launch; a higher level's
// movement given to its subordinate units as their own parts; registrations submitted once
// (even when sent twice at once), returned with a reason, accepted; who has not registered.
// Runs on PGlite and on PostgreSQL.
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { criteria, movements, registrations, registrationTargets } from "../../src/db/schema";
import { CAM_PHU_PLAN } from "../../src/features/demo/cam-phu-plan";
import { createPlan } from "../../src/features/documents/create-plan";
import { issueDocument } from "../../src/features/documents/issue-document";
import { submitDocument } from "../../src/features/documents/submit-document";
import { listMovementsCommand } from "../../src/features/movements/cli";
import { createMovement } from "../../src/features/movements/create-movement";
import { acceptRegistration, returnRegistration } from "../../src/features/movements/decide-registration";
import { getMovement } from "../../src/features/movements/get-movement";
import { closeMovement, launchMovement } from "../../src/features/movements/launch-movement";
import { launchToSubordinates } from "../../src/features/movements/launch-to-subordinates";
import { listMovements } from "../../src/features/movements/list-movements";
import { addCriterion, updateCriterion } from "../../src/features/movements/save-criterion";
import { submitRegistration } from "../../src/features/movements/submit-registration";
import { updateMovement } from "../../src/features/movements/update-movement";
import { SEED_MILESTONES_2024 } from "../../src/domain/movements/movement";
import { loadActor, type Actor } from "../../src/platform/actor";
import { Forbidden, NotFound, type ValidationError } from "../../src/platform/errors";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";
import { fieldsOf } from "../support/validation";

let t: TestApp;
let wardId: number;
let ward: { id: number; path: string };
let group1: number;
let group2: number;
let women: number;
let otherGroup: number;
let planId: number;
let chairman: Actor;
let secretary: Actor;
let womenOfficial: Actor;
let groupReporter: Actor;
let strangerReporter: Actor;
let secretaryClient: WebClient;
let womenClient: WebClient;
const db = () => t.deps.database.db;
const actorOf = async (id: number) => (await loadActor(db(), id))!;
const quick = { docx: async () => Buffer.from("PK quick"), pdf: async () => Buffer.from("%PDF- quick") };


const CAMPAIGN = {
  name: "Phong trào thi đua chào mừng 70 năm Chiến thắng Điện Biên Phủ và 80 năm Ngày thành lập QĐND Việt Nam",
  kind: "campaign",
  startsOn: "2024-03-21",
  endsOn: "2024-12-31",
  registrationDeadline: "2024-04-15",
  description: "Theo Kế hoạch của UBND phường.",
  milestones: [
    ...SEED_MILESTONES_2024,
    { on: "2024-07-15", name: "Sơ kết 6 tháng", kind: "interim_review" },
    { on: "2024-11-15", name: "Tổng kết phong trào", kind: "final_review" },
  ],
};

/** A launched campaign of the ward with two criteria (one for residential groups only) and three participants. */
async function launchedCampaign(name: string) {
  const m = await createMovement(secretary, { ...CAMPAIGN, name, unitId: wardId, participantIds: [group1, group2, women] }, db());
  const talks = await addCriterion(secretary, m.id, { groupName: "Tuyên truyền", name: "Buổi sinh hoạt chuyên đề về truyền thống", measure: "number", target: "4", unitLabel: "buổi" }, db());
  const households = await addCriterion(secretary, m.id, { groupName: "Tuyên truyền", name: "Tỷ lệ hộ gia đình được tuyên truyền", measure: "percent", target: "90", appliesTo: "residential_group" }, db());
  await launchMovement(secretary, m.id, db());
  return { movement: m, talks, households };
}

beforeAll(async () => {
  t = await startTestApp();
  ({ wardId } = await setUpWard(t));
  ward = { id: wardId, path: `/${wardId}/` };
  group1 = (await addUnit(t, ward, "Tổ dân phố Phú Bình")).id;
  group2 = (await addUnit(t, ward, "Tổ dân phố Phú Hải")).id;
  women = (await addUnit(t, ward, "Hội Liên hiệp Phụ nữ phường", "mass_organisation")).id;
  const otherWard = await addUnit(t, null, "Phường Ba Ngòi", "ward");
  otherGroup = (await addUnit(t, otherWard, "Tổ dân phố Ba Ngòi 1")).id;
  const c = await personWithRole(t, "chairman", wardId, "Đỗ Xuân Chiến");
  const s = await personWithRole(t, "council_secretary", wardId, "Lê Thị Thường Trực");
  const w = await personWithRole(t, "organisation", women, "Nguyễn Thị Phụ Nữ");
  const g = await personWithRole(t, "reporter", group1, "Trần Văn Tổ Trưởng");
  const o = await personWithRole(t, "reporter", otherGroup, "Phạm Văn Ba Ngòi");
  [chairman, secretary, womenOfficial, groupReporter, strangerReporter] = await Promise.all([actorOf(c.user.id), actorOf(s.user.id), actorOf(w.user.id), actorOf(g.user.id), actorOf(o.user.id)]);
  secretaryClient = s.client;
  womenClient = w.client;

  const plan = await createPlan(secretary, { ...CAM_PHU_PLAN, unitId: wardId, recipients: [{ label: "Hội LHPN phường", unitId: women }, { label: "Phòng Nội vụ tp" }] }, db());
  await submitDocument(secretary, plan.id, db());
  await issueDocument(chairman, plan.id, { signingForm: "TM", issuedOn: "2024-03-21" }, db(), { baseUrl: "http://thidua.test", renderers: quick });
  planId = plan.id;
}, 60_000);
afterAll(() => t.close());
const BASE = { baseUrl: "http://thidua.test" };

describe("launching a movement", () => {
  it("starts one from the issued plan, with milestones, a linked standing movement and participants", async () => {
    const standing = await createMovement(secretary, { unitId: wardId, name: "Vì người nghèo - Không để ai bị bỏ lại phía sau", kind: "regular", startsOn: "2021-01-01", endsOn: "2025-12-31" }, db());
    const m = await createMovement(secretary, { ...CAMPAIGN, unitId: wardId, planDocumentId: planId, linkedIds: [standing.id], participantIds: [group1, group2, women] }, db());
    expect(m).toMatchObject({ status: "draft", planDocumentId: planId, parentId: null, kind: "campaign" });
    const view = await getMovement(secretary, db(), m.id);
    expect(view.plan).toMatchObject({ id: planId, numberSymbol: "01/KH-UBND" });
    expect(view.milestones.map((x) => [x.on, x.kind])).toEqual([["2024-05-07", "anniversary"], ["2024-07-15", "interim_review"], ["2024-11-15", "final_review"], ["2024-12-22", "anniversary"]]);
    expect(view.linked.map((l) => l.name)).toEqual(["Vì người nghèo - Không để ai bị bỏ lại phía sau"]);
    expect(view.participants.map((p) => p.name).sort()).toEqual(["Hội Liên hiệp Phụ nữ phường", "Tổ dân phố Phú Bình", "Tổ dân phố Phú Hải"]);
    expect(view.can).toMatchObject({ edit: true, launch: true, editCriteria: true, close: false });

    // Launching needs a criterion; both problems at once on an empty movement.
    expect(await fieldsOf(launchMovement(secretary, m.id, db()))).toEqual({ criteria: "errors.movement_needs_criterion" });
    const bare = await createMovement(secretary, { ...CAMPAIGN, milestones: [], unitId: wardId, name: "Phong trào trống" }, db());
    expect(await fieldsOf(launchMovement(secretary, bare.id, db()))).toEqual({ participants: "errors.movement_needs_participant", criteria: "errors.movement_needs_criterion" });

    await addCriterion(secretary, m.id, { groupName: "Tôn vinh", name: "Tổ chức gặp mặt nhân chứng lịch sử", measure: "boolean", target: "3" }, db());
    const launched = await launchMovement(secretary, m.id, db());
    expect(launched.status).toBe("launched");
    expect(await fieldsOf(updateMovement(secretary, m.id, { ...CAMPAIGN }, db()))).toEqual({ _form: "errors.movement_not_draft" });
    expect(await fieldsOf(launchMovement(secretary, m.id, db()))).toEqual({ _form: "errors.movement_not_draft" });
  });

  it("refuses bad input with a field error for each problem and writes nothing", async () => {
    const [before] = await db().select({ n: count() }).from(movements);
    const draftPlan = await createPlan(secretary, { unitId: wardId, summary: "Kế hoạch chưa ban hành" }, db());
    const problems = await fieldsOf(
      createMovement(secretary, {
        ...CAMPAIGN, unitId: wardId, planDocumentId: draftPlan.id, registrationDeadline: "2025-01-10",
        milestones: [{ on: "2024-05-07", name: "Điện Biên Phủ" }, { on: "2025-05-07", name: "Quá hạn" }], participantIds: [otherGroup],
      }, db()),
    );
    expect(problems).toEqual({
      registrationDeadline: "errors.movement_deadline_outside",
      "milestones.1.on": "errors.movement_milestone_outside",
      planDocumentId: "errors.movement_plan_unknown",
      participantIds: "errors.movement_participant_unknown",
    });
    expect(await fieldsOf(createMovement(secretary, { ...CAMPAIGN, unitId: wardId, endsOn: "2024-01-01" }, db()))).toEqual({ endsOn: "errors.end_before_start" });
    expect(await fieldsOf(createMovement(secretary, { unitId: wardId, name: "", startsOn: "2024-02-30", endsOn: "" }, db()))).toEqual({
      name: "errors.required", kind: "errors.movement_choose_kind", startsOn: "errors.date_invalid", endsOn: "errors.date_required",
    });
    // A residential group takes part; it does not launch.
    expect(await fieldsOf(createMovement(secretary, { ...CAMPAIGN, unitId: group1 }, db()))).toEqual({ unitId: "errors.movement_unit_cannot_launch" });
    await expect(createMovement(secretary, { ...CAMPAIGN, unitId: 987_654 }, db())).rejects.toBeInstanceOf(NotFound);
    await expect(createMovement(womenOfficial, { ...CAMPAIGN, unitId: wardId }, db())).rejects.toBeInstanceOf(NotFound);
    const [after] = await db().select({ n: count() }).from(movements);
    expect(after!.n).toBe(before!.n);

    // The page shows the problems in Vietnamese and keeps what was typed.
    await secretaryClient.get("/movements/new");
    const page = await secretaryClient.post("/movements/new", {
      unitId: String(wardId), name: "Phong trào thử", kind: "campaign", startsOn: "2024-03-21", endsOn: "2024-12-31",
      "milestones.0.on": "2025-05-07", "milestones.0.name": "Ngoài thời gian", "milestones.0.kind": "anniversary",
    });
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toContain("Mốc phải nằm trong thời gian của phong trào: ngày của mốc 1");
    expect(page.text).toContain('value="Ngoài thời gian"');

    // The API answers 422 with the fields, never 500.
    const api = await secretaryClient.request("/api/v1/movements", {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": secretaryClient.csrf! },
      body: JSON.stringify({ ...CAMPAIGN, unitId: wardId, startsOn: "không phải ngày" }),
    });
    expect(api.status).toBe(422);
    expect(JSON.parse(api.text).error.fields.startsOn).toBe("Ngày không hợp lệ: không phải ngày. Nhập ngày dạng dd/mm/yyyy, ví dụ 21/03/2024");
  });
});

describe("criteria and targets", () => {
  it("checks targets by measure, edits them while draft and fixes them at launch", async () => {
    const m = await createMovement(secretary, { ...CAMPAIGN, unitId: wardId, name: "Phong trào có tiêu chí", participantIds: [group1] }, db());
    const base = { groupName: "Tuyên truyền", name: "Tỷ lệ hộ được tuyên truyền" };
    expect(await fieldsOf(addCriterion(secretary, m.id, { ...base, measure: "percent", target: "120" }, db()))).toEqual({ target: "errors.movement_percent_range" });
    expect(await fieldsOf(addCriterion(secretary, m.id, { ...base, measure: "number", target: "bốn" }, db()))).toEqual({ target: "errors.movement_not_a_number" });
    expect(await fieldsOf(addCriterion(secretary, m.id, { ...base, measure: "number", target: "" }, db()))).toEqual({ target: "errors.movement_target_required" });
    expect(await fieldsOf(addCriterion(secretary, m.id, { ...base, measure: "number", target: "4", maxPoints: "-1", appliesTo: "planet" }, db()))).toEqual({ appliesTo: "errors.choose_kind" });
    expect(await fieldsOf(addCriterion(secretary, m.id, { ...base, measure: "number", target: "4", maxPoints: "-1" }, db()))).toEqual({ maxPoints: "errors.movement_not_negative" });
    expect(await fieldsOf(addCriterion(secretary, m.id, { groupName: "", name: "x", measure: "kilo" }, db()))).toEqual({ groupName: "errors.required", measure: "errors.movement_choose_measure" });
    const [none] = await db().select({ n: count() }).from(criteria).where(eq(criteria.movementId, m.id));
    expect(none!.n).toBe(0);

    const percent = await addCriterion(secretary, m.id, { ...base, measure: "percent", target: "87,5", maxPoints: "10", bonusPoints: "2", appliesTo: "residential_group" }, db());
    expect(percent).toMatchObject({ target: 87.5, unitLabel: "%", maxPoints: 10, bonusPoints: 2, appliesTo: "residential_group", position: 1 });
    const yes = await addCriterion(secretary, m.id, { groupName: "Tôn vinh", name: "Thăm gia đình chính sách", measure: "boolean", target: "5" }, db());
    expect(yes).toMatchObject({ target: null, position: 2 });
    const changed = await updateCriterion(secretary, m.id, percent.id, { ...base, measure: "percent", target: "95", appliesTo: "" }, db());
    expect(changed).toMatchObject({ target: 95, appliesTo: null, maxPoints: null });
    await expect(updateCriterion(secretary, m.id, 999_999, { ...base, measure: "number", target: "1" }, db())).rejects.toBeInstanceOf(NotFound);

    const view = await getMovement(secretary, db(), m.id);
    expect(view.groups.map((g) => g.groupName)).toEqual(["Tuyên truyền", "Tôn vinh"]);
    await launchMovement(secretary, m.id, db());
    expect(await fieldsOf(addCriterion(secretary, m.id, { ...base, measure: "number", target: "1" }, db()))).toEqual({ _form: "errors.movement_criteria_fixed" });
    expect(await fieldsOf(updateCriterion(secretary, m.id, percent.id, { ...base, measure: "number", target: "1" }, db()))).toEqual({ _form: "errors.movement_criteria_fixed" });
    await expect(addCriterion(groupReporter, m.id, { ...base, measure: "number", target: "1" }, db())).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("registrations", () => {
  it("registers, flags a lower target, returns with a reason, takes the correction and accepts it", async () => {
    const { movement: m, talks, households } = await launchedCampaign("Phong trào đăng ký");
    // The women's union gets only the criterion for everyone; committing 3 of 4 sessions is allowed and flagged.
    const first = await submitRegistration(womenOfficial, m.id, { unitId: women, targets: { [talks.id]: "3" }, titles: ["TTLDTT"], otherTitle: "Bằng khen của Trung ương Hội" }, db());
    expect(first).toMatchObject({ status: "submitted", titles: ["TTLDTT"], otherTitle: "Bằng khen của Trung ương Hội" });
    // Titles are catalogue codes of the forms for collectives and units in force on the movement's start (21/3/2024).
    expect(await fieldsOf(submitRegistration(womenOfficial, m.id, { unitId: women, titles: ["TTLDTT", "LDTT", "KHONG_CO"] }, db()))).toEqual({ "titles.1": "errors.movement_title_not_in_force", "titles.2": "errors.movement_title_not_in_force" });
    const named = await submitRegistration(womenOfficial, m.id, { unitId: women, titles: ["KHONG_CO"] }, db()).catch((e: ValidationError) => e.fields);
    expect(named).toEqual({ "titles.0": { key: "errors.movement_title_not_in_force", params: { code: "KHONG_CO", date: "21/03/2024" } } });
    expect(await fieldsOf(submitRegistration(womenOfficial, m.id, { unitId: women, targets: { [households.id]: "90" } }, db()))).toEqual({ [`targets.${households.id}`]: "errors.movement_criterion_unknown" });
    expect(await fieldsOf(submitRegistration(womenOfficial, m.id, { unitId: women, targets: { [talks.id]: "-2" }, titles: ["Huân chương"] }, db()))).toEqual({ "titles.0": "errors.movement_title_unknown" });
    expect(await fieldsOf(submitRegistration(womenOfficial, m.id, { unitId: women, targets: { [talks.id]: "-2" } }, db()))).toEqual({ [`targets.${talks.id}`]: "errors.movement_not_negative" });
    let view = await getMovement(secretary, db(), m.id);
    expect(view.registrations.map((r) => [r.unitName, r.status, r.belowTarget])).toEqual([["Hội Liên hiệp Phụ nữ phường", "submitted", true]]);

    // A residential group: an empty target takes the movement's own; a percentage above 100 is refused.
    expect(await fieldsOf(submitRegistration(groupReporter, m.id, { unitId: group1, targets: { [households.id]: "101" } }, db()))).toEqual({ [`targets.${households.id}`]: "errors.movement_percent_range" });
    const grp = await submitRegistration(groupReporter, m.id, { unitId: group1, targets: { [talks.id]: "", [households.id]: "95" } }, db());
    const targets = await db().select().from(registrationTargets).where(eq(registrationTargets.registrationId, grp.id));
    expect(Object.fromEntries(targets.map((x) => [x.criterionId, x.target]))).toEqual({ [talks.id]: 4, [households.id]: 95 });

    expect(await fieldsOf(returnRegistration(secretary, first.id, { reason: "" }, db(), BASE))).toEqual({ reason: "errors.reason_required" });
    await expect(returnRegistration(womenOfficial, first.id, { reason: "Tự trả lại đăng ký" }, db(), BASE)).rejects.toBeInstanceOf(Forbidden);
    const returned = await returnRegistration(secretary, first.id, { reason: "Đề nghị đăng ký đủ 4 buổi sinh hoạt chuyên đề" }, db(), BASE);
    expect(returned).toMatchObject({ status: "returned", reason: "Đề nghị đăng ký đủ 4 buổi sinh hoạt chuyên đề" });
    expect(await fieldsOf(acceptRegistration(secretary, first.id, db()))).toEqual({ _form: "errors.movement_registration_not_submitted" });

    const again = await submitRegistration(womenOfficial, m.id, { unitId: women, targets: { [talks.id]: "4" }, titles: ["TTLDXS"] }, db());
    expect(again).toMatchObject({ id: first.id, status: "submitted", reason: null, titles: ["TTLDXS"], otherTitle: null });
    const accepted = await acceptRegistration(secretary, first.id, db());
    expect(accepted.status).toBe("accepted");
    expect(await fieldsOf(submitRegistration(womenOfficial, m.id, { unitId: women }, db()))).toEqual({ _form: "errors.movement_registration_settled" });
    view = await getMovement(secretary, db(), m.id);
    expect(view.registrations.find((r) => r.unitId === women)).toMatchObject({ status: "accepted", belowTarget: false });

    await closeMovement(secretary, m.id, db());
    expect(await fieldsOf(submitRegistration(groupReporter, m.id, { unitId: group1 }, db()))).toEqual({ _form: "errors.movement_closed" });
  });

  it("keeps one registration when the same one is sent twice at once", async () => {
    const { movement: m, talks } = await launchedCampaign("Phong trào bấm hai lần");
    const input = { unitId: women, targets: { [talks.id]: "5" }, titles: ["CO_TINH"] };
    const [a, b] = await Promise.all([submitRegistration(womenOfficial, m.id, input, db()), submitRegistration(womenOfficial, m.id, input, db())]);
    expect(a.id).toBe(b.id);
    const rows = await db().select().from(registrations).where(eq(registrations.movementId, m.id));
    expect(rows).toHaveLength(1);
    const targets = await db().select().from(registrationTargets).where(eq(registrationTargets.registrationId, a.id));
    expect(targets.map((x) => x.target)).toEqual([5]);

    // Twice through the page: one row still.
    await womenClient.get(`/movements/${m.id}/registrations/${women}`);
    const form = { [`targets.${talks.id}`]: "6", "title.CO_TINH": "on" };
    const [p1, p2] = await Promise.all([womenClient.post(`/movements/${m.id}/registrations/${women}`, form), womenClient.post(`/movements/${m.id}/registrations/${women}`, form)]);
    expect([p1.status, p2.status]).toEqual([303, 303]);
    expect(await db().select().from(registrations).where(eq(registrations.movementId, m.id))).toHaveLength(1);
  });

  it("offers the titles and forms for collectives and units in force on the movement's start, by name, and shows them by name", async () => {
    const { movement: m, talks } = await launchedCampaign("Phong trào danh hiệu");
    const form = textOf((await womenClient.get(`/movements/${m.id}/registrations/${women}`)).text);
    expect(form).toContain("Tập thể lao động tiên tiến");
    expect(form).toContain("Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện"); // 2024: the district level still existed
    expect(form).not.toContain("Chiến sĩ thi đua cơ sở"); // a title for individuals
    const bad = await womenClient.post(`/movements/${m.id}/registrations/${women}`, { [`targets.${talks.id}`]: "4", "title.LDTT": "on" });
    expect(bad.status).toBe(422);
    expect(textOf(bad.text)).toContain("Danh hiệu, hình thức mã LDTT không có trong danh mục áp dụng cho tập thể, đơn vị ngày 21/03/2024");
    const res = await womenClient.post(`/movements/${m.id}/registrations/${women}`, { [`targets.${talks.id}`]: "4", "title.TTLDTT": "on", "title.CO_TINH": "on", otherTitle: "Bằng khen của Trung ương Hội" });
    expect(res.status).toBe(303);
    const [stored] = await db().select().from(registrations).where(eq(registrations.movementId, m.id));
    expect(stored).toMatchObject({ titles: ["TTLDTT", "CO_TINH"], otherTitle: "Bằng khen của Trung ương Hội" });
    const overview = textOf((await secretaryClient.get(`/movements/${m.id}`)).text);
    expect(overview).toContain("Tập thể lao động tiên tiến; Cờ thi đua của bộ, ban, ngành, tỉnh; Bằng khen của Trung ương Hội");
    // The form shows what was stored, ticked, with the other title.
    const again = (await womenClient.get(`/movements/${m.id}/registrations/${women}`)).text;
    expect(again).toMatch(/name="title\.TTLDTT" value="on" checked/);
    expect(again).toContain('value="Bằng khen của Trung ương Hội"');
  });

  it("refuses a unit's registration to officials of other units", async () => {
    const { movement: m } = await launchedCampaign("Phong trào phân quyền");
    // Another ward's reporter cannot even see the movement.
    await expect(submitRegistration(strangerReporter, m.id, { unitId: group1 }, db())).rejects.toBeInstanceOf(NotFound);
    // A residential group's reporter sees it (the group takes part) but cannot register for the women's union.
    await expect(submitRegistration(groupReporter, m.id, { unitId: women }, db())).rejects.toBeInstanceOf(Forbidden);
    expect(await fieldsOf(submitRegistration(secretary, m.id, { unitId: otherGroup }, db()))).toEqual({ unitId: "errors.movement_not_participant" });
    const page = await womenClient.post(`/movements/${m.id}/registrations/${group1}`, {});
    expect(page.status).toBe(403);
    expect(await db().select().from(registrations).where(eq(registrations.movementId, m.id))).toHaveLength(0);
  });

  it("takes a registration with no criterion for the unit, and decides only a registration that exists in a running movement", async () => {
    const m = await createMovement(secretary, { ...CAMPAIGN, name: "Phong trào chỉ cho tổ dân phố", unitId: wardId, participantIds: [group1, women] }, db());
    await addCriterion(secretary, m.id, { groupName: "Tuyên truyền", name: "Tỷ lệ hộ được tuyên truyền", measure: "percent", target: "90", appliesTo: "residential_group" }, db());
    await launchMovement(secretary, m.id, db());
    const reg = await submitRegistration(womenOfficial, m.id, { unitId: women, titles: ["TTLDTT"] }, db());
    expect(reg.status).toBe("submitted");
    expect(await db().select().from(registrationTargets).where(eq(registrationTargets.registrationId, reg.id))).toEqual([]);
    await expect(acceptRegistration(secretary, 999_999, db())).rejects.toBeInstanceOf(NotFound);
    await expect(submitRegistration(secretary, 999_999, { unitId: women }, db())).rejects.toBeInstanceOf(NotFound);
    await closeMovement(secretary, m.id, db());
    expect(await fieldsOf(acceptRegistration(secretary, reg.id, db()))).toEqual({ _form: "errors.movement_not_launched" });
  });

  it("lists who has not registered, overdue once the deadline has passed", async () => {
    const { movement: m } = await launchedCampaign("Phong trào chưa đăng ký");
    await submitRegistration(groupReporter, m.id, { unitId: group1 }, db());
    const before = await getMovement(secretary, db(), m.id, "2024-04-15");
    expect(before.missing.map((x) => [x.participant.name, x.overdue])).toEqual([["Hội Liên hiệp Phụ nữ phường", false], ["Tổ dân phố Phú Hải", false]]);
    const after = await getMovement(secretary, db(), m.id, "2024-04-16");
    expect(after.missing.every((x) => x.overdue)).toBe(true);
    // Today is long after 15/4/2024: the page highlights them.
    const page = textOf((await secretaryClient.get(`/movements/${m.id}`)).text);
    expect(page).toContain("2 đơn vị chưa đăng ký dù đã quá hạn ngày 15 tháng 4 năm 2024.");
    expect(page).toContain("Tổ dân phố Phú Hải – quá hạn đăng ký");
    const api = await secretaryClient.get(`/api/v1/movements/${m.id}/not-registered`);
    expect(JSON.parse(api.text)).toMatchObject({ deadline: "2024-04-15", units: [{ name: "Hội Liên hiệp Phụ nữ phường", overdue: true }, { name: "Tổ dân phố Phú Hải", overdue: true }] });
  });
});

describe("a higher level launching to its subordinate units", () => {
  it("gives each chosen subordinate its own part, once, which it runs and sees in its list", async () => {
    const province = await addUnit(t, null, "Tỉnh Thử Nghiệm", "province");
    const wardA = await addUnit(t, province, "Phường Thử A", "ward");
    const wardB = await addUnit(t, province, "Phường Thử B", "ward");
    const groupA = await addUnit(t, wardA, "Tổ dân phố A1");
    const provincialPerson = await personWithRole(t, "council_secretary", province.id, "Thường Trực Tỉnh");
    const provincial = await actorOf(provincialPerson.user.id);
    const wardASecretary = await actorOf((await personWithRole(t, "council_secretary", wardA.id, "Thường Trực Phường A")).user.id);

    const m = await createMovement(provincial, { ...CAMPAIGN, unitId: province.id, name: "Phong trào thi đua của tỉnh" }, db());
    await addCriterion(provincial, m.id, { groupName: "Chung", name: "Buổi tuyên truyền", measure: "number", target: "6", unitLabel: "buổi" }, db());
    expect(await fieldsOf(launchToSubordinates(provincial, m.id, { unitIds: [group1] }, db()))).toEqual({ unitIds: "errors.movement_subordinate_unknown" });
    expect(await fieldsOf(launchToSubordinates(provincial, m.id, { unitIds: [] }, db()))).toEqual({ unitIds: "errors.movement_choose_subordinate" });
    await expect(launchToSubordinates(wardASecretary, m.id, { unitIds: "all" }, db())).rejects.toBeInstanceOf(NotFound);

    const empty = await createMovement(provincial, { ...CAMPAIGN, unitId: province.id, name: "Phong trào chưa có tiêu chí" }, db());
    expect(await fieldsOf(launchToSubordinates(provincial, empty.id, { unitIds: "all" }, db()))).toEqual({ criteria: "errors.movement_needs_criterion" });

    // Launching to subordinates launches the province's movement too; its criteria are then fixed.
    const first = await launchToSubordinates(provincial, m.id, { unitIds: [wardA.id] }, db());
    expect((await getMovement(provincial, db(), m.id)).movement.status).toBe("launched");
    expect(first.created.map((c) => c.unitId)).toEqual([wardA.id]);
    // The rest through the page: the panel offers only the units without their part.
    const page = await provincialPerson.client.get(`/movements/${m.id}`);
    expect(textOf(page.text)).toContain("Phát động tới đơn vị cấp dưới");
    expect(page.text).not.toContain(`name="sub.${wardA.id}"`);
    expect((await provincialPerson.client.post(`/movements/${m.id}/subordinates`, {})).status).toBe(422);
    const sent = await provincialPerson.client.post(`/movements/${m.id}/subordinates`, { [`sub.${wardB.id}`]: "on" });
    expect(sent.location).toBe(`/movements/${m.id}?parts=1`);
    expect(textOf((await provincialPerson.client.get(`/movements/${m.id}`)).text)).not.toContain("Phát động tới đơn vị cấp dưới");
    const all = await launchToSubordinates(provincial, m.id, { unitIds: "all" }, db());
    expect(all.created).toEqual([]);
    expect(all.skipped).toBe(2);

    const partId = first.created[0]!.id;
    const part = await getMovement(wardASecretary, db(), partId);
    expect(part.movement).toMatchObject({ parentId: m.id, unitId: wardA.id, name: "Phong trào thi đua của tỉnh", status: "draft", startsOn: "2024-03-21", endsOn: "2024-12-31" });
    expect(part.milestones).toHaveLength(4);
    expect(part.criteria.map((c) => [c.name, c.target])).toEqual([["Buổi tuyên truyền", 6]]);
    expect(part.parent).toMatchObject({ id: m.id });
    const list = await listMovements(wardASecretary, db(), {});
    expect(list.movements.map((x) => x.id)).toEqual([partId]);

    // The ward runs its part: its own participants, then launch.
    await updateMovement(wardASecretary, partId, { ...CAMPAIGN, name: "Phong trào thi đua của tỉnh", participantIds: [groupA.id] }, db());
    expect((await launchMovement(wardASecretary, partId, db())).status).toBe("launched");
    // The province sees every part.
    expect((await getMovement(provincial, db(), m.id)).parts.map((p) => p.unitId).sort()).toEqual([wardA.id, wardB.id].sort());

    const rows = await listMovementsCommand(db(), {});
    const row = rows.find((r) => r.id === partId)!;
    expect(row).toMatchObject({ name: "Phong trào thi đua của tỉnh", kind: "campaign", unit: "Phường Thử A", status: "launched", parentId: m.id, startsOn: "2024-03-21" });
    expect(row.milestones[0]).toEqual({ on: "2024-05-07", name: "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", kind: "anniversary" });
  });
});

describe("pages", () => {
  it("shows the list, the forms and the overview to those who may see them", async () => {
    const { movement: m } = await launchedCampaign("Phong trào trên trang");
    for (const path of ["/movements", "/movements/new", `/movements/${m.id}`, `/movements/${m.id}/registrations/${women}`]) {
      expect((await secretaryClient.get(path)).status, path).toBe(200);
    }
    expect(textOf((await womenClient.get("/movements")).text)).toContain("Phong trào trên trang");
    expect(textOf((await womenClient.get(`/movements/${m.id}`)).text)).toContain("Đăng ký cho Hội Liên hiệp Phụ nữ phường");
    expect((await womenClient.get("/movements/new")).status).toBe(200);
    expect((await womenClient.get(`/movements/${m.id}/edit`)).status).toBe(403);
    expect((await secretaryClient.get(`/movements/${m.id}/edit`)).location).toBe(`/movements/${m.id}`);
    expect((await secretaryClient.get("/movements/abc")).status).toBe(404);
    expect((await secretaryClient.get(`/movements/${m.id}/registrations/${otherGroup}`)).status).toBe(404);
    const openapi = JSON.parse((await secretaryClient.get("/api/v1/openapi.json")).text);
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/movements", "/movements/{id}/launch-to-subordinates", "/movements/{id}/registrations", "/registrations/{id}/return", "/movements/{id}/not-registered"]));
  });
});

describe("who launches and closes", () => {
  it("lets only the movement's managers launch, close or send it to subordinates; a council member who reads it cannot", async () => {
    const member = await actorOf((await personWithRole(t, "council_member", wardId, "Phạm Văn Ủy Viên")).user.id);
    const draft = await createMovement(secretary, { ...CAMPAIGN, unitId: wardId, name: "Phong trào ủy viên xem", participantIds: [group1] }, db());
    await addCriterion(secretary, draft.id, { groupName: "Chung", name: "Buổi tuyên truyền", measure: "number", target: "2" }, db());
    expect((await getMovement(member, db(), draft.id)).movement.id).toBe(draft.id);
    await expect(launchMovement(member, draft.id, db())).rejects.toBeInstanceOf(Forbidden);
    await expect(launchToSubordinates(member, draft.id, { unitIds: "all" }, db())).rejects.toBeInstanceOf(Forbidden);
    expect(await fieldsOf(closeMovement(secretary, draft.id, db()))).toEqual({ _form: "errors.movement_not_launched" });
    await launchMovement(secretary, draft.id, db());
    await expect(closeMovement(member, draft.id, db())).rejects.toBeInstanceOf(Forbidden);
    // A ward's units take part in its movements; it has no subordinate units to send one to.
    expect(await fieldsOf(launchToSubordinates(secretary, draft.id, { unitIds: "all" }, db()))).toEqual({ unitIds: "errors.movement_no_subordinates" });
    await closeMovement(secretary, draft.id, db());
    expect(await fieldsOf(closeMovement(secretary, draft.id, db()))).toEqual({ _form: "errors.movement_not_launched" });
    expect(await fieldsOf(launchToSubordinates(secretary, draft.id, { unitIds: "all" }, db()))).toEqual({ _form: "errors.movement_closed" });
  });

  it("sends a movement without milestones to subordinate units", async () => {
    const province = await addUnit(t, null, "Tỉnh Không Mốc", "province");
    const wardC = await addUnit(t, province, "Phường Thử C", "ward");
    const provincial = await actorOf((await personWithRole(t, "council_secretary", province.id, "Thường Trực Tỉnh Hai")).user.id);
    const m = await createMovement(provincial, { ...CAMPAIGN, milestones: [], unitId: province.id, name: "Phong trào không có mốc" }, db());
    await addCriterion(provincial, m.id, { groupName: "Chung", name: "Buổi tuyên truyền", measure: "number", target: "6" }, db());
    const sent = await launchToSubordinates(provincial, m.id, { unitIds: "all" }, db());
    expect(sent.created.map((c) => c.unitId)).toEqual([wardC.id]);
    expect((await getMovement(provincial, db(), sent.created[0]!.id)).milestones).toEqual([]);
  });
});

describe("who is offered what", () => {
  it("offers a new movement only to those who manage movements somewhere", async () => {
    expect((await secretaryClient.get("/movements")).text).toContain('href="/movements/new"');
    const page = await womenClient.get("/movements");
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('href="/movements/new"');
  });

  it("finds a movement by the largest id PostgreSQL holds", async () => {
    const movement = await createMovement(secretary, { unitId: wardId, name: "Phong trào số lớn nhất", kind: "campaign", startsOn: "2024-03-21", endsOn: "2024-12-31" }, db());
    await db().execute(sql`UPDATE movements SET id = 2147483647 WHERE id = ${movement.id}`);
    expect((await secretaryClient.get("/movements/2147483647")).status).toBe(200);
    expect((await secretaryClient.get("/movements/2147483648")).status).toBe(404);
  });
});

describe("the API with malformed input", () => {
  it("answers every malformed body or id with 4xx JSON, never 500, and writes nothing", async () => {
    const { movement: m } = await launchedCampaign("Phong trào dữ liệu xấu");
    const [before] = await db().select({ n: count() }).from(movements);
    const [regsBefore] = await db().select({ n: count() }).from(registrations);
    const posts = [
      "/movements", `/movements/${m.id}`, `/movements/${m.id}/launch-to-subordinates`, `/movements/${m.id}/criteria`, `/movements/${m.id}/criteria/1`,
      `/movements/${m.id}/registrations`, "/registrations/1/return", "/movements/99999999999/criteria", "/registrations/99999999999/accept",
    ];
    const bodies = ["", "null", "[]", '"chuỗi"', "{", '{"name": 5, "kind": {}, "unitId": 99999999999}', '{"unitId": "1e999", "targets": {"1": "abc"}, "titles": [5]}', '{"unitIds": "some"}', JSON.stringify({ ...CAMPAIGN, unitId: wardId, milestones: "x", participantIds: [99999999999] })];
    await secretaryClient.get("/movements");
    for (const path of posts) {
      for (const body of bodies) {
        const res = await secretaryClient.request(`/api/v1${path}`, { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": secretaryClient.csrf! }, body });
        expect(res.status, `${path} ${body.slice(0, 40)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${path} ${body.slice(0, 40)}`).toBeLessThan(500);
        expect(JSON.parse(res.text).error.message.length).toBeGreaterThan(5);
      }
    }
    for (const path of ["/movements/99999999999", "/movements/0", `/movements/${m.id}/not-registered`.replace(String(m.id), "abc")]) {
      expect((await secretaryClient.get(`/api/v1${path}`)).status, path).toBe(404);
    }
    expect((await secretaryClient.get("/movements/99999999999")).status).toBe(404);
    expect((await secretaryClient.get(`/movements/${m.id}/registrations/99999999999`)).status).toBe(404);
    const [after] = await db().select({ n: count() }).from(movements);
    const [regsAfter] = await db().select({ n: count() }).from(registrations);
    expect([after!.n, regsAfter!.n]).toEqual([before!.n, regsBefore!.n]);
  });
});
