// Form errors, GOV.UK style: a focused summary at the top, each problem linking to its field,
// and the same message next to the field, in Vietnamese.
import { expect, test } from "./fixtures";

test("an empty invite form shows a focused error summary whose links jump to the fields", async ({ adminPage: page }) => {
  await page.goto("/users/invite");
  await page.getByRole("button", { name: "Gửi lời mời" }).click();

  const summary = page.locator(".error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute("role", "alert");
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText("Có vấn đề cần sửa");
  await expect(page).toHaveTitle("Mời người dùng – Thi Đua");

  // The summary comes before the heading and the form.
  const order = await page.evaluate(() => {
    const s = document.querySelector(".error-summary")!;
    const h1 = document.querySelector("h1")!;
    return !!(s.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(order).toBe(true);

  // Every problem in Vietnamese, in the order of the fields on the form.
  const links = summary.getByRole("link");
  await expect(links).toHaveText(["Nhập họ và tên", "Nhập địa chỉ email", "Chọn đơn vị", "Chọn vai trò"]);
  const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(targets).toEqual(["#f-fullName", "#f-email", "#f-unitId", "#f-role"]);

  // Each field says what is wrong, and is marked invalid and described by its message.
  const expected: [string, string][] = [
    ["Họ và tên", "Nhập họ và tên"],
    ["Địa chỉ email", "Nhập địa chỉ email"],
    ["Đơn vị", "Chọn đơn vị"],
    ["Vai trò", "Chọn vai trò"],
  ];
  for (const [label, message] of expected) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(`Lỗi: ${message}`);
  }

  // The first link moves focus to its field.
  await links.first().click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("f-fullName");

  // And so does every other one.
  for (const target of targets.slice(1)) {
    await summary.locator(`a[href="${target}"]`).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target!.slice(1));
  }

  // What was typed is kept when the form comes back with a problem.
  await page.getByLabel("Họ và tên").fill("Phạm Văn Dũng");
  await page.getByLabel("Địa chỉ email").fill("khong-phai-email");
  await page.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Phạm Văn Dũng");
  await expect(page.locator(".error-summary").getByRole("link")).toHaveText([
    "Nhập địa chỉ email đúng dạng, ví dụ ten@phuong.gov.vn",
    "Chọn đơn vị",
    "Chọn vai trò",
  ]);
});

test("the sign-in form explains a wrong password without saying whether the account exists", async ({ page, app }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary").getByRole("link")).toHaveText(["Nhập địa chỉ email", "Nhập mật khẩu"]);

  await page.getByLabel("Địa chỉ email").fill(app.admin.email);
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-roi");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator(".error-summary").getByRole("link")).toHaveText(["Email hoặc mật khẩu không đúng"]);
  await expect(page.getByLabel("Địa chỉ email")).toHaveValue(app.admin.email);
  await expect(page.getByLabel("Mật khẩu")).toHaveValue("");
});
