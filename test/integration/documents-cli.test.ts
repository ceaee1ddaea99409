// The documents and calendar commands as an operator uses them, on the demo ward:
// list the register as JSON, export the seed plan by its number to .pdf and .docx; and
// every example of the README that names a unit with --unit, run as written.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/processes";
import { encodeTcvn3 } from "../../src/domain/text/legacy-encodings";
import { freshPgDatabase, onPostgres } from "../support/test-app";

let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-documents-cli-"));
  env = { DATA_DIR: path.join(dir, "data"), LOG_LEVEL: "error", ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}) };
  const demo = await runCli(["demo"], env);
  if (demo.code !== 0) throw new Error(demo.stderr);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("documents on the command line", () => {
  it("lists the issued seed plan as JSON", async () => {
    const { code, stdout } = await runCli(["documents", "list", "--json"], env);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { number: string; issuedOn: string; status: string; signer: string }[];
    expect(rows).toContainEqual(expect.objectContaining({ number: "01/KH-UBND", issuedOn: "2024-03-21", status: "issued", signer: "Đỗ Xuân Chiến" }));
  });

  it("exports the seed plan by its number as it was issued", { timeout: 90_000 }, async () => {
    const pdf = path.join(dir, "ke-hoach.pdf");
    const { code } = await runCli(["documents", "export", "Số: 1/KH-UBND", "--year", "2024", "--format", "pdf", "--out", pdf], env);
    expect(code).toBe(0);
    const text = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).normalize("NFC");
    expect(text).toContain("Số: 01/KH-UBND");
    expect(text).toContain("Cam Phú, ngày 21 tháng 3 năm 2024");
    const docx = path.join(dir, "ke-hoach.docx");
    expect((await runCli(["documents", "export", "01/KH-UBND", "--format", "docx", "--out", docx], env)).code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");
  });

  it("says what is wrong with a bad reference or format", { timeout: 90_000 }, async () => {
    const unknown = await runCli(["documents", "export", "99/KH-UBND", "--format", "pdf", "--out", path.join(dir, "x.pdf")], env);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("Không có văn bản số 99/KH-UBND");
    const format = await runCli(["documents", "export", "01/KH-UBND", "--format", "odt", "--out", path.join(dir, "x.odt")], env);
    expect(format.stderr).toContain("--format phải là docx hoặc pdf");
  });
});

describe("calendar on the command line", () => {
  it("lists Tết 2025 and counts working days across Tết 2024", { timeout: 90_000 }, async () => {
    const holidays = await runCli(["calendar", "holidays", "2025", "--json"], env);
    expect(holidays.code).toBe(0);
    expect((JSON.parse(holidays.stdout) as { date: string }[]).map((d) => d.date)).toContain("2025-01-29");
    const due = await runCli(["calendar", "add-working-days", "2024-02-07", "5"], env);
    expect(due.stdout).toContain("ngày 21 tháng 2 năm 2024");
    const bad = await runCli(["calendar", "holidays", "20x5"], env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("Năm '20x5' không hợp lệ");
  });
});

/** The README's `npx thidua …` lines that name a unit, as argument lists (quotes kept together, comments dropped). */
function readmeUnitExamples(): string[][] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  return readme
    .split("\n")
    .filter((line) => line.startsWith("npx thidua ") && /--unit|--into/.test(line))
    .map((line) => [...line.replace(/\s+#.*$/, "").slice("npx thidua ".length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!));
}

describe("the README's --unit examples on the demo", () => {
  let sheet: string;
  let awardSheet: string;
  let ratingSheet: string;
  beforeAll(async () => {
    // nguoi-dan.xlsx: the import's sheet filled in with one resident.
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Người").addRows([["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc"], ["Nguyễn Văn Mới", "Nam", "12/05/1980", "Kinh"]]);
    sheet = path.join(dir, "nguoi-dan.xlsx");
    writeFileSync(sheet, new Uint8Array(await book.xlsx.writeBuffer()));
    // khen-thuong.xlsx: the award list filled in with one award of a residential group.
    const awards = new ExcelJS.Workbook();
    awards.addWorksheet("Khen thưởng").addRows([
      ["Họ và tên / Tên tập thể", "Loại", "Hình thức khen thưởng", "Năm", "Số quyết định", "Ngày quyết định"],
      ["22420-TDP01", "Đơn vị", "Thôn, tổ dân phố văn hóa", 2024, "12/QĐ-UBND", "15/01/2025"],
    ]);
    awardSheet = path.join(dir, "khen-thuong.xlsx");
    writeFileSync(awardSheet, new Uint8Array(await awards.xlsx.writeBuffer()));
    // xep-loai.xlsx: the assessment list's columns (no one to rate: the dry run reads and writes nothing).
    const ratings = new ExcelJS.Workbook();
    ratings.addWorksheet("Xếp loại").addRows([["STT", "Họ và tên", "Năm sinh", "Tổ dân phố / Đơn vị", "Năm", "Xếp loại"]]);
    ratingSheet = path.join(dir, "xep-loai.xlsx");
    writeFileSync(ratingSheet, new Uint8Array(await ratings.xlsx.writeBuffer()));
  });

  it("run as written, each answering 0", { timeout: 180_000 }, async () => {
    const examples = readmeUnitExamples();
    expect(examples.map((e) => e.slice(0, 2).join(" "))).toEqual(
      expect.arrayContaining(["users create", "units merge", "people import", "awards import", "eligibility import-assessments", "documents list", "tasks overdue"]),
    );
    for (const args of examples) {
      const run = await runCli(args.map((a) => (a === "nguoi-dan.xlsx" ? sheet : a === "khen-thuong.xlsx" ? awardSheet : a === "xep-loai.xlsx" ? ratingSheet : a)), env);
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 0, stderr: "" });
      if (args.includes("--json")) expect(JSON.parse(run.stdout)).toEqual(expect.anything());
    }
    const listed = JSON.parse((await runCli(["documents", "list", "--unit", "22420-CAMPHU", "--json"], env)).stdout) as { number: string }[];
    expect(listed.map((d) => d.number)).toContain("01/KH-UBND");
  });

  it("people import --dry-run prints every row (converted from TCVN3, left out, refused) and writes nothing", { timeout: 180_000 }, async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Danh sách");
    sheet.addRow([encodeTcvn3("DANH SÁCH HỘ NGHÈO", { capitals: true })]).getCell(1).font = { name: ".VnTimeH" };
    sheet.addRow(["STT", encodeTcvn3("Họ và tên"), encodeTcvn3("Năm sinh")]);
    sheet.addRow([1, encodeTcvn3("Nguyễn Văn Bình"), 1950]).getCell(2).font = { name: ".VnTime" };
    sheet.addRow([2, encodeTcvn3("Lê Thị Ươm"), "21/03/80"]).getCell(2).font = { name: ".VnTime" };
    sheet.addRow(["", encodeTcvn3("Người lập biểu")]).getCell(2).font = { name: ".VnTime" };
    const file = path.join(dir, "ho-ngheo.xlsx");
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    const run = await runCli(["people", "import", file, "--unit", "22420-TDP01", "--dry-run"], env);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Dòng 3 [thêm / add] Nguyễn Văn Bình · năm 1950 · Tổ dân phố Phú Thịnh");
    expect(run.stdout).toContain(`(Họ và tên gõ trong tệp / typed: ${encodeTcvn3("Nguyễn Văn Bình")})`);
    expect(run.stdout).toContain("Dòng 4 [lỗi / problem] Lê Thị Ươm");
    expect(run.stdout).toContain("Dòng 1 [bỏ qua / left out: tiêu đề] DANH SÁCH HỘ NGHÈO");
    expect(run.stdout).toContain("Dòng 5 [bỏ qua / left out: chữ ký] Người lập biểu");
    expect(run.stderr).toContain("Dòng 4, cột Ngày sinh: '21/03/80': năm chỉ có 2 chữ số");
    expect(run.stdout).not.toMatch(/người mới \/ new people/);
  });

  it("takes a code in any letter case, and names an unknown one in both languages on every command", { timeout: 180_000 }, async () => {
    const overdue = await runCli(["tasks", "overdue", "--unit", "22420-camphu", "--json"], env);
    expect(overdue.code).toBe(0);
    expect((JSON.parse(overdue.stdout) as unknown[]).length).toBeGreaterThan(0);
    for (const args of [
      ["documents", "list", "--unit", "22420-XYZ"],
      ["documents", "export", "01/KH-UBND", "--unit", "22420-XYZ", "--format", "pdf", "--out", path.join(dir, "x.pdf")],
      ["movements", "list", "--unit", "22420-XYZ"],
      ["tasks", "overdue", "--unit", "22420-XYZ"],
      ["people", "import", sheet, "--unit", "22420-XYZ", "--dry-run"],
      ["users", "create", "--email", "a@camphu.gov.vn", "--name", "Người Thử", "--unit", "22420-XYZ", "--role", "reporter"],
      ["units", "merge", "--into", "22420-XYZ", "--from", "22420-TDP03", "--on", "1/1/2025"],
    ]) {
      const run = await runCli(args, env);
      expect({ args, code: run.code }).toEqual({ args, code: 1 });
      expect(run.stderr.trim()).toBe("Không có đơn vị mã 22420-XYZ / No unit with code 22420-XYZ");
    }
  });

  it("refuses to merge units of different levels, in both languages", { timeout: 60_000 }, async () => {
    const run = await runCli(["units", "merge", "--into", "22420-TDP04", "--from", "22420", "--on", "1/1/2026"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không cùng cấp");
    expect(run.stderr).toContain("not of the same level");
  });
});
