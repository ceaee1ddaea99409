// The `thidua` command as an operator uses it: help, configuration errors, the data
// folder lock, creating an account with an API token, backup, restore, audit verify
// (an edited entry, a log cut back behind its checkpoint).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client";
import { freePort } from "../support/pg-cluster";
import { HttpSession, runCli, startServerProcess } from "../support/processes";
import { freshPgDatabase, onPostgres } from "../support/test-app";

let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-cli-"));
  env = { DATA_DIR: path.join(dir, "data"), LOG_LEVEL: "error", ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}) };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("help and configuration", () => {
  it("lists the commands in Vietnamese and English", async () => {
    const { code, stdout } = await runCli(["--help"], env);
    expect(code).toBe(0);
    for (const cmd of ["serve", "migrate", "users create", "backup FILE", "restore FILE", "audit verify"]) expect(stdout).toContain(cmd);
    expect(stdout).toContain("Sao lưu toàn bộ dữ liệu");
    expect(stdout).toContain("Back up all data");
  });

  it.each([
    [{ PORT: "cổng" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ SMTP_URL: "không phải url" }, "SMTP_URL"],
    [{ SESSION_SECRET: "ngắn" }, "SESSION_SECRET"],
    [{ AUDIT_KEY: "ngắn" }, "AUDIT_KEY"],
  ])("stops at a wrong value with one line naming the variable (%o)", async (bad, name) => {
    const { code, stderr } = await runCli(["serve"], { ...env, ...bad });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^${name}`));
  });
});

describe("an installation's life", { timeout: 180_000 }, () => {
  let token: string;

  it("starts, prints a set-up link, and the set-up page creates the first administrator and unit", async () => {
    const port = await freePort();
    const server = await startServerProcess({ ...env, PORT: String(port), BASE_URL: `http://127.0.0.1:${port}` });
    try {
      expect(server.setupLink).toBeTruthy();
      if (!onPostgres()) {
        // A second process on the same data folder refuses to start, at once and clearly.
        const second = await runCli(["serve"], { ...env, PORT: String(await freePort()) });
        expect(second.code).toBe(1);
        expect(second.stderr).toContain("đang được tiến trình");
        expect(second.stderr).toContain("in use by process");
      }
      const browser = new HttpSession(server.url);
      expect((await browser.request(server.setupLink!)).status).toBe(200);
      const done = await browser.post(server.setupLink!, {
        unitKind: "ward", unitName: "Phường Cam Phú", fullName: "Nguyễn Văn Quản", email: "quantri@camphu.gov.vn", password: "mat-khau-rat-dai-2024", passwordConfirm: "mat-khau-rat-dai-2024",
      });
      expect(done.status).toBe(303);
    } finally {
      await server.stop();
    }
  });

  it("creates an account with a set-password link and an API token that works", async () => {
    const bad = await runCli(["users", "create", "--email", "khong-hop-le", "--unit", "1", "--role", "vua"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--email: Nhập địa chỉ email đúng dạng");
    expect(bad.stderr).toContain("--role: Chọn vai trò");

    const { code, stdout } = await runCli(["users", "create", "--email", "vhxh@camphu.gov.vn", "--name", "Lê Thị Văn", "--unit", "1", "--role", "culture_officer", "--token"], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\/password\/reset\/\S+/);
    token = /(tdpat_\S+)/.exec(stdout)![1]!;

    const port = await freePort();
    const server = await startServerProcess({ ...env, PORT: String(port) });
    try {
      const res = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ user: { fullName: "Lê Thị Văn" }, roles: [{ role: "culture_officer", unitId: 1 }] });
    } finally {
      await server.stop();
    }
  });

  it("backs up, and restores into an empty installation", async () => {
    const file = path.join(dir, "sao-luu.jsonl.gz");
    const backup = await runCli(["backup", file], env);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Đã sao lưu \d+ dòng/);

    // Without the old server's audit key the restore warns; with it copied along the log verifies.
    const keyless = { DATA_DIR: path.join(dir, "restored-keyless"), LOG_LEVEL: "error", ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}) };
    const warned = await runCli(["restore", file], keyless);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain("nhật ký trong bản sao lưu được ký bằng một khóa khác");
    const auditKey = readFileSync(path.join(env.DATA_DIR!, "audit-key"), "utf8").trim();
    const target = { DATA_DIR: path.join(dir, "restored"), LOG_LEVEL: "error", AUDIT_KEY: auditKey, ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}) };
    const restore = await runCli(["restore", file], target);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/Đã khôi phục \d+ dòng/);
    expect(restore.stderr).toBe("");
    expect((await runCli(["restore", file], target)).stderr).toContain("không trống");
    const verified = await runCli(["audit", "verify"], target);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain("Khớp điểm kiểm tra");

    const port = await freePort();
    const server = await startServerProcess({ ...target, PORT: String(port) });
    try {
      const res = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(server.setupLink).toBeUndefined();
    } finally {
      await server.stop();
    }
  }, 150_000); // seven processes, each opening its own database

  it("verifies the audit log, and reports an entry edited behind its back", async () => {
    const intact = await runCli(["audit", "verify"], env);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/Chuỗi băm toàn vẹn: \d+ mục/);

    // The database refuses the edit; its owner can turn the triggers off first.
    await asOwner(env, `UPDATE audit_log SET actor_label = 'Người khác' WHERE seq = 2`);
    const broken = await runCli(["audit", "verify"], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain("Phát hiện");
    expect(broken.stdout).toContain("#2: nội dung đã bị sửa");
  });
});

/** SQL run with the triggers off, as the database's owner can. */
async function asOwner(env: Record<string, string>, ...statements: string[]) {
  const db = await openDatabase({ dataDir: env.DATA_DIR!, databaseUrl: env.DATABASE_URL });
  try {
    await db.rawTransaction(async (q) => {
      await q("SET LOCAL session_replication_role = replica");
      for (const s of statements) await q(s);
    });
  } finally {
    await db.close();
  }
}

describe("an audit log cut back behind its checkpoint", { timeout: 180_000 }, () => {
  let own: Record<string, string>;

  beforeAll(async () => {
    own = { DATA_DIR: path.join(dir, "cut"), LOG_LEVEL: "error", ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}) };
    // Two imports, two entries; each command writes the checkpoint as it ends.
    const header = "province_code,province_name,commune_code,commune_name\n";
    for (const [i, rows] of [["1", "01,Thành phố Hà Nội,00004,Phường Ba Đình\n"], ["2", "01,Thành phố Hà Nội,00008,Phường Ngọc Hà\n"]] as const) {
      const file = path.join(dir, `don-vi-${i}.csv`);
      writeFileSync(file, header + rows);
      expect((await runCli(["units", "import", file], own)).code).toBe(0);
    }
  }, 60_000);

  it("verifies intact against the checkpoint, then reports the cut with exit code 1", async () => {
    const intact = await runCli(["audit", "verify"], own);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain("Chuỗi băm toàn vẹn: 2 mục");
    expect(intact.stdout).toContain("Khớp điểm kiểm tra / matches the checkpoint: #2");

    await asOwner(own, `DELETE FROM audit_log WHERE seq = 2`, `UPDATE audit_head SET seq = 1, hash = (SELECT hash FROM audit_log WHERE seq = 1)`);
    const cut = await runCli(["audit", "verify"], own);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain("#2: điểm kiểm tra ngoài cơ sở dữ liệu đã ghi tới mục này, nhưng nhật ký thiếu nó");
    expect(cut.stdout).toContain("#1: chữ ký của đầu chuỗi sai");
    // The checkpoint is not moved back to the cut log.
    const checkpoint = await runCli(["audit", "checkpoint"], own);
    expect(checkpoint.code).toBe(1);
    expect(checkpoint.stdout).toContain("Không ghi điểm kiểm tra");

    // The whole log gone, a genesis head put back as the migration made it: still found.
    await asOwner(own, `DELETE FROM audit_log`, `UPDATE audit_head SET seq = 0, hash = repeat('0', 64), keyed_from = 1, mac = NULL`);
    const emptied = await runCli(["audit", "verify"], own);
    expect(emptied.code).toBe(1);
    expect(emptied.stdout).toContain("Phát hiện 1 vấn đề");
    expect(emptied.stdout).toContain("#2: điểm kiểm tra ngoài cơ sở dữ liệu");
  });
});
