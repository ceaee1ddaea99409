// Progress of a movement: check-ins with evidence (judged by content, photos resized and
// stripped, all or nothing, one per request key), the roll-up up to a parent movement,
// reviews with their history of changes, and activities. Runs on PGlite and on PostgreSQL.
import { createHash } from "node:crypto";
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessmentChanges, auditLog, checkins, evidenceFiles, files } from "../../src/db/schema";
import { rollupMovement } from "../../src/domain/progress/rollup";
import { assessCriterion } from "../../src/features/progress/assess-criterion";
import { listActivities } from "../../src/features/progress/list-activities";
import { listAssessments } from "../../src/features/progress/list-assessments";
import { childMovementTotals, movementRollup, progressDashboard } from "../../src/features/progress/progress-dashboard";
import { assertMayRecordActivity, recordActivity } from "../../src/features/progress/record-activity";
import { recordCheckin } from "../../src/features/progress/record-checkin";
import { createApiToken } from "../../src/features/accounts/create-api-token";
import { loadActor, type Actor } from "../../src/platform/actor";
import { Forbidden, NotFound } from "../../src/platform/errors";
import { insertMovement, insertRegistration, SAMPLE_CRITERIA } from "../support/movements";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";
import { fieldsOf } from "../support/validation";

let t: TestApp;
let wardId: number;
let group1: { id: number; path: string };
let group2: { id: number; path: string };
let reporter: Actor;
let reporterClient: WebClient;
let otherReporterClient: WebClient;
let otherReporter: Actor;
let chairman: Actor;
let movementId: number;
let criterionIds: { number: number; percent: number; boolean: number };
const NOW = new Date("2024-06-15T03:00:00Z");
const db = () => t.deps.database.db;
const actorOf = async (id: number) => (await loadActor(db(), id))!;


async function stored() {
  const [c] = await db().select({ n: count() }).from(checkins);
  const [e] = await db().select({ n: count() }).from(evidenceFiles);
  const [f] = await db().select({ n: count() }).from(files);
  return { checkins: c!.n, evidence: e!.n, files: f!.n };
}

const checkin = (over: Record<string, unknown> = {}) => ({ unitId: group1.id, criterionId: criterionIds.number, reportedOn: "2024-05-07", status: "on_track", value: "12", narrative: "Đã vận động 12 hộ", ...over });
const key = () => crypto.randomUUID().replaceAll("-", "");

beforeAll(async () => {
  t = await startTestApp();
  ({ wardId } = await setUpWard(t));
  const ward = { id: wardId, path: `/${wardId}/` };
  group1 = await addUnit(t, ward, "Tổ dân phố Nghĩa Phú");
  group2 = await addUnit(t, ward, "Tổ dân phố Hòa Do 1");
  const r = await personWithRole(t, "reporter", group1.id, "Phạm Văn Báo Cáo");
  const o = await personWithRole(t, "reporter", group2.id, "Trần Thị Tổ Hai");
  const c = await personWithRole(t, "chairman", wardId, "Đỗ Xuân Chiến");
  [reporter, otherReporter, chairman] = await Promise.all([actorOf(r.user.id), actorOf(o.user.id), actorOf(c.user.id)]);
  reporterClient = r.client;
  otherReporterClient = o.client;
  const { movement, criteria } = await insertMovement(db(), { unitId: wardId, participants: [group1.id, group2.id], criteria: SAMPLE_CRITERIA });
  movementId = movement.id;
  criterionIds = { number: criteria[0]!.id, percent: criteria[1]!.id, boolean: criteria[2]!.id };
}, 60_000);
afterAll(() => t.close());

describe("check-ins", () => {
  it("stores a check-in of the participant's own unit, and refuses another unit's reporter", async () => {
    const { checkin: row } = await recordCheckin(reporter, movementId, checkin(), db(), [], NOW);
    expect(row).toMatchObject({ unitId: group1.id, value: 12, status: "on_track", reportedOn: "2024-05-07" });
    await expect(recordCheckin(otherReporter, movementId, checkin(), db(), [], NOW)).rejects.toBeInstanceOf(Forbidden);
    await expect(recordCheckin(otherReporter, 999_999, checkin(), db(), [], NOW)).rejects.toBeInstanceOf(NotFound);
    // A draft is not yet the participants' to see, let alone report on.
    const draft = await insertMovement(db(), { unitId: wardId, status: "draft", participants: [group1.id], criteria: SAMPLE_CRITERIA });
    await expect(recordCheckin(reporter, draft.movement.id, checkin({ criterionId: draft.criteria[0]!.id }), db(), [], NOW)).rejects.toBeInstanceOf(NotFound);
    expect((await reporterClient.get(`/movements/${draft.movement.id}/checkins/${group1.id}`)).status).toBe(404);
  });

  it("refuses a date outside the period or in the future, and stores nothing", async () => {
    const before = await stored();
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin({ reportedOn: "2024-03-20" }), db(), [], NOW))).toEqual({ reportedOn: "errors.checkin_date_outside" });
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin({ reportedOn: "2024-06-16" }), db(), [], NOW))).toEqual({ reportedOn: "errors.checkin_date_future" });
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin({ reportedOn: "2024-02-30" }), db(), [], NOW))).toEqual({ reportedOn: "errors.date_invalid" });
    expect(await stored()).toEqual(before);
  });

  it("checks the value against the criterion's measure and stores yes/no as 1/0", async () => {
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin({ criterionId: criterionIds.percent, value: "120" }), db(), [], NOW))).toEqual({ value: "errors.checkin_value_percent" });
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin({ value: "-3" }), db(), [], NOW))).toEqual({ value: "errors.checkin_value_number" });
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin({ criterionId: criterionIds.boolean, value: "có lẽ" }), db(), [], NOW))).toEqual({ value: "errors.checkin_value_boolean" });
    const yes = await recordCheckin(reporter, movementId, checkin({ criterionId: criterionIds.boolean, value: "yes" }), db(), [], NOW);
    expect(yes.checkin.value).toBe(1);
    const percent = await recordCheckin(reporter, movementId, checkin({ criterionId: criterionIds.percent, value: "87,5" }), db(), [], NOW);
    expect(percent.checkin.value).toBe(87.5);
  });

  it("refuses a program renamed .jpg and a file over 10 MB, storing nothing", async () => {
    const before = await stored();
    const exe = { name: "anh-minh-chung.jpg", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]) };
    const photo = { name: "that.jpg", bytes: new Uint8Array(await sharp({ create: { width: 20, height: 20, channels: 3, background: "#c00" } }).jpeg().toBuffer()) };
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin(), db(), [photo, exe], NOW))).toEqual({ files: "errors.evidence_type" });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(Buffer.from("%PDF-1.4\n"));
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin(), db(), [{ name: "bao-cao.pdf", bytes: big }], NOW))).toEqual({ files: "errors.evidence_too_large" });
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin(), db(), Array.from({ length: 11 }, () => photo), NOW))).toEqual({ files: "errors.evidence_too_many" });
    expect(await stored()).toEqual(before);
  });

  it("resizes a photo to 1600 px, turns it upright, strips its metadata and stores it by hash", async () => {
    // A 3000×2000 camera photo held sideways (EXIF orientation 6), as a phone takes it.
    const camera = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#2a6" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(camera).metadata()).exif).toBeDefined();
    const pdf = { name: "bien-ban.pdf", bytes: new Uint8Array(Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")) };
    const result = await recordCheckin(reporter, movementId, checkin({ requestKey: key() }), db(), [{ name: "IMG_0001.JPG", bytes: new Uint8Array(camera) }, pdf], NOW);
    const [image, doc] = result.evidence;
    expect(image).toMatchObject({ kind: "jpeg", width: 1067, height: 1600, name: "IMG_0001.jpg" });
    expect(doc).toMatchObject({ kind: "pdf", width: null, height: null, name: "bien-ban.pdf" });
    const [file] = await db().select().from(files).where(eq(files.sha256, image!.sha256));
    const bytes = new Uint8Array(file!.bytes);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(image!.sha256);
    expect(file!.size).toBe(bytes.length);
    expect(bytes.length).toBeLessThan(camera.length);
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1067, 1600, "jpeg"]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it("stores one check-in for a double submit with the same request key", async () => {
    const requestKey = key();
    const photo = { name: "a.png", bytes: new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: "#00f" } }).png().toBuffer()) };
    const [a, b] = await Promise.all([
      recordCheckin(reporter, movementId, checkin({ requestKey, value: "15" }), db(), [photo], NOW),
      recordCheckin(reporter, movementId, checkin({ requestKey, value: "15" }), db(), [photo], NOW),
    ]);
    expect(a.checkin.id).toBe(b.checkin.id);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    const rows = await db().select().from(checkins).where(eq(checkins.requestKey, requestKey));
    expect(rows).toHaveLength(1);
    const evidence = await db().select().from(evidenceFiles).where(eq(evidenceFiles.checkinId, rows[0]!.id));
    expect(evidence).toHaveLength(1);
  });

  it("works through the phone page: a photo uploaded, the check-in listed, errors shown with nothing stored", async () => {
    const page = await reporterClient.get(`/movements/${movementId}/checkins/${group1.id}?criterion=${criterionIds.number}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('capture="environment"');
    const requestKey = /name="requestKey" value="([^"]+)"/.exec(page.text)![1]!;
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#888" } }).jpeg().toBuffer();
    const today = new Date().toISOString().slice(0, 10);
    // The seeded movement ends in 2024: today is outside it.
    const bad = await reporterClient.postFile(`/movements/${movementId}/checkins/${group1.id}`, { criterionId: String(criterionIds.number), requestKey, reportedOn: today, status: "late", value: "7" }, { field: "files", name: "anh.jpg", bytes: new Uint8Array(photo), type: "image/jpeg" });
    expect(bad.status).toBe(422);
    expect(textOf(bad.text)).toContain("ngày báo cáo phải trong thời gian phong trào, từ 21/03/2024 đến 31/12/2024");
    expect(await db().select().from(checkins).where(eq(checkins.requestKey, requestKey))).toHaveLength(0);

    // A movement running today takes the same form; the photo is listed with the check-in.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const current = await insertMovement(db(), { unitId: wardId, name: "Phong trào năm nay", startsOn: day(-60), endsOn: day(60), participants: [group1.id], criteria: SAMPLE_CRITERIA });
    const form = await reporterClient.get(`/movements/${current.movement.id}/checkins/${group1.id}?criterion=${current.criteria[0]!.id}`);
    const fields = { criterionId: String(current.criteria[0]!.id), requestKey: /name="requestKey" value="([^"]+)"/.exec(form.text)![1]!, reportedOn: day(-1), status: "late", value: "7" };
    const upload = { field: "files", name: "anh.jpg", bytes: new Uint8Array(photo), type: "image/jpeg" };
    const ok = await reporterClient.postFile(`/movements/${current.movement.id}/checkins/${group1.id}`, fields, upload);
    expect(ok.status).toBe(303);
    const twice = await reporterClient.postFile(`/movements/${current.movement.id}/checkins/${group1.id}`, fields, upload);
    expect(twice.status).toBe(303);
    const list = await reporterClient.get(ok.location!);
    expect(textOf(list.text)).toContain("Đã gửi báo cáo tiến độ.");
    expect(list.text.match(/<img src="\/evidence\/\d+"/g)).toHaveLength(1);
    const src = /<img src="(\/evidence\/\d+)"/.exec(list.text)![1]!;
    const image = await reporterClient.request(src);
    expect(image.headers.get("content-type")).toBe("image/jpeg");
    expect((await otherReporterClient.request(src)).status).toBe(404);
  });
});

describe("the roll-up", () => {
  it("uses the latest check-in against the registered target", async () => {
    await insertRegistration(db(), movementId, group2.id, { [criterionIds.number]: 20 });
    await recordCheckin(otherReporter, movementId, checkin({ unitId: group2.id, value: "5", reportedOn: "2024-04-01", status: "late" }), db(), [], NOW);
    await recordCheckin(otherReporter, movementId, checkin({ unitId: group2.id, value: "10", reportedOn: "2024-05-01", status: "at_risk" }), db(), [], NOW);
    const d = await progressDashboard(chairman, db(), movementId);
    const row = d.rollup!.participants.find((p) => p.unitId === group2.id)!;
    expect(row.cells[0]).toMatchObject({ target: 20, value: 10, ratio: 0.5, status: "at_risk", reportedOn: "2024-05-01" });
    expect(row.counts).toEqual({ on_track: 0, late: 0, at_risk: 1, none: 2 });
    // A reporter sees its own unit's row only.
    const own = await progressDashboard(otherReporter, db(), movementId);
    expect(own.rollup!.participants.map((p) => p.unitId)).toEqual([group2.id]);
    const page = await reporterClient.get(`/movements/${movementId}/progress`);
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain("Tổ dân phố Nghĩa Phú");
  });

  it("rolls subordinate units' movements up to the parent, agreeing with the domain roll-up", async () => {
    const ward = { id: wardId, path: `/${wardId}/` };
    const parent = await insertMovement(db(), { unitId: wardId, name: "Phong trào cấp trên", criteria: [] });
    const kids = [];
    for (const name of ["Khu phố A", "Khu phố B"]) {
      const unit = await addUnit(t, ward, name, "residential_group");
      const sys = await actorOf((await personWithRole(t, "reporter", unit.id)).user.id);
      const g = await addUnit(t, unit, `${name} – tổ 1`);
      const h = await addUnit(t, unit, `${name} – tổ 2`);
      // A criterion for schools only: residential groups are not measured on it.
      const schoolsOnly = { name: "Số học sinh tham gia", measure: "number" as const, target: 100, maxPoints: 5, appliesTo: "school" };
      const child = await insertMovement(db(), { unitId: unit.id, parentId: parent.movement.id, participants: [g.id, h.id], criteria: [...SAMPLE_CRITERIA, schoolsOnly] });
      const [n, p, b] = child.criteria;
      // Tổ 2 committed to 20 households instead of the criterion's 40.
      await insertRegistration(db(), child.movement.id, h.id, { [n!.id]: 20 });
      await recordCheckin(sys, child.movement.id, { unitId: h.id, criterionId: n!.id, reportedOn: "2024-03-30", status: "late", value: "30" }, db(), [], NOW);
      await recordCheckin(sys, child.movement.id, { unitId: g.id, criterionId: n!.id, reportedOn: "2024-04-01", status: "on_track", value: name === "Khu phố A" ? "60" : "10" }, db(), [], NOW);
      await recordCheckin(sys, child.movement.id, { unitId: g.id, criterionId: p!.id, reportedOn: "2024-04-02", status: "late", value: "45" }, db(), [], NOW);
      await recordCheckin(sys, child.movement.id, { unitId: h.id, criterionId: b!.id, reportedOn: "2024-05-02", status: "at_risk", value: "yes" }, db(), [], NOW);
      kids.push({ child, participants: [g, h] });
    }
    const rows = await childMovementTotals(db(), parent.movement.id);
    expect(rows.map((r) => r.unitName)).toEqual(["Khu phố A", "Khu phố B"]);
    for (const [i, kid] of kids.entries()) {
      const { rollup } = await movementRollup(db(), kid.child.movement.id, kid.participants.map((u) => ({ unitId: u.id, name: u.name, kind: u.kind })));
      expect(rows[i]!.completion).toBeCloseTo(rollup.completion, 9);
      expect(rows[i]!.points).toBeCloseTo(rollup.points, 9);
      expect(rows[i]!.maxPoints).toBe(rollup.maxPoints);
      expect(rows[i]!.counts).toEqual(rollup.counts);
      expect(rows[i]!.latestOn).toBe(rollup.latestOn);
      expect(rows[i]!.participants).toBe(2);
    }
    // Khu phố A's tổ 1 exceeded 40 households (60): 100% and a bonus; B's reached a quarter.
    // Both tổ 2 exceeded their registered 20 (30 households): 100% and a bonus.
    expect(rows[0]!.points).toBe(12 + 12);
    expect(rows[1]!.points).toBe(2.5 + 12);
    expect(rows[0]!.maxPoints).toBe(20);
    expect(rows[0]!.completion).toBeCloseTo((1 + 0.5 + 0) / 3 / 2 + (1 + 0 + 1) / 3 / 2);
    const d = await progressDashboard(chairman, db(), parent.movement.id);
    expect(d.kind).toBe("parent");
    expect(d.children!.completion).toBeCloseTo((rows[0]!.completion + rows[1]!.completion) / 2);
    expect(rollupMovement([], [], []).completion).toBe(0);
    const page = await reporterClient.get(`/movements/${parent.movement.id}/progress`);
    expect(page.status).toBe(404); // a residential group's reporter does not see the ward's parent movement
  });
});

describe("reviews", () => {
  it("needs the self-assessment first and a reason for every change, keeping the history", async () => {
    const base = { unitId: group1.id, criterionId: criterionIds.number, stage: "interim" };
    expect(await fieldsOf(assessCriterion(chairman, movementId, { ...base, side: "unit", value: "30" }, db()))).toEqual({ value: "assessments.error_self_first" });
    await expect(assessCriterion(otherReporter, movementId, { ...base, side: "self", value: "30" }, db())).rejects.toBeInstanceOf(Forbidden);
    await expect(assessCriterion(reporter, movementId, { ...base, side: "unit", value: "30" }, db())).rejects.toBeInstanceOf(Forbidden);
    await assessCriterion(reporter, movementId, { ...base, side: "self", value: "35", note: "Vượt khó" }, db());
    expect(await fieldsOf(assessCriterion(reporter, movementId, { ...base, side: "self", value: "38" }, db()))).toEqual({ reason: "assessments.error_reason_required" });
    await assessCriterion(reporter, movementId, { ...base, side: "self", value: "38", reason: "Bổ sung 3 hộ được công nhận tháng 6" }, db());
    await assessCriterion(chairman, movementId, { ...base, side: "unit", value: "36", note: "Đối chiếu danh sách" }, db());
    const sheet = await listAssessments(chairman, db(), movementId, group1.id, "interim");
    const row = sheet.criteria.find((c) => c.criterion.id === criterionIds.number)!;
    expect(row.assessment).toMatchObject({ selfValue: 38, unitValue: 36, unitNote: "Đối chiếu danh sách" });
    expect(row.changes.map((c) => [c.side, c.oldValue, c.newValue, c.reason])).toEqual([
      ["self", null, 35, ""],
      ["self", 35, 38, "Bổ sung 3 hộ được công nhận tháng 6"],
      ["unit", null, 36, ""],
    ]);
    const [{ n }] = (await db().select({ n: count() }).from(assessmentChanges)) as [{ n: number }];
    expect(n).toBe(3);
    // The final review is a separate sheet.
    const final = await listAssessments(chairman, db(), movementId, group1.id, "final");
    expect(final.criteria.every((c) => c.assessment === null)).toBe(true);
  });

  it("shows the sheet and its errors on the page", async () => {
    const page = await reporterClient.get(`/movements/${movementId}/reviews/${group1.id}`);
    expect(page.status).toBe(200);
    const changed = await reporterClient.post(`/movements/${movementId}/reviews/${group1.id}`, { criterionId: String(criterionIds.number), side: "self", stage: "interim", value: "40", note: "" });
    expect(changed.status).toBe(422);
    expect(textOf(changed.text)).toContain("Nhập lý do thay đổi kết quả");
    const saved = await reporterClient.post(`/movements/${movementId}/reviews/${group1.id}`, { criterionId: String(criterionIds.number), side: "self", stage: "interim", value: "40", note: "", reason: "Số liệu cuối quý" });
    expect(saved.status).toBe(303);
    expect(textOf((await reporterClient.get(saved.location!)).text)).toContain("Số liệu cuối quý");
  });
});

describe("reviews: the record", () => {
  it("keeps the reason of a change in the audit log, and none for a first value", async () => {
    const rows = await db().select().from(auditLog).where(eq(auditLog.action, "assessment.self")).orderBy(auditLog.seq);
    expect(rows[0]!.after).toMatchObject({ selfValue: 35, reason: null });
    expect(rows.at(-1)!.after).toMatchObject({ selfValue: 40, reason: "Số liệu cuối quý" });
  });
});

describe("activities", () => {
  it("records an activity once per request key, within the period, and lists the newest first", async () => {
    const requestKey = key();
    const input = { unitId: group1.id, title: "Giao lưu với cựu chiến binh Điện Biên", kind: "talk", happenedOn: "2024-05-06", place: "Nhà văn hóa tổ dân phố", participants: "60 đoàn viên", description: "Kể chuyện chiến trường", requestKey };
    const photo = { name: "giao-luu.webp", bytes: new Uint8Array(await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#a50" } }).webp().toBuffer()) };
    const first = await recordActivity(reporter, movementId, input, db(), [photo]);
    const again = await recordActivity(reporter, movementId, input, db(), [photo]);
    expect(again.activity.id).toBe(first.activity.id);
    expect(first.evidence[0]).toMatchObject({ kind: "jpeg", width: 1600, height: 800 });
    await recordActivity(reporter, movementId, { ...input, title: "Lễ kỷ niệm", kind: "ceremony", happenedOn: "2024-05-07", requestKey: key() }, db());
    expect(await fieldsOf(recordActivity(reporter, movementId, { ...input, happenedOn: "2025-01-01", requestKey: key() }, db()))).toEqual({ happenedOn: "errors.checkin_date_outside" });
    expect(await fieldsOf(recordActivity(reporter, movementId, { ...input, kind: "party", requestKey: key() }, db()))).toEqual({ kind: "activities.error_kind" });
    const list = await listActivities(chairman, db(), movementId);
    expect(list.activities.map((a) => a.title)).toEqual(["Lễ kỷ niệm", "Giao lưu với cựu chiến binh Điện Biên"]);
    expect(list.activities[1]!.evidence).toHaveLength(1);

    const page = await reporterClient.get(`/movements/${movementId}/activities`);
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain("Giao lưu với nhân chứng lịch sử");
    const pageKey = /name="requestKey" value="([^"]+)"/.exec(page.text)![1]!;
    const posted = await reporterClient.postFile(`/movements/${movementId}/activities`, { ...input, unitId: String(group1.id), title: "Thăm gia đình liệt sĩ", kind: "visit", requestKey: pageKey }, { field: "files", name: "", bytes: new Uint8Array(0) });
    expect(posted.status).toBe(303);
    const shown = textOf((await reporterClient.get(posted.location!)).text);
    expect(shown.indexOf("Lễ kỷ niệm")).toBeLessThan(shown.indexOf("Thăm gia đình liệt sĩ"));
  });
});

describe("what progress refuses", () => {
  const activity = (over: Record<string, unknown> = {}) => ({ unitId: group1.id, title: "Hội thao tổ dân phố", kind: "culture_sports", happenedOn: "2024-05-08", requestKey: key(), ...over });

  it("takes check-ins only for a participant, on the movement's own criteria, while it runs", async () => {
    await expect(recordCheckin(chairman, movementId, checkin({ unitId: wardId }), db(), [], NOW)).rejects.toBeInstanceOf(NotFound);
    const other = await insertMovement(db(), { unitId: wardId, name: "Phong trào khác", participants: [group1.id], criteria: SAMPLE_CRITERIA });
    expect(await fieldsOf(recordCheckin(reporter, movementId, checkin({ criterionId: other.criteria[0]!.id }), db(), [], NOW))).toEqual({ criterionId: "errors.checkin_criterion" });
    const closed = await insertMovement(db(), { unitId: wardId, name: "Phong trào đã kết thúc", status: "closed", participants: [group1.id], criteria: SAMPLE_CRITERIA });
    await expect(recordCheckin(reporter, closed.movement.id, checkin({ criterionId: closed.criteria[0]!.id }), db(), [], NOW)).rejects.toBeInstanceOf(Forbidden);
  });

  it("answers a request key already used elsewhere with not found, never with nothing", async () => {
    const requestKey = key();
    await recordCheckin(reporter, movementId, checkin({ requestKey }), db(), [], NOW);
    await expect(recordCheckin(otherReporter, movementId, checkin({ unitId: group2.id, requestKey }), db(), [], NOW)).rejects.toBeInstanceOf(NotFound);
    const used = activity();
    await recordActivity(reporter, movementId, used, db());
    const other = await insertMovement(db(), { unitId: wardId, name: "Phong trào thứ hai", participants: [group1.id] });
    await expect(recordActivity(reporter, other.movement.id, used, db())).rejects.toBeInstanceOf(NotFound);
  });

  it("records activities only for the actor's own units, once the movement is launched, and not for someone who only reads it", async () => {
    expect(await fieldsOf(recordActivity(reporter, movementId, activity({ unitId: group2.id }), db()))).toEqual({ unitId: "errors.choose_unit" });
    const draft = await insertMovement(db(), { unitId: wardId, name: "Phong trào dự thảo", status: "draft", participants: [group1.id] });
    await expect(recordActivity(chairman, draft.movement.id, activity({ unitId: wardId }), db())).rejects.toBeInstanceOf(Forbidden);
    const member = await actorOf((await personWithRole(t, "council_member", wardId, "Phạm Văn Ủy Viên")).user.id);
    await expect(assertMayRecordActivity(member, db(), movementId)).rejects.toBeInstanceOf(Forbidden);
    await expect(assertMayRecordActivity(reporter, db(), movementId)).resolves.toBeUndefined();
  });

  it("assesses only a participant, on the movement's criteria, with a value of the criterion's measure, once launched", async () => {
    const base = { unitId: group1.id, criterionId: criterionIds.number, stage: "final", side: "self" };
    expect(await fieldsOf(assessCriterion(chairman, movementId, { ...base, unitId: wardId, value: "3" }, db()))).toEqual({ unitId: "errors.choose_unit" });
    expect(await fieldsOf(assessCriterion(reporter, movementId, { ...base, criterionId: 999_999, value: "3" }, db()))).toEqual({ criterionId: "errors.checkin_criterion" });
    expect(await fieldsOf(assessCriterion(reporter, movementId, { ...base, value: "nhiều" }, db()))).toEqual({ value: "errors.checkin_value_number" });
    const draft = await insertMovement(db(), { unitId: wardId, name: "Phong trào chưa phát động", status: "draft", participants: [group1.id], criteria: SAMPLE_CRITERIA });
    await expect(assessCriterion(chairman, draft.movement.id, { ...base, criterionId: draft.criteria[0]!.id, value: "3" }, db())).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("the API", () => {
  it("records a check-in as JSON and answers field errors in English", async () => {
    const { token } = await createApiToken(reporter, { name: "Ứng dụng báo cáo" }, db());
    const api = { request: (path: string, init: RequestInit = {}) => reporterClient.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } }) };
    const body = JSON.stringify({ unitId: group1.id, criterionId: criterionIds.percent, reportedOn: "2024-04-10", status: "on_track", value: 150 });
    const res = await api.request(`/api/v1/movements/${movementId}/checkins`, { method: "POST", body, headers: { "content-type": "application/json", "accept-language": "en" } });
    expect(res.status).toBe(422);
    expect(res.text).toContain("must be a percentage from 0 to 100");
    const ok = await api.request(`/api/v1/movements/${movementId}/checkins`, { method: "POST", body: body.replace("150", "95"), headers: { "content-type": "application/json" } });
    expect(ok.status).toBe(201);
    const dash = await api.request(`/api/v1/movements/${movementId}/progress`);
    expect(dash.status).toBe(200);
    const spec = JSON.parse((await api.request("/api/v1/openapi.json")).text) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toContain("/movements/{id}/checkins");
  });
});
