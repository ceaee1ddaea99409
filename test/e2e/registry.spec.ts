// The registry in a real browser: people added by hand and found again without diacritics,
// a spreadsheet imported through the upload form (rejected whole when a row is wrong),
// the pages on a phone and under axe, and the demo ward as its chairman sees it.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { RESIDENTIAL_GROUPS } from "../../src/features/demo/demo-population";
import { encodeTcvn3 } from "../../src/domain/text/legacy-encodings";
import { expectAccessible } from "./axe";
import { expect, runCli, startApp, test, type SeededApp } from "./fixtures";

const GROUP = "Tổ dân phố Hòa Bình";
const PHONE = { width: 375, height: 740 };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Adds the residential group under the shared app's ward, unless an earlier test did. */
async function ensureGroup(page: Page, app: SeededApp) {
  await page.goto(`/units/${app.unitId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(app.unitName);
  if ((await page.getByRole("main").getByRole("link", { name: GROUP, exact: true }).count()) > 0) return;
  await page.getByRole("link", { name: "Thêm đơn vị trực thuộc" }).click();
  await page.getByLabel("Loại đơn vị").selectOption({ label: "Tổ dân phố" });
  await page.getByLabel("Tên đơn vị").fill(GROUP);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByRole("status")).toHaveText(`Đã thêm ${GROUP}.`);
}

async function expectNoHorizontalScroll(page: Page, what: string) {
  const sizes = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(sizes.scrollWidth, `${what} is ${sizes.scrollWidth}px wide on a ${sizes.clientWidth}px screen`).toBeLessThanOrEqual(sizes.clientWidth);
}

/** The value next to a term of a page's summary list. */
const summaryValue = (page: Page, term: string) => page.locator("dl.summary-list dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");

type Row = Partial<Record<"Họ và tên" | "Giới tính" | "Ngày sinh" | "Dân tộc" | "Lao động trực tiếp" | "Số điện thoại" | "Địa chỉ" | "Nơi sinh hoạt" | "Mã hộ" | "Quan hệ với chủ hộ", string | Date>>;

/** The downloaded template, its example rows removed and `rows` written under its own headers. */
async function fillTemplate(template: Buffer, rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Người")!;
  expect(sheet, "the template has a sheet named Người").toBeTruthy();
  const headers = (sheet.getRow(1).values as unknown[]).map((h) => (typeof h === "string" ? h : ""));
  sheet.spliceRows(2, 1);
  book.getWorksheet("Tập thể")?.spliceRows(2, 1);
  for (const row of rows) {
    const cells: unknown[] = [];
    for (const [header, value] of Object.entries(row)) {
      const at = headers.indexOf(header);
      expect(at, `the template has a column "${header}"`).toBeGreaterThan(0);
      cells[at - 1] = value;
    }
    sheet.addRow(cells);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function signIn(browser: Browser, origin: string, account: { email: string; password: string }) {
  const context = await browser.newContext({ baseURL: origin, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Địa chỉ email").fill(account.email);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(`${origin}/`);
  return page;
}

test("a person added by hand, with a position over time, found again without diacritics", async ({ adminPage: page, app }) => {
  await ensureGroup(page, app);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Người dân" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Người dân");
  await expectAccessible(page, "people list");

  await page.getByRole("link", { name: "Thêm người" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thêm người");
  await expectAccessible(page, "new-person form");

  // Nothing filled in: a focused summary, in Vietnamese, linking to the fields.
  await page.getByRole("button", { name: "Lưu" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText("Có vấn đề cần sửa");
  await expect(summary.getByRole("link")).toHaveText(["Nhập họ và tên", "Chọn đơn vị"]);
  expect(await summary.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["#f-fullName", "#f-unitId"]);
  await expect(page.getByLabel("Họ và tên")).toHaveAccessibleDescription(/Lỗi: Nhập họ và tên/);
  await expect(page.getByLabel("Đơn vị", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "new-person form with errors");

  // A birth date that does not exist is refused, and what was typed stays.
  await page.getByLabel("Họ và tên").fill("Trần Thị Ánh");
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: GROUP });
  await page.getByLabel("Nữ", { exact: true }).check();
  await page.getByLabel("Ngày sinh").fill("30/2/1980");
  await page.getByLabel("Dân tộc").selectOption({ label: "Kinh" });
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Ngày không hợp lệ: 30/2/1980. Nhập ngày dạng dd/mm/yyyy, ví dụ 21/03/2024"]);
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Trần Thị Ánh");
  await expect(page.getByLabel("Nữ", { exact: true })).toBeChecked();

  await page.getByLabel("Ngày sinh").fill("21/3/1980");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page).toHaveURL(/\/people\/\d+\?created=1$/);
  await expect(page.getByRole("status")).toHaveText("Đã thêm người vào sổ.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trần Thị Ánh");
  await expect(summaryValue(page, "Ngày sinh")).toHaveText("ngày 21 tháng 3 năm 1980");
  await expect(summaryValue(page, "Giới tính")).toHaveText("Nữ");
  await expect(summaryValue(page, "Dân tộc")).toHaveText("Kinh");
  await expect(summaryValue(page, "Đơn vị")).toHaveText(GROUP);
  const profileUrl = page.url().replace(/\?.*$/, "");

  // A position from 1 July 2021, still held.
  const membership = page.locator(`form[action$="/memberships"]`);
  await membership.getByLabel("Đơn vị", { exact: true }).selectOption({ label: GROUP });
  await membership.getByLabel("Chức vụ").fill("Tổ trưởng tổ dân phố");
  await membership.getByLabel("Từ ngày").fill("1/7/2021");
  await membership.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã ghi chức vụ/sinh hoạt.");
  const history = page.getByRole("table");
  await expect(history.getByRole("columnheader")).toHaveText(["Đơn vị", "Chức vụ", "Từ ngày", "Đến ngày"]);
  await expect(history.getByRole("row").nth(1).getByRole("cell")).toHaveText([GROUP, "Tổ trưởng tổ dân phố", "ngày 1 tháng 7 năm 2021", "—"]);
  await expectAccessible(page, "person profile with personal data and a position");

  // An end before the start is refused next to the field.
  await membership.getByLabel("Đơn vị", { exact: true }).selectOption({ label: GROUP });
  await membership.getByLabel("Từ ngày").fill("1/7/2021");
  await membership.getByLabel("Đến ngày").fill("1/1/2020");
  await membership.getByRole("button", { name: "Lưu" }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Ngày kết thúc phải sau ngày bắt đầu"]);
  await expect(membership.getByLabel("Đến ngày")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "person profile with membership errors");

  // Found by name typed without diacritics.
  await page.goto("/people");
  await page.getByLabel("Tìm theo họ tên").fill("tran thi anh");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/\/people\?q=tran\+thi\+anh/);
  await expect(page.getByLabel("Tìm theo họ tên")).toHaveValue("tran thi anh");
  const found = page.getByRole("table").getByRole("link", { name: "Trần Thị Ánh" });
  await expect(found).toHaveCount(1);
  await expectAccessible(page, "people list with search results");
  await found.click();
  await expect(page).toHaveURL(profileUrl);

  // Her group is found the same way; its page links to its residents.
  await page.goto("/units");
  await page.getByLabel("Tìm đơn vị theo tên").fill("hoa binh");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("1 đơn vị khớp với “hoa binh”");
  const hit = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("link", { name: GROUP, exact: true }) });
  await expect(hit).toHaveText(`${GROUP} — ${app.unitName}`);
  await expectAccessible(page, "units list with search results");
  // No match: the count says so, with no empty list after it.
  await page.getByLabel("Tìm đơn vị theo tên").fill("khong co to nao");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("0 đơn vị khớp với “khong co to nao”");
  await expect(page.getByRole("main").getByRole("list")).toHaveCount(0);
  await page.goBack();
  await hit.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(GROUP);
  await expect(summaryValue(page, "Đơn vị cấp trên")).toHaveText(app.unitName);
  const residents = summaryValue(page, "Người dân").getByRole("link");
  await expect(residents).toHaveText(/^\d+ người$/);
  await expectAccessible(page, "unit page with a residents link");
  await residents.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Người dân – ${GROUP}`);
  await expect(page.getByRole("table").getByRole("link", { name: "Trần Thị Ánh" })).toBeVisible();
});

test("people imported from the downloaded template through the upload form", async ({ adminPage: page, app }) => {
  await ensureGroup(page, app);
  await page.goto("/people");
  await page.getByRole("link", { name: "Nhập từ Excel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập từ Excel");
  await expectAccessible(page, "import page");

  // The template, downloaded as a clerk would.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải mẫu nhập người dân (.xlsx)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("mau-nhap-nguoi-dan.xlsx");
  const template = await readFile((await download.path())!);

  const household: Row[] = [
    { "Họ và tên": "Lê Văn Bình", "Giới tính": "Nam", "Ngày sinh": "15/08/1975", "Dân tộc": "Kinh", "Lao động trực tiếp": "Có", "Số điện thoại": "0905 111 222", "Địa chỉ": "5 Trần Phú", "Nơi sinh hoạt": GROUP, "Mã hộ": "H01", "Quan hệ với chủ hộ": "Chủ hộ" },
    // A real date cell, as Excel stores a typed date.
    { "Họ và tên": "Nguyễn Thị Cúc", "Giới tính": "Nữ", "Ngày sinh": new Date(Date.UTC(1978, 10, 2)), "Dân tộc": "Kinh", "Địa chỉ": "5 Trần Phú", "Nơi sinh hoạt": "to dan pho hoa binh", "Mã hộ": "H01", "Quan hệ với chủ hộ": "Vợ" },
  ];
  const alone: Row = { "Họ và tên": "Hoàng Văn Dũng", "Giới tính": "Nam", "Ngày sinh": "1/1/1990", "Dân tộc": "Tày" };
  const good = await fillTemplate(template, [...household, alone]);
  const bad = await fillTemplate(template, [...household, alone, { "Họ và tên": "Phạm Thị Em", "Giới tính": "Nữ", "Ngày sinh": "31/02/1980" }]);

  // A file with one wrong row: every problem by row and column, and nothing to confirm.
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: app.unitName });
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "nguoi-dan-co-loi.xlsx", mimeType: XLSX, buffer: bad });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xem trước khi nhập");
  const problems = page.locator(".error-summary");
  await expect(problems).toBeFocused();
  await expect(problems.getByRole("heading", { level: 2 })).toHaveText("Tệp có 1 lỗi; chưa nhập dòng nào");
  await expect(problems.getByRole("listitem")).toHaveText([
    "Dòng 5, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ; hãy ghi ngày/tháng/năm với năm đủ 4 chữ số (21/03/1980) hoặc chỉ năm sinh (1945)",
  ]);
  await expect(page.getByRole("row", { name: /^5 Lỗi/ })).toBeVisible();
  await expect(page.getByText("Số người sẽ thêm")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Xác nhận nhập/ })).toHaveCount(0);
  await expectAccessible(page, "import preview with errors");

  // The corrected file.
  await page.getByRole("link", { name: "Tải lên tệp khác" }).click();
  await expect(page.getByLabel("Đơn vị", { exact: true })).toHaveValue(String(app.unitId));
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "nguoi-dan.xlsx", mimeType: XLSX, buffer: good });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xem trước khi nhập");
  await expect(page.locator(".error-summary")).toHaveCount(0);
  await expect(summaryValue(page, "Số dòng đọc được")).toHaveText("3");
  await expect(summaryValue(page, "Số người sẽ thêm")).toHaveText("3");
  await expect(summaryValue(page, "Số hộ gia đình mới")).toHaveText("1");
  await expect(summaryValue(page, "Số tập thể mới")).toHaveText("0");
  await expect(page.locator("#by-unit li")).toHaveText([`${GROUP}: 2`, `${app.unitName}: 1`]);
  await expect(page.getByRole("row", { name: /^2 Thêm mới Lê Văn Bình Nam ngày 15 tháng 8 năm 1975 Kinh/ })).toBeVisible();
  await expectAccessible(page, "import preview");

  await page.getByRole("button", { name: "Xác nhận nhập 3 người" }).click();
  await expect(page).toHaveURL(`${app.origin}/people?unit=${app.unitId}&imported=3`);
  await expect(page.getByRole("status")).toHaveText("Đã nhập 3 người.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Người dân – ${app.unitName}`);
  for (const name of ["Lê Văn Bình", "Nguyễn Thị Cúc", "Hoàng Văn Dũng"]) await expect(page.getByRole("table").getByRole("link", { name })).toHaveCount(1);
  await expectAccessible(page, "people list after an import");

  // The household came in with its members and their relation to its head.
  await page.getByRole("table").getByRole("link", { name: "Nguyễn Thị Cúc" }).click();
  await expect(summaryValue(page, "Ngày sinh")).toHaveText("ngày 2 tháng 11 năm 1978");
  await expect(summaryValue(page, "Đơn vị")).toHaveText(GROUP);
  await expect(page.getByRole("heading", { level: 2, name: "Hộ gia đình" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText(["Lê Văn Bình – Chủ hộ", "Nguyễn Thị Cúc – Vợ"]);

  // The same file again: everyone is already there, nothing to import.
  await page.goto(`/people/import?unit=${app.unitId}`);
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "nguoi-dan.xlsx", mimeType: XLSX, buffer: good });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(summaryValue(page, "Số người đã có, không đổi")).toHaveText("3");
  await expect(page.getByRole("row", { name: /^2 Đã có, không đổi/ })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Không có người mới để nhập.");
  await expect(page.getByRole("button", { name: /Xác nhận|Thêm những người/ })).toHaveCount(0);
});

test("a list kept as a ward office keeps it: title, STT, names typed in .VnTime, a total and signatures", async ({ adminPage: page, app }) => {
  await ensureGroup(page, app);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Danh sách");
  const title = sheet.addRow([encodeTcvn3("DANH SÁCH HỘI VIÊN CHI HỘI NGƯỜI CAO TUỔI", { capitals: true })]);
  title.getCell(1).font = { name: ".VnTimeH" };
  sheet.mergeCells("A1:E1");
  sheet.addRow([]);
  sheet.addRow(["STT", encodeTcvn3("Họ và tên"), encodeTcvn3("Năm sinh"), encodeTcvn3("Dân tộc"), encodeTcvn3("Ghi chú")]).eachCell((c) => (c.font = { name: ".VnTime" }));
  const people = [
    ["Trịnh Văn Ước", 1939, "Kinh"],
    ["Lưu Thị Ân", 1944, "Kinh"],
    ["Đỗ Văn Yên", 1950, "Hoa"],
  ] as const;
  people.forEach(([name, year, ethnicity], i) => {
    const row = sheet.addRow([i + 1, encodeTcvn3(name), year, encodeTcvn3(ethnicity), ""]);
    for (const col of [2, 4]) row.getCell(col).font = { name: ".VnTime" };
  });
  sheet.addRow([encodeTcvn3("Tổng cộng: 3 hội viên")]).getCell(1).font = { name: ".VnTime" };
  const signatures = sheet.addRow(["", encodeTcvn3("Người lập biểu"), "", encodeTcvn3("TM. BAN CHẤP HÀNH", { capitals: true })]);
  signatures.getCell(2).font = { name: ".VnTime" };
  signatures.getCell(4).font = { name: ".VnTimeH" };
  sheet.addRow(["", encodeTcvn3("(Ký, ghi rõ họ tên)")]);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());

  await page.goto(`/people/import?unit=${app.unitId}`);
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: GROUP });
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "hoi-vien-nct.xlsx", mimeType: XLSX, buffer: bytes });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xem trước khi nhập");
  await expect(page.locator(".error-summary")).toHaveCount(0);
  await expect(page.getByText(/Cột Họ và tên được gõ bằng bảng mã TCVN3/)).toBeVisible();
  await expect(summaryValue(page, "Số người sẽ thêm")).toHaveText("3");
  const first = page.getByRole("row", { name: /^4 Thêm mới Trịnh Văn Ước/ });
  await expect(first).toContainText(`gõ trong tệp: ${encodeTcvn3("Trịnh Văn Ước")}`);
  await expect(first).toContainText("năm 1939");
  await expect(page.getByText("Dòng 1 (tiêu đề): DANH SÁCH HỘI VIÊN CHI HỘI NGƯỜI CAO TUỔI")).toBeVisible();
  await expect(page.getByText("Dòng 7 (dòng tổng cộng): Tổng cộng: 3 hội viên")).toBeVisible();
  await expect(page.getByText(/Dòng 8 \(phần chữ ký\): Người lập biểu · TM. BAN CHẤP HÀNH/)).toBeVisible();
  await expect(page.getByText("Các cột không có trong mẫu, không được nhập: E (Ghi chú)")).toBeVisible();
  await expectAccessible(page, "preview of a legacy-encoded list");

  await page.getByRole("button", { name: "Xác nhận nhập 3 người" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã nhập 3 người.");
  await page.goto(`/people?unit=${app.unitId}&q=luu thi an`);
  await page.getByRole("table").getByRole("link", { name: "Lưu Thị Ân" }).click();
  await expect(summaryValue(page, "Ngày sinh")).toHaveText("năm 1944");
});

test("an upload that is not a spreadsheet, or no file at all, is refused on the form", async ({ adminPage: page, app }) => {
  await page.goto(`/people/import?unit=${app.unitId}`);
  await page.getByRole("button", { name: "Xem trước" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Chọn tệp Excel để tải lên"]);
  await expect(page.getByLabel("Tệp Excel (.xlsx)")).toHaveAccessibleDescription(/Lỗi: Chọn tệp Excel để tải lên/);
  await expectAccessible(page, "import page with errors");

  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "danh-sach.xlsx", mimeType: XLSX, buffer: Buffer.from("Họ và tên\nLê Văn Bình\n") });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Tệp phải là một trong các loại: .xlsx (nội dung tệp được kiểm tra, không chỉ tên)"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập từ Excel");
  await expect(page.getByLabel("Đơn vị", { exact: true })).toHaveValue(String(app.unitId));
});

test("the people list and a profile fit a phone", async ({ adminContext, app }) => {
  const context = await adminContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await ensureGroup(page, app);

  // Someone with a long name and a long position, added on the phone itself.
  const name = "Tôn Nữ Thị Hoàng Bảo Ngọc Xuân Quỳnh Hương";
  await page.goto("/people/new");
  await expectNoHorizontalScroll(page, "the new-person form");
  await page.getByLabel("Họ và tên").fill(name);
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: GROUP });
  await page.getByLabel("Ngày sinh").fill("2/9/1969");
  await page.getByRole("button", { name: "Lưu" }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const membership = page.locator(`form[action$="/memberships"]`);
  await membership.getByLabel("Đơn vị", { exact: true }).selectOption({ label: app.unitName });
  await membership.getByLabel("Chức vụ").fill("Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường kiêm Chủ tịch Hội Liên hiệp Phụ nữ");
  await membership.getByLabel("Từ ngày").fill("15/10/2019");
  await membership.getByLabel("Đến ngày").fill("30/6/2025");
  await membership.getByRole("button", { name: "Lưu" }).tap();
  await expect(page.getByRole("status")).toHaveText("Đã ghi chức vụ/sinh hoạt.");
  await expect(page.getByRole("table")).toContainText("ngày 30 tháng 6 năm 2025");
  await expectNoHorizontalScroll(page, "the profile");
  await expectAccessible(page, "person profile on a phone");

  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Người dân" }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Người dân");
  await expect(page.getByRole("table").getByRole("link", { name })).toBeVisible();
  await expectNoHorizontalScroll(page, "the people list");
  await expectAccessible(page, "people list on a phone");
  await page.getByLabel("Tìm theo họ tên").fill("ton nu thi hoang");
  await page.getByRole("button", { name: "Tìm", exact: true }).tap();
  await expect(page.getByRole("table").getByRole("link")).toHaveText([name]);
  await expectNoHorizontalScroll(page, "the people list with search results");
});

test("the demo ward: loaded from the command line, seen by its chairman and by a council member", async ({ mailbox, cluster, browser }) => {
  let printed = "";
  const demo = await startApp({
    smtpUrl: mailbox.url,
    cluster,
    prepare: async (env) => {
      printed = await runCli(["demo"], env);
    },
  });
  try {
    expect(printed).toContain("Đã nạp Phường Cam Phú:");
    // "  chairman           chutich@…   PASSWORD  Full Name – Unit", one line per account.
    const accounts = [...printed.matchAll(/^ {2}(\w+) +(\S+@\S+) +(\S+) {2}(.+?) – (.+)$/gm)].map((m) => ({
      role: m[1]!,
      email: m[2]!,
      password: m[3]!,
      fullName: m[4]!,
      unit: m[5]!,
    }));
    const chairman = accounts.find((a) => a.role === "chairman");
    const member = accounts.find((a) => a.role === "council_member");
    expect(chairman, printed).toBeTruthy();
    expect(member, printed).toBeTruthy();

    const page = await signIn(browser, demo.origin, chairman!);
    try {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${chairman!.fullName}`);
      await expect(page.getByRole("main")).toContainText("Chủ tịch UBND – Phường Cam Phú");
      // The app started with accounts in place, so it printed no one-time set-up link.
      expect(demo.output.filter((line) => line.includes("/setup/")), demo.output.join("\n")).toEqual([]);

      await page.getByRole("main").getByRole("link", { name: "Phường Cam Phú", exact: true }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Cam Phú");
      await expect(summaryValue(page, "Hoạt động đến")).toHaveText("ngày 30 tháng 6 năm 2025");
      const children = page.getByRole("heading", { level: 2, name: "Đơn vị trực thuộc" }).locator("xpath=following-sibling::ul[1]");
      for (const group of RESIDENTIAL_GROUPS) await expect(children.getByRole("link", { name: group, exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Tập thể" })).toBeVisible();
      await expectAccessible(page, "the demo ward's unit page");

      await children.getByRole("link", { name: "Tổ dân phố Phú Thịnh" }).click();
      await summaryValue(page, "Người dân").getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Người dân – Tổ dân phố Phú Thịnh");
      await page.getByRole("table").getByRole("link").first().click();
      const profile = page.url();
      await expect(summaryValue(page, "Ngày sinh")).toHaveText(/^ngày \d+ tháng \d+ năm \d{4}$/);
      await expect(page.getByRole("main")).not.toContainText("chỉ hiện với người có thẩm quyền");

      // A council member sees the same person without the personal data.
      const theirs = await signIn(browser, demo.origin, member!);
      try {
        await theirs.goto(profile);
        await expect(theirs.getByRole("heading", { level: 1 })).toHaveText(await page.getByRole("heading", { level: 1 }).innerText());
        await expect(theirs.locator("dl.summary-list dt", { hasText: "Ngày sinh" })).toHaveCount(0);
        await expect(theirs.getByRole("main")).toContainText("Ngày sinh, dân tộc và thông tin liên hệ chỉ hiện với người có thẩm quyền.");
        await expect(theirs.getByRole("heading", { name: "Thêm chức vụ hoặc nơi sinh hoạt" })).toHaveCount(0);
        await expectAccessible(theirs, "person profile without personal data");
      } finally {
        await theirs.context().close();
      }
    } finally {
      await page.context().close();
    }
  } finally {
    await demo.stop();
  }
});
