// The documents and calendar commands as an operator uses them, on the demo ward:
// list the register as JSON, export the seed plan by its number to .pdf and .docx.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/processes";
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
