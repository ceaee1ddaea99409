// The axe-core check shared by the specs: no accessibility violations on the page as it is now.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Runs axe on the page as it is now; every violation is listed with the nodes it concerns. */
export async function expectAccessible(page: Page, what: string) {
  await expect(page.locator("h1")).toHaveCount(1);
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary?.replace(/\s+/g, " ")})`).join("; ")}`,
  );
  expect.soft(violations, `axe violations on ${what} (${page.url()})`).toEqual([]);
  expect.soft(results.passes.length, `axe ran its rules on ${what}`).toBeGreaterThan(10);
}
