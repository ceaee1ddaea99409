// The first-run journey, as the "done when" describes it: from the set-up link on the
// console to a second, invited person signing in with the password they chose.
import { expect, mailLink, test } from "./fixtures";

test("first run: set up, invite by e-mail, accept, sign out and back in", async ({ freshApp, mailbox, browser, page }) => {
  const admin = { name: "Lê Minh Châu", email: "chau.le@camphu.gov.vn", password: "mot-mat-khau-dai-2024" };
  const invitee = { name: "Trần Thị Bình", email: "binh.tran@camphu.gov.vn", password: "binh-dat-mat-khau-99" };

  // The console printed a one-time set-up link; open it.
  expect(freshApp.setupLink, freshApp.output.join("\n")).toMatch(new RegExp(`^${freshApp.origin}/setup/`));
  await page.goto(freshApp.setupLink!);
  await expect(page.getByRole("heading", { level: 1, name: "Thiết lập lần đầu" })).toBeVisible();

  // The ward is found in the official list by part of its name, typed without diacritics.
  await page.getByLabel("Tìm xã, phường hoặc đặc khu").fill("cam ranh");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await page.getByLabel("Phường Cam Ranh — Tỉnh Khánh Hòa").check();
  await page.getByLabel("Họ và tên").fill(admin.name);
  await page.getByLabel("Địa chỉ email").fill(admin.email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(admin.password);
  await page.getByLabel("Nhập lại mật khẩu").fill(admin.password);
  await page.getByRole("button", { name: "Tạo tài khoản và đơn vị" }).click();

  // Signed in, on the home page.
  await expect(page).toHaveURL(`${freshApp.origin}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${admin.name}`);
  await expect(page.getByRole("main")).toContainText("Quản trị hệ thống – Phường Cam Ranh");

  // The set-up link is now dead.
  await page.goto(freshApp.setupLink!);
  await expect(page.getByRole("main")).toContainText("Liên kết thiết lập không hợp lệ hoặc đã được dùng");
  await page.goto(`${freshApp.origin}/`);

  // Người dùng → Mời người dùng.
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await nav.getByRole("link", { name: "Người dùng", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
  await page.getByRole("link", { name: "Mời người dùng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mời người dùng" })).toBeVisible();
  await page.getByLabel("Họ và tên").fill(invitee.name);
  await page.getByLabel("Địa chỉ email").fill(invitee.email);
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Phường Cam Ranh" });
  await page.getByLabel("Vai trò").selectOption({ label: "Thường trực Hội đồng TĐKT" });
  await page.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.getByRole("status")).toContainText(`Đã gửi lời mời tới ${invitee.email}.`);
  await expect(page.getByRole("main")).toContainText("Lời mời chưa nhận");
  await expect(page.getByRole("main")).toContainText(`${invitee.name} <${invitee.email}>`);

  // The real e-mail, through SMTP.
  const mail = await mailLink(mailbox, invitee.email, /Lời mời tham gia Thi Đua – Phường Cam Ranh/, "/invitations/");
  expect(mail.text).toContain(`Xin chào ${invitee.name}`);
  expect(mail.text).toContain("Thường trực Hội đồng TĐKT tại Phường Cam Ranh");
  expect(mail.link.startsWith(`${freshApp.origin}/invitations/`)).toBe(true);

  // The invitee opens it on their own computer: a new browser context.
  const theirs = await browser.newContext();
  try {
    const invitePage = await theirs.newPage();
    await invitePage.goto(mail.link);
    await expect(invitePage.getByRole("heading", { level: 1, name: "Nhận lời mời" })).toBeVisible();
    await expect(invitePage.getByRole("main")).toContainText(`${admin.name} mời bạn tham gia Thi Đua với vai trò Thường trực Hội đồng TĐKT tại Phường Cam Ranh`);
    await expect(invitePage.getByLabel("Họ và tên")).toHaveValue(invitee.name);
    await invitePage.getByLabel("Mật khẩu", { exact: true }).fill(invitee.password);
    await invitePage.getByLabel("Nhập lại mật khẩu").fill(invitee.password);
    await invitePage.getByRole("button", { name: "Tạo tài khoản" }).click();

    await expect(invitePage).toHaveURL(`${freshApp.origin}/`);
    await expect(invitePage.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${invitee.name}`);
    await expect(invitePage.getByRole("main")).toContainText("Thường trực Hội đồng TĐKT – Phường Cam Ranh");
    // A secretary has no account or audit pages.
    const theirNav = invitePage.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(theirNav.getByRole("link", { name: "Nhật ký" })).toHaveCount(0);

    // Sign out, then back in with the new password.
    await theirNav.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(invitePage).toHaveURL(`${freshApp.origin}/sign-in`);
    await expect(invitePage.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
    await invitePage.goto(`${freshApp.origin}/`);
    await expect(invitePage).toHaveURL(/\/sign-in\?next=%2F$/);

    await invitePage.getByLabel("Địa chỉ email").fill(invitee.email);
    await invitePage.getByLabel("Mật khẩu").fill(invitee.password);
    await invitePage.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(invitePage).toHaveURL(`${freshApp.origin}/`);
    await expect(invitePage.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${invitee.name}`);
    await expect(invitePage.getByRole("main")).toContainText("Thường trực Hội đồng TĐKT – Phường Cam Ranh");

    // The invitation link works only once.
    await invitePage.goto(mail.link);
    await expect(invitePage.getByRole("main")).toContainText("Lời mời không hợp lệ, đã hết hạn hoặc đã được dùng.");
  } finally {
    await theirs.close();
  }

  // The administrator now sees the new account.
  await page.goto(`${freshApp.origin}/users`);
  await expect(page.getByRole("table")).toContainText(invitee.name);
  await expect(page.getByRole("main")).not.toContainText("Lời mời chưa nhận");
});
