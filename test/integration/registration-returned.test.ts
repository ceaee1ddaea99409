// A registration returned with a reason tells the person who submitted it: a notification
// on /notifications and an e-mail through the real SMTP path, in that person's language,
// written with the return itself (a refused return tells no one).
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, jobs, notifications, users } from "../../src/db/schema";
import { addCriterion } from "../../src/features/movements/save-criterion";
import { createMovement } from "../../src/features/movements/create-movement";
import { launchMovement } from "../../src/features/movements/launch-movement";
import { acceptRegistration, returnRegistration } from "../../src/features/movements/decide-registration";
import { submitRegistration } from "../../src/features/movements/submit-registration";
import { loadActor, type Actor } from "../../src/platform/actor";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let wardId: number;
let women: number;
let secretary: Actor;
let secretaryClient: WebClient;
let reporter: { actor: Actor; client: WebClient; email: string; id: number };
const db = () => t.deps.database.db;

async function launched(name: string) {
  const m = await createMovement(secretary, { unitId: wardId, name, kind: "campaign", startsOn: "2024-03-21", endsOn: "2024-12-22", participantIds: [women] }, db());
  await addCriterion(secretary, m.id, { groupName: "Tuyên truyền", name: "Buổi sinh hoạt chuyên đề", measure: "number", target: "4", unitLabel: "buổi" }, db());
  await launchMovement(secretary, m.id, db());
  return m;
}
const noticesOf = (userId: number) => db().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, "registration_returned")));

beforeAll(async () => {
  t = await startTestApp({ mail: true });
  ({ wardId } = await setUpWard(t));
  women = (await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Hội Liên hiệp Phụ nữ phường", "mass_organisation")).id;
  const s = await personWithRole(t, "council_secretary", wardId, "Lê Thị Thường Trực");
  const w = await personWithRole(t, "organisation", women, "Nguyễn Thị Phụ Nữ");
  secretary = (await loadActor(db(), s.user.id))!;
  secretaryClient = s.client;
  reporter = { actor: (await loadActor(db(), w.user.id))!, client: w.client, email: w.email, id: w.user.id };
}, 60_000);
afterAll(() => t.close());

describe("a returned registration", () => {
  it("notifies its reporter in the app and by e-mail, with the reason and a link to correct it", async () => {
    const m = await launched("Phong trào trả lại");
    await submitRegistration(reporter.actor, m.id, { unitId: women, titles: ["TTLDTT"] }, db());
    // Returned on the page, as the standing member does it.
    await secretaryClient.get(`/movements/${m.id}/registrations/${women}`);
    const res = await secretaryClient.post(`/movements/${m.id}/registrations/${women}/return`, { reason: "Đề nghị đăng ký đủ 4 buổi sinh hoạt chuyên đề" });
    expect(res.status).toBe(303);

    const [notice] = await noticesOf(reporter.id);
    expect(notice).toMatchObject({ title: "Đăng ký thi đua bị trả lại: Hội Liên hiệp Phụ nữ phường", link: `/movements/${m.id}/registrations/${women}`, readAt: null });
    expect(notice!.body).toContain("Lý do: Đề nghị đăng ký đủ 4 buổi sinh hoạt chuyên đề");
    expect(notice!.body).toContain("Lê Thị Thường Trực");
    const page = textOf((await reporter.client.get("/notifications")).text);
    expect(page).toContain("Đăng ký thi đua bị trả lại: Hội Liên hiệp Phụ nữ phường");
    expect(page).toContain("Phong trào trả lại");

    await t.deps.jobs.drain();
    const mail = await t.mailbox!.waitFor(reporter.email, /Đăng ký thi đua bị trả lại/);
    expect(mail.text).toContain("Đề nghị đăng ký đủ 4 buổi sinh hoạt chuyên đề");
    expect(mail.text).toContain(`${t.config.baseUrl}/movements/${m.id}/registrations/${women}`);
  });

  it("speaks the reporter's language", async () => {
    await db().update(users).set({ lang: "en" }).where(eq(users.id, reporter.id));
    try {
      const m = await launched("Phong trào tiếng Anh");
      const reg = await submitRegistration(reporter.actor, m.id, { unitId: women }, db());
      await returnRegistration(secretary, reg.id, { reason: "Thiếu chỉ tiêu" }, db(), { baseUrl: "http://thidua.test" });
      const notices = await noticesOf(reporter.id);
      const notice = notices.find((n) => n.body.includes("Phong trào tiếng Anh"))!;
      expect(notice.title).toBe("Registration returned: Hội Liên hiệp Phụ nữ phường");
      expect(notice.body).toContain("Reason: Thiếu chỉ tiêu");
    } finally {
      await db().update(users).set({ lang: "vi" }).where(eq(users.id, reporter.id));
    }
  });

  it("tells no one when a registration is accepted, or returned by the one who submitted it; the audit log says whether the reporter was told", async () => {
    const before = (await noticesOf(reporter.id)).length;
    const m = await launched("Phong trào được chấp nhận");
    const reg = await submitRegistration(reporter.actor, m.id, { unitId: women }, db());
    await acceptRegistration(secretary, reg.id, db());
    expect((await noticesOf(reporter.id)).length).toBe(before);
    const own = await submitRegistration(secretary, (await launched("Phong trào tự trả lại")).id, { unitId: women }, db());
    await returnRegistration(secretary, own.id, { reason: "Tự sửa lại đăng ký" }, db(), { baseUrl: "http://thidua.test" });
    expect((await noticesOf(secretary.id!)).length).toBe(0);
    const entry = async (action: string, id: number) => (await db().select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(id)))))[0]!.after;
    expect(await entry("registration.accepted", reg.id)).toEqual({ status: "accepted", reason: null });
    expect(await entry("registration.returned", own.id)).toEqual({ status: "returned", reason: "Tự sửa lại đăng ký", reporterNotified: false });
  });

  it("tells no one when the return is refused", async () => {
    const m = await launched("Phong trào không lý do");
    const reg = await submitRegistration(reporter.actor, m.id, { unitId: women }, db());
    const [before, mailsBefore] = [(await noticesOf(reporter.id)).length, (await db().select().from(jobs)).length];
    expect(await fieldsOf(returnRegistration(secretary, reg.id, { reason: "" }, db(), { baseUrl: "http://thidua.test" }))).toEqual({ reason: "errors.reason_required" });
    await returnRegistration(secretary, reg.id, { reason: "Lần một" }, db(), { baseUrl: "http://thidua.test" });
    // Returned once; a second return of the same registration is refused and adds nothing.
    expect(await fieldsOf(returnRegistration(secretary, reg.id, { reason: "Lần hai" }, db(), { baseUrl: "http://thidua.test" }))).toEqual({ _form: "errors.movement_registration_not_submitted" });
    expect((await noticesOf(reporter.id)).length).toBe(before + 1);
    expect((await db().select().from(jobs)).length).toBe(mailsBefore + 1);
  });
});
