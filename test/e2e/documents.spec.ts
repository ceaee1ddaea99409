// A plan from draft to issue in a real browser: the administrator invites the council's
// standing member and the Chairman; the first writes the plan from the template and
// submits it, the Chairman signs and issues it, and both files download and open as
// what they claim to be.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { expect, inviteAndAccept, test } from "./fixtures";

/** The file behind a download link, fetched with the page's own session; it must come as an attachment. */
async function download(page: Page, link: string): Promise<Buffer> {
  const href = await page.getByRole("link", { name: link }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  return response.body();
}

test("a plan written, submitted, signed, issued and downloaded", async ({ adminPage, app, mailbox, browser }) => {
  test.setTimeout(120_000);
  const page = await inviteAndAccept(adminPage, browser, mailbox, app, { name: "Lê Thị Thường Trực", email: "thuongtruc.vanban@camphu.gov.vn", role: "Thường trực Hội đồng TĐKT" });
  const signer = await inviteAndAccept(adminPage, browser, mailbox, app, { name: "Đỗ Văn Chủ Tịch", email: "chutich.vanban@camphu.gov.vn", role: "Chủ tịch UBND" });
  try {
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Văn bản" }).click();
    await expectAccessible(page, "the documents list");

    await page.getByRole("link", { name: "Soạn kế hoạch mới" }).click();
    await page.getByLabel("Đơn vị").selectOption({ label: app.unitName });
    await page.getByLabel("Mẫu kế hoạch thi đua").check();
    await page.getByLabel("Trích yếu").fill("Phát động phong trào thi đua chào mừng Ngày Quốc khánh 2/9");
    await page.getByRole("button", { name: "Tạo dự thảo" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Soạn kế hoạch");
    await expectAccessible(page, "the plan form");
    await page.getByLabel("Căn cứ", { exact: true }).fill("Thực hiện công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024 của UBND thành phố Cam Ranh.");
    await page.getByLabel("Nội dung kế hoạch").fill("1. Tổ chức phát động phong trào thi đua sâu rộng.\n2. Biểu dương **kịp thời** các điển hình tiên tiến.");
    await page.getByLabel(app.unitName, { exact: true }).check();
    await page.getByLabel("Nơi nhận khác").fill("Thường trực Đảng ủy phường");
    await page.getByRole("button", { name: "Lưu phiên bản" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu phiên bản mới.");
    await expect(page.getByRole("article")).toContainText("DỰ THẢO");
    await expect(page.getByRole("article")).toContainText("- Thường trực Đảng ủy phường;");

    await page.getByRole("button", { name: "Trình ký" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã trình ký.");

    await signer.goto(page.url());
    await expect(signer.getByText("Đang trình ký")).toBeVisible();
    await expectAccessible(signer, "a plan awaiting signature");
    await signer.getByLabel("TM. Ủy ban nhân dân – Chủ tịch").check();
    await signer.getByRole("button", { name: "Ký, cấp số và ban hành" }).click();
    await expect(signer.getByRole("status")).toContainText("Đã ký và ban hành");
    await expect(signer.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch số 01/KH-UBND");
    await expect(signer.getByRole("article")).not.toContainText("DỰ THẢO");
    await expect(signer.getByRole("article")).toContainText("TM. ỦY BAN NHÂN DÂN");

    const docx = await download(signer, "Tải .docx");
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    const pdf = await download(signer, "Tải .pdf");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // Opening it as the Chairman of the recipient ward records the opening.
    await signer.reload();
    await expect(signer.getByRole("main")).toContainText("0 nơi nhận chưa mở văn bản.");
  } finally {
    await page.context().close();
    await signer.context().close();
  }
});
