// A movement from draft to accepted registration in a real browser: the council's standing
// member launches it with a milestone, a criterion and two participants; the women's union
// official registers (in a browser without JavaScript); the standing member accepts.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { expect, inviteAndAccept, test, type SeededApp } from "./fixtures";

// A missing label fails the step at once rather than at the end of the test.
test.use({ actionTimeout: 15_000 });

const WOMEN = "Hội Liên hiệp Phụ nữ phường (phong trào)";
const GROUP = "Tổ dân phố Phú Bình (phong trào)";
const NAME = "Phong trào thi đua chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ";

async function addSubUnit(admin: Page, app: SeededApp, name: string, kind: string) {
  await admin.goto(`/units/${app.unitId}/new`);
  await admin.getByLabel("Loại đơn vị").selectOption({ label: kind });
  await admin.getByLabel("Tên đơn vị").fill(name);
  await admin.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(admin.getByRole("status")).toHaveText(`Đã thêm ${name}.`);
}

test("a movement launched with a milestone and a criterion, registered for and accepted", async ({ adminPage, app, mailbox, browser }) => {
  test.setTimeout(120_000);
  await addSubUnit(adminPage, app, WOMEN, "Tổ chức chính trị – xã hội");
  await addSubUnit(adminPage, app, GROUP, "Tổ dân phố");
  const secretary = await inviteAndAccept(adminPage, browser, mailbox, app, { name: "Lê Thị Thường Trực", email: "thuongtruc.phongtrao@camphu.gov.vn", role: "Thường trực Hội đồng TĐKT", unit: app.unitName });
  const women = await inviteAndAccept(adminPage, browser, mailbox, app, { name: "Nguyễn Thị Hội Phụ Nữ", email: "hoiphunu.phongtrao@camphu.gov.vn", role: "Tổ chức đề nghị khen thưởng", unit: WOMEN }, { javaScriptEnabled: false });
  try {
    // The standing member writes the movement.
    await secretary.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Phong trào" }).click();
    await expect(secretary.getByRole("heading", { level: 1 })).toHaveText("Phong trào thi đua");
    await expectAccessible(secretary, "the movements list");
    await secretary.getByRole("link", { name: "Phát động phong trào mới" }).click();
    await expectAccessible(secretary, "the movement form");
    // A first try with a milestone outside the period comes back with the problem.
    await secretary.getByLabel("Tên phong trào").fill(NAME);
    await secretary.getByLabel("Theo đợt, chuyên đề").check();
    await secretary.getByLabel("Ngày bắt đầu").fill("2024-03-21");
    await secretary.getByLabel("Ngày kết thúc").fill("2024-12-31");
    await secretary.getByLabel("Hạn đăng ký thi đua").fill("2024-04-15");
    await secretary.getByLabel("Ngày của mốc 1").fill("2025-05-07");
    await secretary.getByLabel("Tên mốc 1").fill("Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ");
    await secretary.getByLabel("Loại mốc 1").selectOption({ label: "Ngày kỷ niệm" });
    await secretary.getByLabel(`${WOMEN} (Tổ chức chính trị – xã hội)`).check();
    await secretary.getByLabel(`${GROUP} (Tổ dân phố)`).check();
    await secretary.getByRole("button", { name: "Tạo dự thảo phong trào" }).click();
    await expect(secretary.locator(".error-summary")).toContainText("Mốc phải nằm trong thời gian của phong trào: ngày của mốc 1");
    await expectAccessible(secretary, "the movement form with an error");
    await secretary.getByLabel("Ngày của mốc 1").fill("2024-05-07");
    await secretary.getByRole("button", { name: "Tạo dự thảo phong trào" }).click();

    await expect(secretary.getByRole("status")).toHaveText("Đã tạo dự thảo phong trào. Thêm tiêu chí rồi phát động.");
    await expect(secretary.getByRole("heading", { level: 1 })).toHaveText(NAME);
    await expect(secretary.getByRole("main")).toContainText("ngày 7 tháng 5 năm 2024: Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ");
    await expectAccessible(secretary, "a draft movement");

    await secretary.getByLabel("Nhóm tiêu chí").fill("Tuyên truyền");
    await secretary.getByLabel("Tiêu chí", { exact: true }).fill("Buổi sinh hoạt chuyên đề về truyền thống");
    await secretary.getByLabel("Số lượng").check();
    await secretary.getByLabel("Chỉ tiêu", { exact: true }).fill("4");
    await secretary.getByLabel("Đơn vị tính").fill("buổi");
    await secretary.getByRole("button", { name: "Thêm tiêu chí" }).click();
    await expect(secretary.getByRole("status")).toHaveText("Đã lưu tiêu chí.");
    await expect(secretary.getByRole("table")).toContainText("4 buổi");

    await secretary.getByRole("button", { name: "Phát động", exact: true }).click();
    await expect(secretary.getByRole("status")).toHaveText("Đã phát động phong trào.");
    await expect(secretary.getByRole("main")).toContainText("Đang triển khai");
    // The deadline of 15/4/2024 has long passed: both participants are shown as overdue.
    await expect(secretary.getByRole("main")).toContainText("2 đơn vị chưa đăng ký dù đã quá hạn ngày 15 tháng 4 năm 2024.");
    await expectAccessible(secretary, "a launched movement");
    const movementUrl = secretary.url().replace(/\?.*$/, "");
    // The registration form, as the standing member (whose post reaches the sub-units) sees it; axe needs JavaScript.
    await secretary.getByRole("link", { name: `Đăng ký cho ${WOMEN}` }).click();
    await expectAccessible(secretary, "the registration form");

    // The women's union official registers, without JavaScript.
    await women.goto("/movements");
    await women.getByRole("link", { name: NAME }).click();
    await women.getByRole("link", { name: `Đăng ký cho ${WOMEN}` }).click();
    await women.getByLabel("Chỉ tiêu: Buổi sinh hoạt chuyên đề về truyền thống").fill("5");
    await women.getByLabel("Tập thể lao động tiên tiến").check();
    await women.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect(women.getByRole("status")).toHaveText("Đã gửi đăng ký thi đua.");
    await expect(women.getByRole("main")).toContainText("Chờ duyệt");

    // The standing member accepts it.
    await secretary.goto(movementUrl);
    await expect(secretary.getByRole("main")).toContainText(`${GROUP} – quá hạn đăng ký`);
    await secretary.getByRole("link", { name: WOMEN, exact: true }).click();
    await expectAccessible(secretary, "a registration awaiting a decision");
    await secretary.getByRole("button", { name: "Chấp nhận đăng ký" }).click();
    await expect(secretary.getByRole("status")).toHaveText("Đã chấp nhận đăng ký.");
    await expect(secretary.getByRole("main")).toContainText("Đã chấp nhận");
    await expect(secretary.getByRole("main")).toContainText("Tập thể lao động tiên tiến");
  } finally {
    await secretary.context().close();
    await women.context().close();
  }
});
