// Phone-sized screens: nothing scrolls sideways and the navigation can be used.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PHONE = { width: 375, height: 740 };

async function expectNoHorizontalScroll(page: Page) {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(sizes.scrollWidth, `page is ${sizes.scrollWidth}px wide on a ${sizes.clientWidth}px screen`).toBeLessThanOrEqual(sizes.clientWidth);
}

/** Every link and button of the main navigation is on screen and big enough to tap. */
async function expectUsableNav(page: Page) {
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav).toBeVisible();
  const controls = nav.locator("a, button");
  const count = await controls.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    await expect(control).toBeVisible();
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.height).toBeGreaterThanOrEqual(20);
  }
}

test("home and units pages fit a phone and the navigation works", async ({ adminContext, app }) => {
  const context = await adminContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${app.admin.fullName}`);
  await expectNoHorizontalScroll(page);
  await expectUsableNav(page);

  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await nav.getByRole("link", { name: "Đơn vị" }).tap();
  await expect(page).toHaveURL(`${app.origin}/units`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đơn vị");
  await expect(nav.getByRole("link", { name: "Đơn vị" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: app.unitName })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectUsableNav(page);

  await page.getByRole("link", { name: app.unitName }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(app.unitName);
  await expectNoHorizontalScroll(page);

  // Pages with wider tables scroll them inside their box, not the whole page.
  for (const path of ["/users", "/audit", "/account"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }

  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Trang chủ" }).tap();
  await expect(page).toHaveURL(`${app.origin}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${app.admin.fullName}`);
});
