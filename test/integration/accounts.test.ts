// The account journeys a ward goes through: first set-up, inviting a colleague by
// e-mail, resetting a password, locking out guessing, signing out everywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;

beforeAll(async () => {
  t = await startTestApp({ mail: true });
  ({ admin, wardId } = await setUpWard(t));
});
afterAll(() => t.close());

function linkIn(text: string): string {
  const m = /http:\/\/thidua\.test(\/\S+)/.exec(text);
  if (!m) throw new Error(`no link in: ${text}`);
  return m[1]!;
}

describe("first run", () => {
  it("signs the new administrator in and shows their role on the ward", async () => {
    const home = await admin.get("/");
    expect(home.status).toBe(200);
    expect(textOf(home.text)).toContain(`Xin chào, ${ADMIN.fullName}`);
    expect(textOf(home.text)).toContain("Quản trị hệ thống – Phường Cam Phú");
  });

  it("refuses the set-up link once an administrator exists", async () => {
    const res = await t.client().get("/setup/anything");
    expect(res.status).toBe(404);
    expect(textOf(res.text)).toContain("Liên kết thiết lập không hợp lệ");
  });

  it("offers no set-up link any more", async () => {
    const { issueSetupLink } = await import("../../src/features/setup/setup-link");
    expect(await issueSetupLink(t.deps.database.db, t.config.baseUrl)).toBeNull();
  });
});

describe("inviting a colleague by e-mail", () => {
  it("sends a real message whose link lets the colleague set a password and sign in with the role", async () => {
    await admin.get("/users/invite");
    const sent = await admin.post("/users/invite", { fullName: "Trần Thị Bình", email: "Binh.Tran@CamPhu.gov.vn", unitId: String(wardId), role: "council_secretary" });
    expect(sent.status).toBe(200);
    expect(textOf(sent.text)).toContain("Đã gửi lời mời tới binh.tran@camphu.gov.vn");
    expect(textOf(sent.text)).toContain("Lời mời chưa nhận");

    await t.deps.jobs.drain();
    const mail = await t.mailbox!.waitFor("binh.tran@camphu.gov.vn");
    expect(mail.subject).toBe("Lời mời tham gia Thi Đua – Phường Cam Phú");
    expect(mail.text).toContain("Thường trực Hội đồng TĐKT tại Phường Cam Phú");

    const colleague = t.client();
    const link = linkIn(mail.text!);
    const form = await colleague.get(link);
    expect(form.status).toBe(200);
    expect(textOf(form.text)).toContain("Nguyễn Văn Quản mời bạn tham gia");

    const short = await colleague.post(link, { fullName: "Trần Thị Bình", password: "ngan", passwordConfirm: "ngan" });
    expect(short.status).toBe(422);
    expect(textOf(short.text)).toContain("Mật khẩu phải có ít nhất 10 ký tự");

    const accepted = await colleague.post(link, { fullName: "Trần Thị Bình", password: "mat-khau-cua-binh", passwordConfirm: "mat-khau-cua-binh" });
    expect(accepted.status).toBe(303);
    expect(textOf((await colleague.get("/")).text)).toContain("Thường trực Hội đồng TĐKT – Phường Cam Phú");

    // The link is single-use.
    expect((await t.client().get(link)).status).toBe(404);
    const again = t.client();
    expect((await again.signIn("binh.tran@camphu.gov.vn", "mat-khau-cua-binh")).status).toBe(303);
  });

  it("answers each missing field in Vietnamese, linked from the error summary", async () => {
    await admin.get("/users/invite");
    const res = await admin.post("/users/invite", { fullName: "", email: "khong-phai-email", unitId: "", role: "" });
    expect(res.status).toBe(422);
    const text = textOf(res.text);
    expect(text).toContain("Có vấn đề cần sửa");
    expect(text).toContain("Nhập họ và tên");
    expect(text).toContain("Nhập địa chỉ email đúng dạng");
    expect(text).toContain("Chọn đơn vị");
    expect(text).toContain("Chọn vai trò");
    expect(res.text).toContain('href="#f-email"');
    expect(res.text).toContain('value="khong-phai-email"');
  });
});

describe("password reset", () => {
  it("mails a one-hour link; the new password works and old sessions end", async () => {
    const other = t.client();
    await other.signIn(ADMIN.email, ADMIN.password);
    expect((await other.get("/account")).status).toBe(200);

    const anon = t.client();
    await anon.get("/password/forgot");
    const asked = await anon.post("/password/forgot", { email: ADMIN.email.toUpperCase() });
    expect(textOf(asked.text)).toContain("Nếu địa chỉ này có tài khoản");
    await t.deps.jobs.drain();
    const mail = await t.mailbox!.waitFor(ADMIN.email, /Đặt lại mật khẩu/);
    const link = linkIn(mail.text!);

    await anon.get(link);
    const mismatch = await anon.post(link, { password: "mat-khau-moi-2024", passwordConfirm: "khac-hoan-toan" });
    expect(mismatch.status).toBe(422);
    expect(textOf(mismatch.text)).toContain("Hai mật khẩu không giống nhau");
    const done = await anon.post(link, { password: "mat-khau-moi-2024", passwordConfirm: "mat-khau-moi-2024" });
    expect(done.status).toBe(303);

    // The other browser was signed out; the old password no longer works; the new one does.
    expect((await other.get("/account")).status).toBe(303);
    expect((await t.client().signIn(ADMIN.email, ADMIN.password)).status).toBe(422);
    expect((await t.client().signIn(ADMIN.email, "mat-khau-moi-2024")).status).toBe(303);
    ADMIN.password = "mat-khau-moi-2024";
    ({ admin } = { admin: t.client() });
    await admin.signIn(ADMIN.email, ADMIN.password);
  });

  it("answers the same for an address with no account, and sends nothing", async () => {
    const before = t.mailbox!.messages.length;
    const anon = t.client();
    await anon.get("/password/forgot");
    const asked = await anon.post("/password/forgot", { email: "khong-ton-tai@camphu.gov.vn" });
    expect(textOf(asked.text)).toContain("Nếu địa chỉ này có tài khoản");
    await t.deps.jobs.drain();
    expect(t.mailbox!.messages.length).toBe(before);
  });
});

describe("guessing passwords", () => {
  it("locks the account after 5 failures with the same notice whether or not it exists", async () => {
    for (const email of ["nguoi-la@camphu.gov.vn", "binh.tran@camphu.gov.vn"]) {
      const guesser = t.client();
      guesser.ip = `198.51.100.${email.length}`;
      for (let i = 0; i < 5; i++) expect((await guesser.signIn(email, `sai-${i}-mat-khau`)).status).toBe(422);
      const locked = await guesser.signIn(email, "mat-khau-cua-binh");
      expect(locked.status).toBe(429);
      expect(textOf(locked.text)).toContain("Tài khoản này tạm bị khóa đăng nhập");
    }
  });

  it("limits one address trying many accounts", async () => {
    const guesser = t.client();
    guesser.ip = "203.0.113.99";
    for (let i = 0; i < 30; i++) await guesser.signIn(`ai-do-${i}@test.vn`, "sai-mat-khau-roi");
    const limited = await guesser.signIn(ADMIN.email, ADMIN.password);
    expect(limited.status).toBe(429);
    expect(textOf(limited.text)).toContain("Quá nhiều lần đăng nhập từ địa chỉ này");
  });
});

describe("signing out of every session", () => {
  it("ends the sessions of every browser of that person", async () => {
    const phone = t.client();
    await phone.signIn(ADMIN.email, ADMIN.password);
    const laptop = t.client();
    await laptop.signIn(ADMIN.email, ADMIN.password);
    const account = await laptop.get("/account");
    expect(textOf(account.text)).toContain("Phiên này");
    expect((await laptop.post("/account/sign-out-everywhere")).status).toBe(303);
    expect((await phone.get("/")).location).toContain("/sign-in");
    expect((await laptop.get("/")).location).toContain("/sign-in");
  });
});
