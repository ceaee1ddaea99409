// The decision's path in real browsers, on the demo ward loaded from the command line: the
// standing member opens the Chairman's award decision 03/QĐ-UBND of 20/12/2024 from the menu,
// reads its awardees and bonuses, downloads the decision (.pdf) and the payment list (.xlsx);
// prints the certificates; a stranger, not signed in, checks a certificate's code on /verify
// (typed in lower case with spaces) and a mistyped one; the ceremony lists the awardees in rank
// order; the standing member drafts a revocation with its grounds and submits it, the Chairman
// signs and issues it dated 30/12/2024, and the stranger's page now says the award was revoked
// and by which decision. axe checks every page on the way.
import { readFile } from "node:fs/promises";
import type { Browser, Download, Page } from "@playwright/test";
import { ALPHABET } from "../../src/domain/certificates/code";
import { expectAccessible } from "./axe";
import { expect, runCli, startApp, test } from "./fixtures";

test.use({ actionTimeout: 15_000 });

const WARD = "Phường Cam Phú";
const DECISION = "03/QĐ-UBND";
const CLUB = "Câu lạc bộ Phụ nữ khởi nghiệp phường Cam Phú";
const GIAY_KHEN = "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã";
const GROUNDS = "Kê khai không trung thực thành tích (Điều 93 khoản 2 điểm a Luật Thi đua, khen thưởng), theo Kết luận thanh tra số 12/KL-TTr ngày 27/12/2024.";

interface Account {
  role: string;
  email: string;
  password: string;
  fullName: string;
}

async function signIn(browser: Browser, origin: string, account: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Địa chỉ email").fill(account.email);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(`${origin}/`);
  return page;
}

/** Clicks what starts a download and returns it with its first bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; head: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: (file as Download).suggestedFilename(), head: (await readFile((await file.path())!)).subarray(0, 5).toString("latin1") };
}

test("an award decision: read, paid, printed, verified by anyone, revoked, and the verification says so", async ({ mailbox, cluster, browser }) => {
  test.setTimeout(240_000);
  let printed = "";
  const demo = await startApp({
    smtpUrl: mailbox.url,
    cluster,
    prepare: async (env) => {
      printed = await runCli(["demo"], env);
    },
  });
  const pages: Page[] = [];
  try {
    // "  chairman           chutich@…   PASSWORD  Full Name – Unit", one line per account.
    const accounts: Account[] = [...printed.matchAll(/^ {2}(\w+) +(\S+@\S+) +(\S+) {2}(.+?) – (.+)$/gm)].map((m) => ({ role: m[1]!, email: m[2]!, password: m[3]!, fullName: m[4]! }));
    const account = (role: string) => accounts.find((a) => a.role === role)!;
    // The front's chairwoman is the individual the demo's decision awards.
    const holder = accounts.find((a) => a.email.startsWith("mattran@"))!.fullName;
    expect(holder, printed).toBeTruthy();

    // ---- 1. The standing member opens the decision from the menu, reads it, downloads it.
    const standing = await signIn(browser, demo.origin, account("council_secretary"));
    pages.push(standing);
    await standing.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Quyết định khen thưởng" }).click();
    await expect(standing.getByRole("heading", { level: 1 })).toHaveText("Quyết định khen thưởng");
    const listed = standing.getByRole("table").getByRole("row").filter({ hasText: DECISION });
    await expect(listed).toContainText("ngày 20 tháng 12 năm 2024");
    await expect(listed).toContainText("Đã ban hành");
    await expectAccessible(standing, "the decisions list");

    // The household's item, left out of the decision, still waits: the new-decision page.
    await standing.getByRole("link", { name: "Lập quyết định khen thưởng" }).first().click();
    await expect(standing.getByRole("heading", { level: 1 })).toHaveText("Lập quyết định khen thưởng");
    await expect(standing.getByRole("main")).toContainText(WARD);
    await expect(standing.getByRole("group", { name: "Hồ sơ đưa vào quyết định" }).getByRole("checkbox")).not.toHaveCount(0);
    await expectAccessible(standing, "the new-decision page");
    await standing.goBack();

    await standing.getByRole("table").getByRole("link", { name: DECISION }).click();
    await expect(standing.getByRole("heading", { level: 1 })).toHaveText(`Quyết định ${DECISION}`);
    const decisionPath = new URL(standing.url()).pathname;
    expect(decisionPath).toMatch(/^\/decisions\/\d+$/);
    const lines = standing.getByRole("table");
    const lineOf = (name: string) => lines.getByRole("row").filter({ has: standing.getByRole("rowheader", { name }) });
    await expect(lineOf(holder)).toContainText(GIAY_KHEN);
    await expect(lineOf(holder)).toContainText("360.000");
    await expect(lineOf(CLUB)).toContainText("710.000");
    await expect(lineOf(holder)).toContainText("Còn hiệu lực");
    await expect(standing.getByRole("main")).toContainText("Tổng tiền thưởng: 1.070.000 đồng");
    await expect(standing.getByRole("main")).toContainText("ngày 20 tháng 12 năm 2024");
    await expectAccessible(standing, "the decision's page");

    const pdf = await download(standing, () => standing.getByRole("main").getByRole("link", { name: "Tải .pdf" }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.head).toBe("%PDF-");
    const xlsx = await download(standing, () => standing.getByRole("link", { name: "Danh sách chi tiền thưởng (.xlsx)" }).click());
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.head.slice(0, 2), "an .xlsx is a zip").toBe("PK");

    // ---- 2. The certificates: the batch for printing, and the holder's code.
    await standing.getByRole("link", { name: "Giấy khen, giấy chứng nhận" }).click();
    await expect(standing.getByRole("heading", { level: 1 })).toHaveText(`Giấy khen, giấy chứng nhận của Quyết định số ${DECISION}`);
    const certificateOf = (name: string) => standing.getByRole("table").getByRole("row").filter({ has: standing.getByRole("rowheader", { name }) });
    await expect(certificateOf(holder)).toContainText("Còn hiệu lực");
    await expect(certificateOf(CLUB)).toContainText("Còn hiệu lực");
    await expectAccessible(standing, "the decision's certificates");
    const batch = await download(standing, () => standing.getByRole("link", { name: "In tất cả (2 giấy, PDF)" }).click());
    expect(batch.name).toMatch(/\.pdf$/);
    expect(batch.head).toBe("%PDF-");
    const code = (await certificateOf(holder).locator("code").textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}$/);

    // A stranger, not signed in, types the code as read aloud: lower case, spaces.
    const strangerContext = await browser.newContext({ baseURL: demo.origin, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    const stranger = await strangerContext.newPage();
    pages.push(stranger);
    await stranger.goto("/verify");
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Tra cứu giấy khen, giấy chứng nhận");
    await expectAccessible(stranger, "the verification form");
    await stranger.getByLabel("Mã tra cứu").fill(` ${code.toLowerCase().replaceAll("-", " ")} `);
    await stranger.getByRole("button", { name: "Tra cứu" }).click();
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Giấy khen, giấy chứng nhận hợp lệ");
    const facts = stranger.getByRole("main");
    await expect(facts).toContainText(holder);
    await expect(facts).toContainText(GIAY_KHEN);
    await expect(facts).toContainText(`Số ${DECISION} ngày 20 tháng 12 năm 2024`);
    await expect(facts).toContainText("Còn hiệu lực");
    await expect(facts).toContainText(code);
    await expect(facts).not.toContainText(CLUB);
    await expectAccessible(stranger, "the verification of a valid certificate");
    const verifyPath = new URL(stranger.url()).pathname;
    expect(verifyPath).toMatch(/^\/verify\//);

    // One character changed: the plain "mistyped" answer, nothing about any award.
    const plain = code.replaceAll("-", "");
    const wrong = plain.slice(0, 5) + ALPHABET[(ALPHABET.indexOf(plain[5]!) + 1) % ALPHABET.length] + plain.slice(6);
    await stranger.getByLabel("Mã tra cứu").fill(wrong);
    await stranger.getByRole("button", { name: "Tra cứu" }).click();
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Mã không đúng");
    await expect(facts).toContainText(`Mã ${wrong} có ký tự bị gõ sai`);
    await expect(facts).not.toContainText(holder);
    await expect(facts).not.toContainText(DECISION);

    // ---- 4. The ceremony: the presentation list in rank order (one form: the decision's order).
    await standing.getByRole("link", { name: "Lễ trao tặng" }).click();
    await expect(standing.getByRole("heading", { level: 1 })).toHaveText(`Lễ trao tặng theo Quyết định số ${DECISION}`);
    await expect(standing.getByRole("table").getByRole("rowheader")).toHaveText([holder, CLUB]);
    await expect(standing.getByRole("table").getByRole("row").nth(1)).toContainText(`1${holder}${GIAY_KHEN}`);
    await expectAccessible(standing, "the ceremony page");

    // ---- 3. The standing member drafts the revocation of the holder's award, with its grounds.
    await standing.goto(decisionPath);
    const revoke = standing.locator("form").filter({ has: standing.getByRole("heading", { name: "Hủy quyết định, thu hồi khen thưởng" }) });
    await revoke.getByLabel(`${holder} — ${GIAY_KHEN}`).check();
    await revoke.getByLabel("Căn cứ thu hồi").fill(GROUNDS);
    await revoke.getByRole("button", { name: "Lập dự thảo quyết định thu hồi" }).click();
    await expect(standing.getByRole("status")).toHaveText("Đã lập dự thảo. Kiểm tra nội dung rồi trình ký.");
    await expect(standing.getByRole("heading", { level: 1 })).toHaveText("Dự thảo quyết định");
    await expect(standing.getByRole("main")).toContainText(`Căn cứ thu hồi: ${GROUNDS}`);
    await expect(standing.getByRole("table").getByRole("row").filter({ hasText: holder })).toContainText(`${GIAY_KHEN} (${DECISION})`);
    await expect(standing.getByRole("table").getByRole("row").filter({ hasText: holder })).toContainText("360.000");
    await expectAccessible(standing, "the draft revocation");

    // …and submits it for signature on the document's page.
    await standing.getByRole("link", { name: "Trình ký, ban hành" }).click();
    await expect(standing.getByRole("heading", { level: 1 })).toHaveText("Dự thảo quyết định");
    const revocationPath = new URL(standing.url()).pathname;
    expect(revocationPath).toMatch(/^\/documents\/\d+$/);
    await standing.getByRole("button", { name: "Trình ký", exact: true }).click();
    await expect(standing.getByRole("status")).toHaveText("Đã trình ký.");
    await expect(standing.getByRole("main")).toContainText("Đang trình ký");

    // The Chairman signs and issues it, dated 30/12/2024.
    const chairman = await signIn(browser, demo.origin, account("chairman"));
    pages.push(chairman);
    await chairman.goto(revocationPath);
    const sign = chairman.locator("form").filter({ has: chairman.getByRole("heading", { name: "Ký và ban hành" }) });
    await sign.getByLabel("Ngày ban hành").fill("2024-12-30");
    await sign.getByRole("button", { name: "Ký, cấp số và ban hành" }).click();
    await expect(chairman.getByRole("status")).toHaveText("Đã ký và ban hành; văn bản đã được gửi đến các nơi nhận.");
    await expect(chairman.getByRole("heading", { level: 1 })).toHaveText(/^Quyết định \d+\/QĐ-UBND$/);
    const revocation = (await chairman.getByRole("heading", { level: 1 }).textContent())!.replace("Quyết định ", "");
    expect(revocation).not.toBe(DECISION);

    // The stranger's page now says the award was revoked, and by which decision.
    await stranger.goto(verifyPath);
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Khen thưởng đã bị thu hồi");
    await expect(facts).toContainText(`Đã bị thu hồi theo Quyết định số ${revocation} ngày 30 tháng 12 năm 2024`);
    await expect(facts).toContainText(holder);
    await expect(facts).not.toContainText("Còn hiệu lực");
    await expectAccessible(stranger, "the verification of a revoked certificate");

    // The award decision itself is unchanged but shows the revocation; the ceremony leaves her out.
    await standing.goto(decisionPath);
    await expect(lineOf(holder)).toContainText(`Đã thu hồi theo Quyết định số ${revocation} ngày 30 tháng 12 năm 2024`);
    await expect(lineOf(CLUB)).toContainText("Còn hiệu lực");
    await expect(lineOf(holder)).toContainText("360.000");
    await standing.getByRole("link", { name: "Lễ trao tặng" }).click();
    await expect(standing.getByRole("table").getByRole("rowheader")).toHaveText([CLUB]);
  } catch (err) {
    // A page that says "Hệ thống gặp sự cố" tells little: show what the server logged.
    console.log(demo.output.filter((l) => /ERROR|^\s+at /.test(l)).slice(-40).join("\n"));
    throw err;
  } finally {
    for (const page of pages) await page.context().close();
    await demo.stop();
  }
});
