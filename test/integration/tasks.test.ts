// Tasks (nhiệm vụ): made from an issued plan's assignments or by hand with a deadline in
// working days (on the calendar in the database), the board, marking done, the calendar data
// page and the API. Runs on PGlite and on PostgreSQL.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarAdjustments, tasks } from "../../src/db/schema";
import { OFFICIAL_ADJUSTMENTS } from "../../src/domain/calendar/adjustments-data";
import { calendarHolidaysCommand, addWorkingDaysCommand } from "../../src/features/calendar/cli";
import { addAdjustment, removeAdjustment } from "../../src/features/calendar/manage-adjustments";
import { CAM_PHU_PLAN } from "../../src/features/demo/cam-phu-plan";
import { createPlan } from "../../src/features/documents/create-plan";
import { issueDocument } from "../../src/features/documents/issue-document";
import { submitDocument } from "../../src/features/documents/submit-document";
import { calendarAdjustmentsFrom } from "../../src/features/calendar/cli";
import { overdueTasksCommand } from "../../src/features/tasks/cli";
import { createApiToken } from "../../src/features/accounts/create-api-token";
import { completeTask } from "../../src/features/tasks/complete-task";
import { createTask } from "../../src/features/tasks/create-task";
import { taskBoard } from "../../src/features/tasks/list-tasks";
import { Actor, loadActor } from "../../src/platform/actor";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";
import { fieldsOf } from "../support/validation";

let t: TestApp;
let wardId: number;
let womenId: number;
let groupId: number;
let otherGroupId: number;
let chairman: Actor;
let secretary: Actor;
let women: { actor: Actor; client: WebClient };
let reporter: { actor: Actor; client: WebClient };
let otherReporter: Actor;
let admin: WebClient;
let secretaryClient: WebClient;
const db = () => t.deps.database.db;
const actorOf = async (id: number) => (await loadActor(db(), id))!;


beforeAll(async () => {
  t = await startTestApp();
  ({ wardId, admin } = await setUpWard(t));
  const ward = { id: wardId, path: `/${wardId}/` };
  womenId = (await addUnit(t, ward, "Hội Liên hiệp Phụ nữ phường", "mass_organisation")).id;
  groupId = (await addUnit(t, ward, "Tổ dân phố 1")).id;
  otherGroupId = (await addUnit(t, ward, "Tổ dân phố 2")).id;
  const c = await personWithRole(t, "chairman", wardId, "Đỗ Xuân Chiến");
  const s = await personWithRole(t, "council_secretary", wardId, "Lê Thị Thường Trực");
  const w = await personWithRole(t, "organisation", womenId, "Nguyễn Thị Phụ Nữ");
  const r = await personWithRole(t, "reporter", groupId, "Trần Văn Tổ");
  const o = await personWithRole(t, "reporter", otherGroupId, "Phạm Văn Khác");
  secretaryClient = s.client;
  [chairman, secretary, otherReporter] = await Promise.all([actorOf(c.user.id), actorOf(s.user.id), actorOf(o.user.id)]);
  women = { actor: await actorOf(w.user.id), client: w.client };
  reporter = { actor: await actorOf(r.user.id), client: r.client };
}, 60_000);
afterAll(() => t.close());

describe("tasks from an issued plan", () => {
  it("turns each III. assignment into a task when the plan is issued", async () => {
    const assignments = CAM_PHU_PLAN.assignments.map((a, i) => (i === 1 ? { ...a, unitId: womenId } : a));
    const plan = await createPlan(secretary, { ...CAM_PHU_PLAN, assignments, unitId: wardId, recipients: [{ label: "Hội LHPN phường", unitId: womenId }] }, db());
    await submitDocument(secretary, plan.id, db());
    await issueDocument(chairman, plan.id, { signingForm: "TM", issuedOn: "2024-03-21" }, db(), { baseUrl: t.config.baseUrl });

    const made = await db().select().from(tasks).where(eq(tasks.documentId, plan.id)).orderBy(tasks.assignmentIndex);
    expect(made).toHaveLength(CAM_PHU_PLAN.assignments.length);
    expect(made.map((m) => m.assignmentIndex)).toEqual(CAM_PHU_PLAN.assignments.map((_, i) => i));
    expect(made[0]).toMatchObject({ unitId: wardId, responsibleUnitId: null, responsibleLabel: "Thường trực Hội đồng Thi đua - Khen thưởng", dueOn: "2024-11-20", status: "open" });
    expect(made[0]!.title).toBe(`Thường trực Hội đồng Thi đua - Khen thưởng: ${CAM_PHU_PLAN.summary}`);
    expect(made[0]!.description).toContain("Có trách nhiệm theo dõi");
    expect(made[0]!.description).not.toContain("**");
    expect(made[1]).toMatchObject({ responsibleUnitId: womenId });

    // The women's union sees its own task on its board; the ward sees them all, deadlines written out.
    const own = textOf((await women.client.get("/tasks")).text);
    expect(own).toContain("Ủy ban Mặt trận TQVN");
    expect(own).not.toContain("Thường trực Hội đồng Thi đua - Khen thưởng:");
    const page = await secretaryClient.get("/tasks");
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain("Hạn: ngày 20 tháng 11 năm 2024");
    expect(text).toMatch(/quá hạn \d+ ngày làm việc/);
    expect(text).toContain("Theo Kế hoạch số 01/KH-UBND ngày 21 tháng 3 năm 2024 của UBND phường Cam Phú");
  });
});

describe("tasks by hand", () => {
  it("computes a deadline in working days across Tết 2025 from the calendar in the database", async () => {
    const input = { unitId: wardId, title: "Báo cáo sơ kết", responsibleUnitId: groupId, collaboratorUnitIds: [womenId], dueKind: "working_days", startsOn: "2025-01-24", workingDays: 3 };
    // Friday 24/1/2025; the announced break ran Monday 27/1 to Friday 31/1: +3 is Wednesday 5/2.
    const task = await createTask(secretary, input, db());
    expect(task).toMatchObject({ dueOn: "2025-02-05", dueWorkingDays: 3, startsOn: "2025-01-24", responsibleLabel: "Tổ dân phố 1", collaboratorUnitIds: [womenId] });

    // Without the announced 27/1 day off (removed at /calendar), Monday 27/1 is a working day again.
    const system = Actor.system();
    await removeAdjustment(system, "2025-01-27", db());
    try {
      const oneDay = await createTask(secretary, { ...input, workingDays: 1 }, db());
      expect(oneDay.dueOn).toBe("2025-01-27");
    } finally {
      const official = OFFICIAL_ADJUSTMENTS.find((a) => a.date === "2025-01-27")!;
      await addAdjustment(system, { date: official.date, kind: official.kind, name: official.name, source: official.source }, db());
    }
    expect((await createTask(secretary, { ...input, workingDays: 1 }, db())).dueOn).toBe("2025-02-03");
  });

  it("takes a plain date, or none, and names every problem of a wrong input", async () => {
    expect((await createTask(secretary, { unitId: wardId, title: "Có hạn", responsibleLabel: "Công an phường", dueKind: "date", dueOn: "2024-12-31" }, db())).dueOn).toBe("2024-12-31");
    expect((await createTask(secretary, { unitId: wardId, title: "Không hạn", responsibleUnitId: groupId }, db())).dueOn).toBeNull();
    expect(await fieldsOf(createTask(secretary, { unitId: wardId, title: "Thiếu", dueKind: "date", dueOn: "2024-12-31" }, db()))).toEqual({ responsibleUnitId: "errors.task_responsible_required" });
    expect(await fieldsOf(createTask(secretary, { unitId: wardId, title: "Ngày sai", responsibleUnitId: groupId, dueKind: "date", dueOn: "2024-02-31" }, db()))).toEqual({ dueOn: "errors.date_invalid" });
    expect(await fieldsOf(createTask(secretary, { unitId: wardId, title: "Số sai", responsibleUnitId: groupId, dueKind: "working_days", startsOn: "2025-01-24", workingDays: "ba" }, db()))).toEqual({
      workingDays: "errors.task_working_days",
    });
    expect(await fieldsOf(createTask(secretary, { unitId: wardId, title: "Lạ", responsibleUnitId: 999_999 }, db()))).toEqual({ responsibleUnitId: "errors.task_unit_unknown" });
    // Only the assigning unit's managers assign.
    await expect(createTask(reporter.actor, { unitId: groupId, title: "Tự giao", responsibleUnitId: groupId }, db())).rejects.toThrow(/forbidden/);
  });

  it("answers a wrong form with the form again (422), a wrong id with 404, never 500", async () => {
    await secretaryClient.get("/tasks/new");
    const page = await secretaryClient.post("/tasks/new", { unitId: "abc", title: "", dueKind: "sometimes", workingDays: "-1" });
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toMatch(/Chọn đơn vị giao nhiệm vụ/);
    expect((await secretaryClient.post("/tasks/abc/done")).status).toBe(404);
    expect((await secretaryClient.post("/tasks/99999999/done")).status).toBe(404);
    const created = await secretaryClient.post("/tasks/new", { unitId: String(wardId), title: "Trên trang", responsibleUnitId: String(groupId), [`collaborator.${womenId}`]: "on", dueKind: "working_days", startsOn: "2024-02-07", workingDays: "5" });
    expect(created.status).toBe(303);
    const [row] = await db().select().from(tasks).where(eq(tasks.title, "Trên trang"));
    expect(row).toMatchObject({ dueOn: "2024-02-21", collaboratorUnitIds: [womenId] });
  });
});

describe("marking a task done", () => {
  it("lets the responsible unit or the assigning unit's managers close it, nobody else", async () => {
    const a = await createTask(secretary, { unitId: wardId, title: "Việc của tổ 1", responsibleUnitId: groupId, dueKind: "date", dueOn: "2024-11-20" }, db());
    const b = await createTask(secretary, { unitId: wardId, title: "Việc thứ hai", responsibleUnitId: groupId }, db());
    // Another group's reporter does not even see it.
    await expect(completeTask(otherReporter, a.id, db())).rejects.toThrow(/not found/);
    await expect(completeTask(women.actor, a.id, db())).rejects.toThrow(/not found/);
    expect((await completeTask(reporter.actor, a.id, db())).status).toBe("done");
    expect(await fieldsOf(completeTask(reporter.actor, a.id, db()))).toEqual({ _form: "errors.task_done" });
    expect((await completeTask(secretary, b.id, db())).status).toBe("done");

    const board = await taskBoard(reporter.actor, db(), {}, "2024-11-25");
    expect(board.done.map((d) => d.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(board.groups.overdue.map((d) => d.id)).not.toContain(a.id);
  });

  it("groups the board and counts working days left and overdue", async () => {
    const mk = (title: string, dueOn?: string) => createTask(secretary, { unitId: wardId, title, responsibleUnitId: otherGroupId, ...(dueOn ? { dueKind: "date", dueOn } : {}) }, db());
    const [late, soon, later, none] = [await mk("Trễ", "2024-11-15"), await mk("Sắp", "2024-11-25"), await mk("Sau", "2024-12-20"), await mk("Không hạn")];
    const board = await taskBoard(otherReporter, db(), {}, "2024-11-20");
    const ids = (g: keyof typeof board.groups) => board.groups[g].map((x) => x.id);
    expect(ids("overdue")).toEqual([late.id]);
    expect(ids("soon")).toEqual([soon.id]);
    expect(ids("later")).toEqual([later.id]);
    expect(ids("no_date")).toEqual([none.id]);
    expect(board.groups.overdue[0]!.workingDaysLeft).toBe(-3);
    expect(board.groups.soon[0]!.workingDaysLeft).toBe(3);
    const out = JSON.parse(await overdueTasksCommand(db(), { unit: String(otherGroupId), json: true })) as { id: number; workingDaysOverdue: number }[];
    expect(out.map((o) => o.id)).toContain(late.id);
  });

  it("marks done on the page", async () => {
    const task = await createTask(secretary, { unitId: wardId, title: "Dọn vệ sinh khu phố", responsibleUnitId: groupId, dueKind: "date", dueOn: "2030-01-15" }, db());
    const board = await reporter.client.get("/tasks");
    expect(textOf(board.text)).toContain("Dọn vệ sinh khu phố");
    expect(textOf(board.text)).toMatch(/còn \d+ ngày làm việc/);
    const done = await reporter.client.post(`/tasks/${task.id}/done`);
    expect(done.status).toBe(303);
    const [row] = await db().select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.status).toBe("done");
  });
});

describe("calendar data", () => {
  it("starts from exactly the shipped adjustments (migration 0008)", async () => {
    const rows = await db().select().from(calendarAdjustments).orderBy(calendarAdjustments.date);
    // Another test of this file removes and re-adds 27/1/2025 with the same values.
    expect(rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name, source: r.source }))).toEqual(
      [...OFFICIAL_ADJUSTMENTS].sort((a, b) => a.date.localeCompare(b.date)).map((a) => ({ date: a.date, kind: a.kind, name: a.name, source: a.source })),
    );
    expect(await calendarAdjustmentsFrom(db())).toHaveLength(OFFICIAL_ADJUSTMENTS.length);
  });

  it("lets an administrator add and remove an adjustment, which the CLI then reads", async () => {
    const page = await admin.get("/calendar?year=2027");
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain("Chưa có điều chỉnh nào");
    expect((await admin.post("/calendar/adjustments", { date: "2027-04-30", kind: "", name: "", source: "" })).status).toBe(422);
    const added = await admin.post("/calendar/adjustments", { date: "2027-05-03", kind: "day_off", name: "Nghỉ hoán đổi", source: "Thông báo thử số 1" });
    expect(added.status).toBe(303);
    expect((await admin.post("/calendar/adjustments", { date: "2027-05-03", kind: "working_day", name: "Trùng", source: "Thử" })).status).toBe(422);
    expect(textOf((await admin.get("/calendar?year=2027")).text)).toContain("Thông báo thử số 1");
    const adjustments = await calendarAdjustmentsFrom(db());
    expect(JSON.parse(calendarHolidaysCommand({ year: 2027, json: true, lang: "vi" }, adjustments)).some((d: { date: string }) => d.date === "2027-05-03")).toBe(true);
    expect(addWorkingDaysCommand({ date: "2027-04-29", days: 1, json: true }, adjustments)).toContain('"due":"2027-05-04"');
    expect((await admin.post("/calendar/adjustments/2027-05-03/delete")).status).toBe(303);
    expect((await admin.post("/calendar/adjustments/2027-05-03/delete")).status).toBe(404);
    expect((await admin.post("/calendar/adjustments/not-a-date/delete")).status).toBe(404);
    // Someone without calendar.manage is refused: a reporter, and a ward's council secretary too (the table is national).
    expect((await reporter.client.get("/calendar")).status).toBe(403);
    const secretary = await personWithRole(t, "council_secretary", wardId);
    expect((await secretary.client.get("/calendar")).status).toBe(403);
  });
});

describe("the API", () => {
  it("documents and serves the task endpoints", async () => {
    const spec = JSON.parse((await admin.get("/api/v1/openapi.json")).text) as { paths: Record<string, unknown> };
    for (const p of ["/tasks", "/tasks/overdue", "/tasks/{id}/done", "/notifications", "/notifications/{id}/read", "/reminder-preferences", "/calendar/adjustments", "/calendar/adjustments/{date}"]) {
      expect(spec.paths).toHaveProperty(p);
    }
    const res = await reporter.client.request("/api/v1/tasks/overdue", { headers: { accept: "application/json" } });
    expect(res.status).toBe(200);
    const { token } = await createApiToken(secretary, { name: "Tích hợp" }, db());
    const post = (path: string, body: unknown) =>
      t.app.request(`/api/v1${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await post("/tasks", { unitId: "x" })).status).toBe(422);
    const created = await post("/tasks", { unitId: wardId, title: "Qua API", responsibleUnitId: groupId, dueKind: "working_days", startsOn: "2024-02-07", workingDays: 5 });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { dueOn: string }).dueOn).toBe("2024-02-21");
    expect((await post("/reminder-preferences", { frequency: "sometimes" })).status).toBe(422);
    expect((await post("/reminder-preferences", { frequency: "weekly", email: true, inApp: false })).status).toBe(200);
  });
});


describe("tasks only for units the assigning unit directs", () => {
  it("refuses a plan assignment or a task by hand naming another commune's unit, even one the writer also serves", async () => {
    const commune = await addUnit(t, null, "Xã Cam Lập", "commune");
    const foreign = await addUnit(t, commune, "Thôn Bãi Giếng");
    // The ward's standing member also serves the other commune: she sees its units, yet the ward's plan cannot task them.
    const both = await personWithRole(t, "council_secretary", wardId, "Hồ Thị Hai Nơi");
    await db().insert((await import("../../src/db/schema")).roleAssignments).values({ userId: both.user.id, unitId: commune.id, role: "council_secretary" });
    const writer = await actorOf(both.user.id);

    const assignments = CAM_PHU_PLAN.assignments.map((a, i) => (i === 1 ? { ...a, unitId: foreign.id } : a));
    expect(await fieldsOf(createPlan(writer, { ...CAM_PHU_PLAN, assignments, unitId: wardId }, db()))).toEqual({
      "assignments.1.unitId": "errors.assignment_unit_not_directed",
    });
    expect(
      await fieldsOf(createTask(writer, { unitId: wardId, title: "Việc của xã khác", responsibleUnitId: foreign.id, dueKind: "none" }, db())),
    ).toEqual({ responsibleUnitId: "errors.task_unit_not_directed" });
    expect(await fieldsOf(createTask(writer, { unitId: wardId, title: "Phối hợp", responsibleUnitId: groupId, collaboratorUnitIds: [foreign.id], dueKind: "none" }, db()))).toHaveProperty(
      "collaboratorUnitIds",
    );
    expect(await db().select().from(tasks).where(eq(tasks.responsibleUnitId, foreign.id))).toEqual([]);
  });

  it("checks again when issuing, inside the issuing transaction: a stale draft issues nothing and uses no number", async () => {
    const commune = await addUnit(t, null, "Xã Cam Thịnh Đông", "commune");
    const plan = await createPlan(secretary, { ...CAM_PHU_PLAN, unitId: wardId, recipients: [{ label: "Hội LHPN phường", unitId: womenId }] }, db());
    // A draft that names another commune's unit, as one saved before the rule existed would.
    const { documents } = await import("../../src/db/schema");
    const [row] = await db().select().from(documents).where(eq(documents.id, plan.id));
    const content = row!.content as { assignments: { unitId?: number }[] };
    content.assignments[0]!.unitId = commune.id;
    await db().update(documents).set({ content }).where(eq(documents.id, plan.id));
    await submitDocument(secretary, plan.id, db());
    const issuing = issueDocument(chairman, plan.id, { signingForm: "TM", issuedOn: "2024-04-02" }, db(), { baseUrl: t.config.baseUrl });
    expect(await fieldsOf(issuing)).toEqual({ "assignments.0.unitId": "errors.assignment_unit_not_directed" });
    const [after] = await db().select().from(documents).where(eq(documents.id, plan.id));
    expect(after!.numberSymbol).toBeNull();
    expect(await db().select().from(tasks).where(eq(tasks.documentId, plan.id))).toEqual([]);
  });
});
