// Changing one's password on "Tài khoản của tôi" and through the API: the current password
// is required and counted against the sign-in limit, the new one typed twice; every other
// session ends and this one is kept; a wrong form changes nothing; an audit entry is written.
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, passwordResets, sessions, users } from "../../src/db/schema";
import { personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let wardId: number;
const NEW = "mat-khau-moi-cua-toi-2026";

beforeAll(async () => {
  t = await startTestApp();
  ({ wardId } = await setUpWard(t));
});
afterAll(() => t.close());

const hashOf = async (id: number) => (await t.deps.database.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id)))[0]!.h;
const sessionCount = async (id: number) => (await t.deps.database.db.select().from(sessions).where(eq(sessions.userId, id))).length;
const signedIn = async (client: WebClient) => (await client.get("/account")).status === 200;

async function tokenOf(client: WebClient) {
  await client.get("/account");
  return /(tdpat_[A-Za-z0-9_-]+)/.exec((await client.post("/account/tokens", { name: "Đồng bộ" })).text)![1]!;
}
const api = (token: string, path: string, body?: unknown) =>
  t.app.request(`/api/v1${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe("changing one's password on the account page", () => {
  it("refuses a wrong current password, a mismatch, a short or unchanged password, in plain words, and changes nothing", async () => {
    const person = await personWithRole(t, "reporter", wardId);
    const before = await hashOf(person.user.id);
    const page = await person.client.get("/account");
    expect(textOf(page.text)).toContain("Đổi mật khẩu");
    const cases: [Record<string, string>, string][] = [
      [{ currentPassword: "khong-phai-mat-khau", password: NEW, passwordConfirm: NEW }, "Mật khẩu hiện tại không đúng"],
      [{ currentPassword: person.password, password: NEW, passwordConfirm: `${NEW}x` }, "Hai mật khẩu không giống nhau"],
      [{ currentPassword: person.password, password: "ngan", passwordConfirm: "ngan" }, "Mật khẩu mới"],
      [{ currentPassword: person.password, password: person.password, passwordConfirm: person.password }, "Mật khẩu mới phải khác mật khẩu hiện tại"],
      [{ password: NEW, passwordConfirm: NEW }, "Nhập mật khẩu hiện tại"],
    ];
    for (const [form, message] of cases) {
      const res = await person.client.post("/account/password", form);
      expect(res.status).toBe(422);
      const text = textOf(res.text);
      expect(text).toContain(message);
      // No password is ever written back into the page.
      for (const value of Object.values(form)) expect(res.text).not.toContain(`value="${value}"`);
    }
    expect(await hashOf(person.user.id)).toBe(before);
    expect(await signedIn(person.client)).toBe(true);
  });

  it("answers in English with the switch", async () => {
    const person = await personWithRole(t, "reporter", wardId);
    await person.client.get("/account?lang=en");
    await person.client.get("/account");
    const res = await person.client.post("/account/password", { currentPassword: "sai", password: NEW, passwordConfirm: NEW });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("The current password is not right");
  });

  it("changes it, keeps this session, signs out the others, closes reset links and keeps API tokens unless asked", async () => {
    const person = await personWithRole(t, "council_secretary", wardId);
    const phone = t.client();
    expect((await phone.signIn(person.email, person.password)).status).toBe(303);
    const token = await tokenOf(person.client);
    expect(await sessionCount(person.user.id)).toBe(2);
    // A reset link asked for earlier is for the old password.
    const visitor = t.client();
    await visitor.get("/password/forgot");
    await visitor.post("/password/forgot", { email: person.email });
    await t.deps.jobs.drain();
    const openResets = async () => (await t.deps.database.db.select().from(passwordResets).where(and(eq(passwordResets.userId, person.user.id), isNull(passwordResets.usedAt)))).length;
    expect(await openResets()).toBe(1);

    await person.client.get("/account");
    const done = await person.client.post("/account/password", { currentPassword: person.password, password: NEW, passwordConfirm: NEW });
    expect(done.status).toBe(303);
    expect(done.location).toBe("/account?password=changed");
    expect(textOf((await person.client.get(done.location!)).text)).toContain("Đã đổi mật khẩu");
    expect(await signedIn(person.client)).toBe(true);
    expect(await signedIn(phone)).toBe(false);
    expect(await sessionCount(person.user.id)).toBe(1);
    expect((await api(token, "/me")).status).toBe(200);

    expect((await t.client().signIn(person.email, person.password)).status).toBe(422);
    expect((await t.client().signIn(person.email, NEW)).status).toBe(303);
    const [entry] = await t.deps.database.db.select().from(auditLog).where(and(eq(auditLog.action, "password.changed"), eq(auditLog.entityId, String(person.user.id))));
    expect(entry!.after).toMatchObject({ otherSessionsEnded: 1, linksClosed: 1, tokensRevoked: 0 });
    expect(await openResets()).toBe(0);

    // Asked, the API tokens go too.
    await person.client.get("/account");
    const again = await person.client.post("/account/password", { currentPassword: NEW, password: `${NEW}-2`, passwordConfirm: `${NEW}-2`, revokeTokens: "on" });
    expect(again.status).toBe(303);
    expect((await api(token, "/me")).status).toBe(401);
  });

  it("counts wrong current passwords against the sign-in limit, shared with the sign-in page", async () => {
    const person = await personWithRole(t, "reporter", wardId);
    await person.client.get("/account");
    for (let i = 0; i < 5; i++) {
      expect((await person.client.post("/account/password", { currentPassword: `doan-${i}`, password: NEW, passwordConfirm: NEW })).status).toBe(422);
    }
    const locked = await person.client.post("/account/password", { currentPassword: person.password, password: NEW, passwordConfirm: NEW });
    expect(locked.status).toBe(429);
    expect(textOf(locked.text)).toContain("tạm bị khóa");
    expect((await t.client().signIn(person.email, person.password)).status).toBe(429);
    expect(await hashOf(person.user.id)).not.toBeNull();
    expect((await t.client().signIn(person.email, NEW)).status).toBe(429);
  });
});

describe("changing one's password through the API", () => {
  it("takes the current and new passwords as JSON, answers field errors, and ends every session", async () => {
    const person = await personWithRole(t, "reporter", wardId);
    const token = await tokenOf(person.client);
    const wrong = await api(token, "/account/password", { currentPassword: "sai", password: NEW, passwordConfirm: NEW });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.fields).toEqual({ currentPassword: "Mật khẩu hiện tại không đúng" });
    const mismatch = await api(token, "/account/password", { currentPassword: person.password, password: NEW, passwordConfirm: "khac" });
    expect(mismatch.status).toBe(422);
    expect(Object.keys((await mismatch.json()).error.fields)).toEqual(["passwordConfirm"]);

    const ok = await api(token, "/account/password", { currentPassword: person.password, password: NEW, passwordConfirm: NEW });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ otherSessionsEnded: 1, tokensRevoked: 0 });
    expect(await signedIn(person.client)).toBe(false);
    expect((await api(token, "/me")).status).toBe(200);
    expect((await t.client().signIn(person.email, NEW)).status).toBe(303);
    const doc = JSON.parse((await (await t.app.request("/api/v1/openapi.json")).text()));
    expect(doc.paths["/account/password"].post.requestBody).toBeTruthy();
  });
});
