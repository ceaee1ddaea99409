// The self-hosted font is served, and no page asks any other host for anything.
import type { Request } from "@playwright/test";
import { expect, test } from "./fixtures";

test("fonts come from the app and no request leaves its origin", async ({ adminContext, app }) => {
  const context = await adminContext();
  const requests: string[] = [];
  context.on("request", (r: Request) => requests.push(r.url()));
  const page = await context.newPage();

  const font = page.waitForResponse((r) => /\/static\/fonts\/be-vietnam-pro-[a-z-]+-\d00-normal\.woff2$/.test(r.url()));
  await page.goto("/");
  const response = await font;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("font/woff2");
  expect(new URL(response.url()).origin).toBe(app.origin);
  expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("wOF2");
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => {
    const families: string[] = [];
    document.fonts.forEach((f) => {
      if (f.status === "loaded") families.push(f.family);
    });
    return families;
  });
  expect(loaded).toContain("Be Vietnam Pro");
  expect(await page.evaluate(() => document.fonts.check('700 16px "Be Vietnam Pro"', "Thi Đua"))).toBe(true);

  // A walk through the signed-in pages.
  for (const path of ["/units", `/units/${app.unitId}`, `/units/${app.unitId}/new`, "/users", "/users/invite", "/account", "/audit", "/nope"]) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
  }
  await page.getByRole("contentinfo").getByRole("link").click();
  await page.getByRole("contentinfo").getByRole("link").click();

  expect(requests.length).toBeGreaterThan(10);
  const elsewhere = requests.filter((url) => !url.startsWith(`${app.origin}/`));
  expect(elsewhere).toEqual([]);
  expect(requests.some((url) => url.endsWith("/static/app.css"))).toBe(true);
  expect(requests.some((url) => url.endsWith("/static/app.js"))).toBe(true);
});
