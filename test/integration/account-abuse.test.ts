// Credentials an attacker might hold or guess, each sent as the request that showed the hole:
// an invitation link that outlived its purpose, parallel guesses against the login limit,
// reset links and API tokens that outlive a reset, and answers that tell whether an
// address has an account.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs, passwordResets, roleAssignments, users } from "../../src/db/schema";
import { addUnit, apiTokenOf, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;
let communeId: number;

beforeAll(async () => {
  t = await startTestApp({ mail: true });
  ({ admin, wardId } = await setUpWard(t));
  communeId = (await addUnit(t, null, "Xã Cam Lập", "commune")).id;
});
afterAll(() => t.close());

const linkIn = (text: string) => /http:\/\/thidua\.test(\/invitations\/\S+|\/password\/reset\/\S+)/.exec(text)![1]!;

async function invite(by: WebClient, email: string, unitId: number, role: string) {
  await by.get("/users/invite");
  const res = await by.post("/users/invite", { fullName: "Phạm Thị Mai", email, unitId: String(unitId), role });
  expect(res.status).toBe(200);
  await t.deps.jobs.drain();
  const mails = t.mailbox!.messages.filter((m) => (m.to as { text: string }).text.includes(email));
  return { page: res, link: linkIn(mails[mails.length - 1]!.text!) };
}

const rolesOf = async (email: string) =>
  t.deps.database.db
    .select({ role: roleAssignments.role, unitId: roleAssignments.unitId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(sql`lower(${users.email}) = ${email}`);

describe("an invitation link that is still open when its address gets an account", () => {
  it("is closed when the account is created through another invitation", async () => {
    const email = "mai.pham@camphu.gov.vn";
    const old = await invite(admin, email, wardId, "reporter");
    const otherAdmin = (await personWithRole(t, "admin", communeId)).client;
    const fresh = await invite(otherAdmin, email, communeId, "admin");

    const mai = t.client();
    await mai.get(fresh.link);
    const created = await mai.post(fresh.link, { fullName: "Phạm Thị Mai", password: "mat-khau-cua-mai", passwordConfirm: "mat-khau-cua-mai" });
    expect(created.status).toBe(303);

    // The holder of the ward's older link gets nothing: the link is closed, no session.
    const holder = t.client();
    const opened = await holder.get(old.link);
    expect(opened.status).toBe(404);
    const posted = await holder.post(old.link, { fullName: "Kẻ gian", password: "mat-khau-ke-gian", passwordConfirm: "mat-khau-ke-gian" });
    expect(posted.status).toBe(404);
    expect(holder.cookie("thidua_session")).toBeUndefined();
    expect(await rolesOf(email)).toEqual([{ role: "admin", unitId: communeId }]);
  });

  it("asks an address that has an account for that account's password, and counts wrong ones", async () => {
    const email = "mai.pham@camphu.gov.vn";
    const later = await invite(admin, email, wardId, "reporter");
    const holder = t.client();
    holder.ip = "198.51.100.77";
    const page = await holder.get(later.link);
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain("Địa chỉ này đã có tài khoản Thi Đua");
    expect(page.text).toContain('name="currentPassword"');
    expect(page.text).not.toContain('name="passwordConfirm"');

    // The new-account form posted anyway (as the old page had it) signs no one in.
    const asNew = await holder.post(later.link, { fullName: "Kẻ gian", password: "mat-khau-ke-gian", passwordConfirm: "mat-khau-ke-gian" });
    expect(asNew.status).toBe(422);
    expect(textOf(asNew.text)).toContain("Nhập mật khẩu");
    const wrong = await holder.post(later.link, { currentPassword: "doan-bua-thoi" });
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.text)).toContain("Mật khẩu không đúng");
    expect(holder.cookie("thidua_session")).toBeUndefined();
    expect(await rolesOf(email)).toEqual([{ role: "admin", unitId: communeId }]);

    // Guessing through invitations shares the sign-in limit: 5 tries per account.
    for (let i = 0; i < 4; i++) await holder.post(later.link, { currentPassword: `doan-${i}` });
    const locked = await holder.post(later.link, { currentPassword: "mat-khau-cua-mai" });
    expect(locked.status).toBe(429);
    expect(textOf(locked.text)).toContain("tạm bị khóa");
    await t.deps.database.query(`DELETE FROM rate_limits WHERE key LIKE 'sign-in:%'`);

    const owner = t.client();
    await owner.get(later.link);
    const accepted = await owner.post(later.link, { currentPassword: "mat-khau-cua-mai" });
    expect(accepted.status).toBe(303);
    expect((await rolesOf(email)).map((r) => r.role).sort()).toEqual(["admin", "reporter"]);
  });

  it("is closed when an operator creates the account from the console", async () => {
    const email = "cli.user@camphu.gov.vn";
    const open = await invite(admin, email, wardId, "reporter");
    const { createUser } = await import("../../src/features/accounts/create-user");
    const { Actor } = await import("../../src/platform/actor");
    await createUser(Actor.system(), { email, fullName: "Người dùng CLI", unitId: wardId, role: "reporter" }, t.deps.database.db, t.config.baseUrl);
    expect((await t.client().get(open.link)).status).toBe(404);
  });
});

describe("inviting tells nothing about accounts outside the inviter's units", () => {
  it("answers the same, word for word, for an address with an account and one without", async () => {
    const existing = await invite(admin, "mai.pham@camphu.gov.vn", wardId, "culture_officer");
    const unknown = await invite(admin, "nguoi.moi@camphu.gov.vn", wardId, "culture_officer");
    const notice = (page: string, email: string) => textOf(page).split("Mời người dùng")[0]!.replaceAll(email, "EMAIL");
    expect(notice(existing.page.text, "mai.pham@camphu.gov.vn")).toBe(notice(unknown.page.text, "nguoi.moi@camphu.gov.vn"));
    expect(textOf(existing.page.text)).toContain("Đã gửi lời mời tới mai.pham@camphu.gov.vn");
    // No role is given before the owner accepts with their password.
    expect((await rolesOf("mai.pham@camphu.gov.vn")).some((r) => r.role === "culture_officer")).toBe(false);
  });
});

describe("asking for a password reset", () => {
  it("does the same work for an address with an account and one without: one queued job, nothing else", async () => {
    const { db } = t.deps.database;
    const resetsBefore = (await db.select().from(passwordResets)).length;
    for (const email of ["mai.pham@camphu.gov.vn", "khong-co@camphu.gov.vn"]) {
      const anon = t.client();
      anon.ip = "198.51.100.200";
      await anon.get("/password/forgot");
      const asked = await anon.post("/password/forgot", { email });
      expect(textOf(asked.text)).toContain("Nếu địa chỉ này có tài khoản");
      const queued = await db.select().from(jobs).where(and(eq(jobs.kind, "password_reset.request"), sql`${jobs.payload}->>'email' = ${email}`, sql`${jobs.doneAt} IS NULL`));
      expect(queued).toHaveLength(1);
    }
    // The request itself looked no account up: no reset exists until the job runs.
    expect((await db.select().from(passwordResets)).length).toBe(resetsBefore);
    await t.deps.jobs.drain();
    expect((await db.select().from(passwordResets)).length).toBe(resetsBefore + 1);
  });
});

describe("credentials that outlive a reset", () => {
  async function resetLinkFor(email: string) {
    const anon = t.client();
    anon.ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    await anon.get("/password/forgot");
    await anon.post("/password/forgot", { email });
    await t.deps.jobs.drain();
    const mails = t.mailbox!.messages.filter((m) => (m.to as { text: string }).text.includes(email) && /Đặt lại mật khẩu/.test(m.subject ?? ""));
    return linkIn(mails[mails.length - 1]!.text!);
  }

  async function tokenOf(client: WebClient) {
    return apiTokenOf(client, "Đồng bộ");
  }
  const apiStatus = async (token: string) => (await t.app.request("/api/v1/units", { headers: { authorization: `Bearer ${token}` } })).status;

  it("closes an older reset link once a newer one is used, and revokes the API tokens", async () => {
    const person = await personWithRole(t, "council_secretary", wardId);
    const token = await tokenOf(person.client);
    expect(await apiStatus(token)).toBe(200);

    const older = await resetLinkFor(person.email);
    const newer = await resetLinkFor(person.email);
    expect(older).not.toBe(newer);
    const owner = t.client();
    await owner.get(newer);
    expect((await owner.post(newer, { password: "mat-khau-moi-2026", passwordConfirm: "mat-khau-moi-2026" })).status).toBe(303);

    const attacker = t.client();
    expect((await attacker.get(older)).status).toBe(404);
    expect((await attacker.post(older, { password: "mat-khau-ke-gian", passwordConfirm: "mat-khau-ke-gian" })).status).toBe(404);
    expect(await apiStatus(token)).toBe(401);
    expect((await t.client().signIn(person.email, "mat-khau-moi-2026")).status).toBe(303);
  });

  it("signing out everywhere revokes the API tokens only when asked", async () => {
    const person = await personWithRole(t, "reporter", wardId);
    const kept = await tokenOf(person.client);
    const page = await person.client.get("/account");
    expect(textOf(page.text)).toContain("Thu hồi luôn 1 khóa API của tôi");
    expect((await person.client.post("/account/sign-out-everywhere")).status).toBe(303);
    expect(await apiStatus(kept)).toBe(200);

    const again = t.client();
    await again.signIn(person.email, person.password);
    const revoked = await tokenOf(again);
    expect((await again.post("/account/sign-out-everywhere", { revokeTokens: "on" })).status).toBe(303);
    expect(await apiStatus(revoked)).toBe(401);
    expect(await apiStatus(kept)).toBe(401);
    expect((await again.get("/account")).status).toBe(303);
  });
});

describe("the login limit under parallel guesses", () => {
  it("lets exactly 5 of 25 simultaneous wrong passwords be tried", async () => {
    const person = await personWithRole(t, "reporter", wardId);
    const clients = await Promise.all(
      Array.from({ length: 25 }, async (_, i) => {
        const c = t.client();
        c.ip = `203.0.113.${i + 1}`;
        await c.get("/sign-in");
        return c;
      }),
    );
    const answers = await Promise.all(clients.map((c, i) => c.post("/sign-in", { email: person.email, password: `sai-mat-khau-${i}` })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 422)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    // Even the right password waits out the lock.
    expect((await t.client().signIn(person.email, person.password)).status).toBe(429);
  });

  it("gives a shared office address its attempt back after a right password", async () => {
    const office = "192.0.2.200";
    for (let i = 0; i < 35; i++) {
      const person = await personWithRole(t, "reporter", wardId);
      const c = t.client();
      c.ip = office;
      expect((await c.signIn(person.email, person.password)).status).toBe(303);
    }
  });
});
