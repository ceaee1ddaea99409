// The task board in a real browser: the council's standing member assigns a task to the
// ward with a deadline in working days; the ward's reporter, responsible for it, finds it
// on the board with its deadline written out and marks it done.
import { expectAccessible } from "./axe";
import { expect, inviteAndAccept, test } from "./fixtures";

test("the responsible official marks a task done on the task board", async ({ adminPage, app, mailbox, browser }) => {
  test.setTimeout(120_000);
  const secretary = await inviteAndAccept(adminPage, browser, mailbox, app, { name: "Lê Thị Giao Việc", email: "thuongtruc.nhiemvu@camphu.gov.vn", role: "Thường trực Hội đồng TĐKT" });
  const official = await inviteAndAccept(adminPage, browser, mailbox, app, { name: "Trần Văn Chủ Trì", email: "baocao.nhiemvu@camphu.gov.vn", role: "Người báo cáo của đơn vị cơ sở" });
  const title = "Tổng hợp danh sách gương điển hình năm 2024";
  try {
    await secretary.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhiệm vụ" }).click();
    await secretary.getByRole("link", { name: "Giao nhiệm vụ" }).click();
    await expectAccessible(secretary, "the new task form");
    await secretary.getByLabel("Đơn vị giao").selectOption({ label: app.unitName });
    await secretary.getByLabel("Tên nhiệm vụ").fill(title);
    await secretary.getByLabel("Đơn vị chủ trì", { exact: true }).selectOption({ label: app.unitName });
    await secretary.getByLabel("Số ngày làm việc kể từ một ngày").check();
    await secretary.getByLabel("Kể từ ngày").fill("2030-01-02");
    await secretary.getByLabel("Số ngày làm việc", { exact: true }).fill("10");
    await secretary.getByRole("button", { name: "Giao nhiệm vụ" }).click();
    await expect(secretary.getByRole("status")).toHaveText("Đã giao nhiệm vụ.");

    await official.goto("/tasks");
    const task = official.getByRole("listitem").filter({ has: official.getByRole("heading", { name: title }) });
    // 2/1/2030 + 10 working days = 16/1/2030.
    await expect(task).toContainText("Hạn: ngày 16 tháng 1 năm 2030 (10 ngày làm việc kể từ ngày 2 tháng 1 năm 2030)");
    await expect(task).toContainText(/còn \d+ ngày làm việc/);
    await expectAccessible(official, "the task board");
    await task.getByRole("button", { name: "Đánh dấu hoàn thành" }).click();
    await expect(official.getByRole("status")).toHaveText("Đã đánh dấu nhiệm vụ hoàn thành.");
    const open = official.getByRole("region", { name: /Hạn sau đó/ });
    await expect(open).not.toContainText(title);
    await official.getByText(/^Đã hoàn thành \(\d+\)$/).click();
    const done = official.getByRole("listitem").filter({ has: official.getByRole("heading", { name: title }) });
    await expect(done).toContainText("Hoàn thành lúc");
    await expect(done.getByRole("button", { name: "Đánh dấu hoàn thành" })).toHaveCount(0);

    // The official's reminder settings; the administrator's calendar data.
    await official.getByRole("link", { name: "Cài đặt nhắc việc" }).click();
    await expectAccessible(official, "the reminder settings");
    await official.getByLabel("Hằng tuần (sáng thứ Hai, các nhiệm vụ trong tuần)").check();
    await official.getByLabel("Thư điện tử").uncheck();
    await official.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(official.getByRole("status")).toHaveText("Đã lưu cài đặt nhắc việc.");
    await expect(official.getByLabel("Thư điện tử")).not.toBeChecked();
    await official.goto("/notifications");
    await expectAccessible(official, "the notifications");
    await adminPage.goto("/calendar?year=2025");
    await expect(adminPage.getByRole("main")).toContainText("Công văn 8726/VPCP-KGVX ngày 26/11/2024");
    await expectAccessible(adminPage, "the calendar data");
  } finally {
    await secretary.context().close();
    await official.context().close();
  }
});
