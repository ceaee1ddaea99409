// A nomination in a real browser: the women's union official puts a member
// forward, reads what the rules say before submitting ("cần xem xét: còn thiếu xếp loại năm 2024"
// with the article), uploads a signed document, tries to submit and is told every missing
// document at once.
import { expectAccessible } from "./axe";
import { expect, inviteAndAccept, test } from "./fixtures";

test.use({ actionTimeout: 15_000 });

const WOMEN = "Hội Liên hiệp Phụ nữ phường (đề nghị)";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test("an organisation puts a member forward, sees the rules' answer with its article, and is told every missing document at once", async ({ adminPage, app, mailbox, browser }) => {
  test.setTimeout(120_000);
  await adminPage.goto(`/units/${app.unitId}/new`);
  await adminPage.getByLabel("Loại đơn vị").selectOption({ label: "Tổ chức chính trị – xã hội" });
  await adminPage.getByLabel("Tên đơn vị").fill(WOMEN);
  await adminPage.getByRole("button", { name: "Thêm đơn vị" }).click();
  await adminPage.goto("/people/new");
  await adminPage.getByLabel("Họ và tên").fill("Võ Thị Hội Viên");
  await adminPage.getByLabel("Đơn vị", { exact: true }).selectOption({ label: WOMEN });
  await adminPage.getByLabel("Nữ", { exact: true }).check();
  await adminPage.getByRole("button", { name: "Lưu" }).click();
  const women = await inviteAndAccept(adminPage, browser, mailbox, app, { name: "Nguyễn Thị Đề Nghị", email: "denghi@camphu.gov.vn", role: "Tổ chức đề nghị khen thưởng", unit: WOMEN });
  try {
    await women.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Đề nghị khen thưởng" }).click();
    await expect(women.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ đề nghị khen thưởng");
    await women.getByRole("link", { name: "Lập hồ sơ đề nghị" }).click();
    await expectAccessible(women, "the nomination form");
    await women.getByLabel("Người, tập thể được đề nghị").selectOption({ label: "Võ Thị Hội Viên" });
    await women.getByLabel("Hình thức, danh hiệu đề nghị").selectOption({ label: "Lao động tiên tiến" });
    await women.getByLabel("Năm thành tích").fill("2024");
    await women.getByLabel("Ngày dự kiến quyết định").fill("20/12/2024");
    await women.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(women.getByRole("status")).toContainText("Đã lưu dự thảo hồ sơ");

    // What the rules say, before submitting: the rating of 2024 is missing, with its article.
    await expect(women.getByRole("heading", { level: 2, name: /Kiểm tra điều kiện theo quy định/ })).toContainText("Cần xem xét");
    await expect(women.getByRole("main")).toContainText("kết quả xếp loại năm 2024");
    await expect(women.getByRole("main")).toContainText("Điều 24 khoản 1 Luật Thi đua, khen thưởng 2022");
    await expectAccessible(women, "the nomination's page");

    // One signed document, then a submission: the three others are named at once.
    await women.getByLabel("Thành phần").selectOption({ label: "Tờ trình đề nghị khen thưởng" });
    await women.getByLabel("Tệp (PDF, .docx, ảnh chụp)").setInputFiles({ name: "to-trinh.pdf", mimeType: "application/pdf", buffer: PDF });
    await women.getByRole("button", { name: "Tải lên" }).click();
    await expect(women.getByRole("status")).toHaveText("Đã thêm tài liệu vào hồ sơ.");
    await expect(women.getByRole("link", { name: "to-trinh.pdf" })).toBeVisible();
    await women.getByRole("button", { name: "Gửi thẩm định" }).click();
    await expect(women.locator(".error-summary")).toContainText("Hồ sơ còn thiếu: Danh sách đề nghị khen thưởng; Báo cáo thành tích; Biên bản bình xét thi đua.");
  } finally {
    await women.context().close();
  }
});
