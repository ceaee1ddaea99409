// Vietnamese first; the footer link switches to English and back, and the choice is remembered.
import { expect, test } from "./fixtures";

const EN_DATE = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
const VI_DATE = /\bngày \d{1,2} tháng \d{1,2} năm \d{4}\b/;

test("the English footer link switches the pages to English and back", async ({ page, app }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");

  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(`${app.origin}/sign-in`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page).toHaveTitle("Sign in – Thi Đua");
  await expect(page.getByLabel("Email address")).toBeVisible();
  await expect(page.getByRole("link", { name: "Forgotten your password?" })).toBeVisible();

  // Errors in English too.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".error-summary")).toContainText("There is a problem");
  await expect(page.locator(".error-summary").getByRole("link").first()).toHaveText("Enter an email address");

  // The choice survives signing in; labels and dates are English.
  await page.getByLabel("Email address").fill(app.admin.email);
  await page.getByLabel("Password").fill(app.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${app.admin.fullName}`);
  await expect(page.getByRole("main")).toContainText(`System administrator – ${app.unitName}`);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link")).toHaveText(["Home", "Units", "People", "Documents", "Movements", "Tasks", "Awards", "Council", "Council sessions", "Legal catalogue", "Users", "Activity log", "My account"]);

  await nav.getByRole("link", { name: "My account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
  const sessions = page.getByRole("main").getByRole("listitem").filter({ hasText: "Started" }).first();
  await expect(sessions).toContainText(EN_DATE);
  await expect(page.getByRole("main")).not.toContainText(VI_DATE);

  await nav.getByRole("link", { name: "Units" }).click();
  await expect(page.getByRole("columnheader")).toHaveText(["Unit name", "Type", "Code"]);
  await expect(page.getByRole("cell", { name: "Ward", exact: true })).toBeVisible();

  // And back to Vietnamese.
  await page.getByRole("contentinfo").getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page).toHaveURL(`${app.origin}/units`);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đơn vị");
  await expect(page.getByRole("cell", { name: "Phường", exact: true })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(VI_DATE);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "English" })).toBeVisible();
});
