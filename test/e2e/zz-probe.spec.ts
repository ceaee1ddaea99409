import AxeBuilder from "@axe-core/playwright";
import { test } from "./fixtures";
test("probe", async ({ adminContext, app }) => {
  const ctx = await adminContext({ viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await ctx.newPage();
  for (const p of ["/", "/units", "/users", "/users/invite", "/audit", "/account", `/units/${app.unitId}`]) {
    await page.goto(p);
    const r = await new AxeBuilder({ page }).analyze();
    const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    console.log(p, sw, "violations", r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`), "incomplete", r.incomplete.map((i) => i.id));
  }
});
