// Two app processes on one PostgreSQL server behave as one: a session opened on
// one is valid on the other, a lock-out started on one holds on the other, both
// append to one audit chain.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/pg-cluster";
import { HttpSession, runCli, startServerProcess, type ServerProcess } from "../support/processes";
import { freshPgDatabase, onPostgres } from "../support/test-app";

describe.skipIf(!onPostgres())("two app processes on one PostgreSQL server", () => {
  let a: ServerProcess;
  let b: ServerProcess;
  const dirs: string[] = [];
  let shared: Record<string, string>;
  const admin = { email: "quantri@camphu.gov.vn", password: "mat-khau-rat-dai-2024" };

  beforeAll(async () => {
    shared = {
      DATABASE_URL: await freshPgDatabase(),
      SESSION_SECRET: "bi-mat-chung-cua-cac-tien-trinh-0123456789",
      AUDIT_KEY: "khoa-nhat-ky-chung-cua-cac-tien-trinh-0123456789",
    };
    const start = async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "thidua-proc-"));
      dirs.push(dir);
      const port = await freePort();
      return startServerProcess({ ...shared, DATA_DIR: dir, PORT: String(port), BASE_URL: `http://127.0.0.1:${port}` });
    };
    a = await start();
    const browser = new HttpSession(a.url);
    await browser.request(a.setupLink!);
    const done = await browser.post(a.setupLink!, { unitKind: "ward", unitName: "Phường Cam Phú", fullName: "Nguyễn Văn Quản", ...admin, passwordConfirm: admin.password });
    expect(done.status).toBe(303);
    b = await start();
  }, 90_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("keeps a session opened on one process valid on the other, and a sign-out on one ends it on both", async () => {
    const onA = new HttpSession(a.url);
    await onA.request("/sign-in");
    expect((await onA.post("/sign-in", admin)).status).toBe(303);
    const onB = new HttpSession(b.url);
    onB.cookies = new Map(onA.cookies);
    const home = await onB.request("/");
    expect(home.status).toBe(200);
    expect(home.text).toContain("Nguyễn Văn Quản");

    await onB.request("/account");
    expect((await onB.post("/account/sign-out-everywhere", {})).status).toBe(303);
    expect((await onA.request("/")).status).toBe(303);
  });

  it("holds a lock-out started on one process on the other", async () => {
    const guesser = new HttpSession(a.url);
    await guesser.request("/sign-in");
    for (let i = 0; i < 5; i++) expect((await guesser.post("/sign-in", { email: admin.email, password: `doan-sai-${i}-lan` })).status).toBe(422);
    const elsewhere = new HttpSession(b.url);
    await elsewhere.request("/sign-in");
    const locked = await elsewhere.post("/sign-in", admin);
    expect(locked.status).toBe(429);
    expect(locked.text).toContain("tạm bị khóa đăng nhập");
  });

  it("keeps one audit chain, each process its own checkpoint of it", async () => {
    await Promise.all([a.stop(), b.stop()]); // each writes its checkpoint as it exits
    for (const dir of dirs) {
      const verified = await runCli(["audit", "verify"], { ...shared, DATA_DIR: dir });
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain("Khớp điểm kiểm tra");
    }
  });
});
