// Every page works without JavaScript: plain forms and links.
import { expect, test } from "./fixtures";

test("without JavaScript one can sign in and add a sub-unit", async ({ browser, app, locale, timezoneId }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: app.origin, locale, timezoneId });
  try {
    const page = await context.newPage();
    await page.goto("/units");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Funits$/);
    await page.getByLabel("Địa chỉ email").fill(app.admin.email);
    await page.getByLabel("Mật khẩu").fill(app.admin.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();

    await expect(page).toHaveURL(`${app.origin}/units`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đơn vị");
    await page.getByRole("link", { name: app.unitName }).click();
    await page.getByRole("link", { name: "Thêm đơn vị trực thuộc" }).click();
    await expect(page).toHaveURL(`${app.origin}/units/${app.unitId}/new`);

    // A problem first: the form comes back with the summary, still without script.
    await page.getByRole("button", { name: "Thêm đơn vị" }).click();
    await expect(page.locator(".error-summary")).toContainText("Chọn loại đơn vị");

    await page.getByLabel("Loại đơn vị").selectOption({ label: "Tổ dân phố" });
    await page.getByLabel("Tên đơn vị").fill("Tổ dân phố 7 (không JS)");
    await page.getByLabel("Mã đơn vị").fill("TDP-NOJS-7");
    await page.getByRole("button", { name: "Thêm đơn vị" }).click();

    await expect(page).toHaveURL(new RegExp(`/units/${app.unitId}\\?added=`));
    await expect(page.getByRole("status")).toHaveText("Đã thêm Tổ dân phố 7 (không JS).");
    await expect(page.getByRole("main").getByRole("link", { name: "Tổ dân phố 7 (không JS)" })).toBeVisible();

    await page.goto("/units");
    const row = page.getByRole("row").filter({ hasText: "Tổ dân phố 7 (không JS)" });
    await expect(row.getByRole("cell")).toHaveText(["Tổ dân phố 7 (không JS)", "Tổ dân phố", "TDP-NOJS-7"]);
  } finally {
    await context.close();
  }
});
