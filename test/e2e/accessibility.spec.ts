// axe-core finds no accessibility violations on any page, in Vietnamese and in English,
// including forms shown again with their errors.
import type { BrowserContext } from "@playwright/test";
import { expectAccessible } from "./axe";
import { expect, mailLink, test } from "./fixtures";

async function useEnglish(context: BrowserContext, origin: string) {
  await context.addCookies([{ name: "lang", value: "en", url: origin }]);
}

test("the set-up page, with and without errors, in both languages", async ({ freshApp, page }) => {
  await page.goto(freshApp.setupLink!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thiết lập lần đầu");
  await expectAccessible(page, "set-up page");

  await page.getByRole("button", { name: "Tạo tài khoản và đơn vị" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary").getByRole("link").first()).toHaveText("Tìm và chọn đơn vị của bạn, hoặc nhập tên đơn vị không có trong danh mục");
  await expectAccessible(page, "set-up page with errors");

  await page.getByLabel("Tìm xã, phường hoặc đặc khu").fill("xa nam nen");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page.getByLabel("Xã Nậm Nèn — Tỉnh Điện Biên")).toBeVisible();
  await expectAccessible(page, "set-up page with search results");
  await page.getByRole("button", { name: "Tạo tài khoản và đơn vị" }).click();
  await expectAccessible(page, "set-up page with errors");

  await page.getByRole("contentinfo").getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("First-time setup");
  await expectAccessible(page, "set-up page (English)");
});

test("signed-out pages: sign in, forgotten password, reset, invitation, not found", async ({ page, app, mailbox, adminPage }) => {
  await page.goto("/sign-in");
  await expectAccessible(page, "sign-in page");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "sign-in page with errors");

  await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt lại mật khẩu");
  await expectAccessible(page, "forgot-password page");
  await page.getByRole("button", { name: "Gửi liên kết" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "forgot-password page with errors");
  await page.getByLabel("Địa chỉ email").fill(app.admin.email);
  await page.getByRole("button", { name: "Gửi liên kết" }).click();
  await expect(page.getByRole("status")).toContainText("Nếu địa chỉ này có tài khoản");
  await expectAccessible(page, "forgot-password page, sent");

  const reset = await mailLink(mailbox, app.admin.email, /Đặt lại mật khẩu/, "/password/reset/");
  await page.goto(reset.link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt mật khẩu mới");
  await expectAccessible(page, "password reset page");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("ngan");
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "password reset page with errors");

  // An invitation, sent by the administrator.
  const email = "axe.khach@camphu.gov.vn";
  await adminPage.goto("/users/invite");
  await adminPage.getByLabel("Họ và tên").fill("Võ Thị Hoa");
  await adminPage.getByLabel("Địa chỉ email").fill(email);
  await adminPage.getByLabel("Đơn vị", { exact: true }).selectOption({ label: app.unitName });
  await adminPage.getByLabel("Vai trò").selectOption({ label: "Thành viên Hội đồng TĐKT" });
  await adminPage.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(adminPage.getByRole("status")).toContainText(email);
  const invitation = await mailLink(mailbox, email, /Lời mời tham gia Thi Đua/, "/invitations/");
  await page.goto(invitation.link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhận lời mời");
  await expectAccessible(page, "invitation accept page");
  await page.getByLabel("Họ và tên").fill("");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "invitation accept page with errors");

  await page.goto("/khong-co-trang-nay");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expectAccessible(page, "404 page");
  await page.goto("/invitations/khong-hop-le");
  await expectAccessible(page, "invalid invitation page");
});

test("signed-in pages of an administrator", async ({ adminPage: page, app }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${app.admin.fullName}`);
  await expectAccessible(page, "home page");

  await page.goto("/units");
  await expectAccessible(page, "units list");
  await page.getByRole("link", { name: app.unitName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(app.unitName);
  await expectAccessible(page, "unit detail");

  await page.getByRole("link", { name: "Thêm đơn vị trực thuộc" }).click();
  await expectAccessible(page, "new sub-unit form");
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "new sub-unit form with errors");
  await page.getByLabel("Loại đơn vị").selectOption({ label: "Trường học" });
  await page.getByLabel("Tên đơn vị").fill("Trường Tiểu học Cam Phú (axe)");
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await expectAccessible(page, "unit detail with a notice and a sub-unit");
  await page.getByRole("main").getByRole("link", { name: "Trường Tiểu học Cam Phú (axe)" }).click();
  await expectAccessible(page, "sub-unit detail");
  await page.goto("/units");
  await expectAccessible(page, "units list with a tree");

  await page.goto("/users");
  await expectAccessible(page, "users list");
  await page.getByRole("link", { name: "Mời người dùng" }).click();
  await expectAccessible(page, "invite form");
  await page.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "invite form with errors");
  await page.getByLabel("Họ và tên").fill("Đặng Văn Giang");
  await page.getByLabel("Địa chỉ email").fill("giang.dang@camphu.gov.vn");
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: app.unitName });
  await page.getByLabel("Vai trò").selectOption({ label: "Chủ tịch UBND" });
  await page.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await expectAccessible(page, "users list with a notice and a pending invitation");

  await page.getByRole("link", { name: app.admin.fullName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(app.admin.fullName);
  await expectAccessible(page, "user detail");

  await page.goto("/account");
  await expectAccessible(page, "account page");
  await page.getByRole("button", { name: "Tạo mã truy cập" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "account page with errors");
  await page.getByLabel("Tên mã truy cập").fill("Bảng tính báo cáo");
  await page.getByRole("button", { name: "Tạo mã truy cập" }).click();
  // The set-up administrator is also a national administrator: that notice is a status too.
  await expect(page.getByRole("status").filter({ hasText: "Mã truy cập mới" })).toBeVisible();
  await expectAccessible(page, "account page with a new token");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary")).toContainText("Nhập mật khẩu hiện tại");
  await expectAccessible(page, "account page with password errors");

  await page.goto("/audit");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page, "audit log");
  await page.goto("/audit?from=2024-13-45");
  await expect(page.locator(".error-summary")).toBeVisible();
  await expectAccessible(page, "audit log with errors");

  await page.goto("/units/999999");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expectAccessible(page, "404 page when signed in");
});

test("a few pages in English", async ({ adminContext, browser, app }) => {
  const anonymous = await browser.newContext({ baseURL: app.origin });
  try {
    await useEnglish(anonymous, app.origin);
    const page = await anonymous.newPage();
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expectAccessible(page, "sign-in page (English)");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectAccessible(page, "sign-in page with errors (English)");
    await page.goto("/password/forgot");
    await expectAccessible(page, "forgot-password page (English)");
  } finally {
    await anonymous.close();
  }

  const context = await adminContext();
  await useEnglish(context, app.origin);
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${app.admin.fullName}`);
  await expectAccessible(page, "home page (English)");
  await page.goto("/units");
  await expectAccessible(page, "units list (English)");
  await page.goto("/users/invite");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "invite form with errors (English)");
  await page.goto("/people");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await expectAccessible(page, "people list (English)");
  await page.goto("/people/new");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page, "new-person form with errors (English)");
  await page.goto("/people/import");
  await expectAccessible(page, "import page (English)");
  await page.goto("/account");
  await expectAccessible(page, "account page (English)");
  await page.goto("/audit");
  await expectAccessible(page, "audit log (English)");
  await page.goto("/nowhere");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible(page, "404 page (English)");
});

test("phone-sized pages, where wide tables scroll sideways", async ({ adminContext, app }) => {
  const context = await adminContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const [path, what] of [
    ["/", "home page"],
    ["/units", "units list"],
    [`/units/${app.unitId}`, "unit detail"],
    ["/users", "users list"],
    ["/audit", "audit log"],
  ] as const) {
    await page.goto(path);
    await expectAccessible(page, `${what} on a phone`);
  }
  // The audit table is wider than a phone and holds no links: the keyboard can still reach and scroll it.
  const region = page.getByRole("region", { name: "Nhật ký hoạt động" });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
