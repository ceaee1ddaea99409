// A residential group's reporter reports progress from a phone (375×740): picks the criterion,
// fills the form, attaches a photo as the camera would give it, and sees the check-in listed
// with its photo. Nothing scrolls sideways, and axe finds nothing on any page.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { openDatabase } from "../../src/db/client";
import { roleAssignments, users } from "../../src/db/schema";
import { insertUnit } from "../../src/features/units/insert-unit";
import { hashPassword } from "../../src/platform/passwords";
import { insertMovement, SAMPLE_CRITERIA } from "../support/movements";
import { expectAccessible } from "./axe";
import { expect, signInContext, startApp, test } from "./fixtures";

const PHONE = { width: 375, height: 740 };
const REPORTER = { email: "totruong.nghiaphu@camphu.gov.vn", password: "mat-khau-to-dan-pho-2024", fullName: "Phạm Văn Tổ Trưởng" };

async function expectNoHorizontalScroll(page: Page, what: string) {
  const sizes = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(sizes.scrollWidth, `${what}: ${sizes.scrollWidth}px wide on a ${sizes.clientWidth}px screen`).toBeLessThanOrEqual(sizes.clientWidth);
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("a reporter submits a check-in with a photo from a phone", async ({ mailbox, cluster, browser }) => {
  test.setTimeout(120_000);
  let ids = { movementId: 0, groupId: 0 };
  // The ward, its residential group, the reporter and a launched movement, written before the app starts.
  const app = await startApp({
    smtpUrl: mailbox.url,
    cluster,
    prepare: async (env) => {
      const database = await openDatabase({ dataDir: env.DATA_DIR!, databaseUrl: env.DATABASE_URL });
      try {
        await database.migrate();
        const { db } = database;
        const ward = await db.transaction((tx) => insertUnit(tx, { parent: null, name: "Phường Cam Phú", kind: "ward" }));
        const group = await db.transaction((tx) => insertUnit(tx, { parent: ward, name: "Tổ dân phố Nghĩa Phú", kind: "residential_group" }));
        const [user] = await db.insert(users).values({ email: REPORTER.email, fullName: REPORTER.fullName, passwordHash: await hashPassword(REPORTER.password) }).returning();
        await db.insert(roleAssignments).values({ userId: user!.id, unitId: group.id, role: "reporter" });
        const { movement } = await insertMovement(db, { unitId: ward.id, startsOn: day(-60), endsOn: day(60), participants: [group.id], criteria: SAMPLE_CRITERIA });
        ids = { movementId: movement.id, groupId: group.id };
      } finally {
        await database.close();
      }
    },
  });
  const context = await browser.newContext({ baseURL: app.origin, viewport: PHONE, isMobile: true, hasTouch: true, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  try {
    await signInContext(context, app.origin, REPORTER);
    const page = await context.newPage();
    await page.goto(`/movements/${ids.movementId}/checkins/${ids.groupId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo tiến độ – Tổ dân phố Nghĩa Phú");
    await expectNoHorizontalScroll(page, "the criteria to choose");
    await expectAccessible(page, "the criteria to choose");

    await page.getByRole("link", { name: "Số hộ gia đình đạt danh hiệu Gia đình văn hóa" }).tap();
    await expect(page.getByRole("heading", { level: 2, name: "Số hộ gia đình đạt danh hiệu Gia đình văn hóa" })).toBeVisible();
    await expectNoHorizontalScroll(page, "the check-in form");
    await expectAccessible(page, "the check-in form");
    const files = page.getByLabel("Ảnh và tài liệu minh chứng");
    await expect(files).toHaveAttribute("capture", "environment");
    await expect(files).toHaveAttribute("multiple", "");

    // First a mistake: a value that is not a number; the form comes back with it named.
    await page.getByLabel("Ngày báo cáo").fill(day(-1));
    await page.getByLabel("Chậm", { exact: true }).check();
    await page.getByLabel("Kết quả đạt được").fill("mười hai");
    await page.getByRole("button", { name: "Gửi báo cáo" }).tap();
    await expect(page.getByRole("alert")).toContainText("kết quả đạt được phải là một số không âm");
    await expectAccessible(page, "the check-in form with an error");

    const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#3a7" } }).jpeg().toBuffer();
    await page.getByLabel("Kết quả đạt được").fill("12");
    await page.getByLabel("Diễn giải").fill("Đã vận động thêm 12 hộ đăng ký Gia đình văn hóa.");
    await files.setInputFiles({ name: "IMG_2024.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.getByRole("button", { name: "Gửi báo cáo" }).tap();

    await expect(page.getByRole("status")).toHaveText("Đã gửi báo cáo tiến độ.");
    const listed = page.getByRole("listitem").filter({ hasText: "Đã vận động thêm 12 hộ" });
    await expect(listed).toContainText("Chậm");
    await expect(listed).toContainText("12 hộ");
    const image = listed.getByRole("img", { name: "Ảnh minh chứng IMG_2024.jpg" });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1600, 1067]);
    await expectNoHorizontalScroll(page, "the check-ins listed");
    await expectAccessible(page, "the check-ins listed");

    await page.getByRole("link", { name: "Tiến độ", exact: true }).tap();
    await expect(page.getByRole("main")).toContainText("Tổ dân phố Nghĩa Phú");
    await expectNoHorizontalScroll(page, "the dashboard");
    await expectAccessible(page, "the dashboard");

    // The review sheet: the group assesses itself on a yes/no criterion.
    await page.goto(`/movements/${ids.movementId}/reviews/${ids.groupId}`);
    await expectNoHorizontalScroll(page, "the review sheet");
    await expectAccessible(page, "the review sheet");
    const review = page.getByRole("region", { name: "Tổ chức giao lưu với nhân chứng lịch sử" });
    await review.getByLabel("Kết quả").selectOption({ label: "Có" });
    await review.getByRole("button", { name: "Lưu đánh giá" }).tap();
    await expect(page.getByRole("status")).toHaveText("Đã lưu đánh giá.");

    // An activity with a photo, listed newest first.
    await page.getByRole("link", { name: "Hoạt động", exact: true }).tap();
    await page.getByText("Ghi nhận hoạt động").tap();
    await page.getByLabel("Tên hoạt động").fill("Giao lưu với cựu chiến binh Điện Biên Phủ");
    await page.getByLabel("Giao lưu với nhân chứng lịch sử").check();
    await page.getByLabel("Ngày tổ chức").fill(day(-2));
    await page.getByLabel("Địa điểm").fill("Nhà văn hóa tổ dân phố Nghĩa Phú");
    await page.getByLabel("Ảnh và tài liệu").setInputFiles({ name: "giao-luu.jpg", mimeType: "image/jpeg", buffer: photo });
    await expectAccessible(page, "the activity form");
    await page.getByRole("button", { name: "Lưu hoạt động" }).tap();
    await expect(page.getByRole("status")).toHaveText("Đã lưu hoạt động.");
    await expect(page.getByRole("img", { name: "Ảnh minh chứng giao-luu.jpg" })).toBeVisible();
    await expectNoHorizontalScroll(page, "the activities");
    await expectAccessible(page, "the activities");
  } finally {
    await context.close();
    await app.stop();
  }
});
