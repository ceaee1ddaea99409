// A backup restored into an empty database gives back every row, on PGlite and on
// PostgreSQL alike (and across them), and a bad restore writes nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client";
import { backupDatabase } from "../../src/features/backup/backup-database";
import { restoreDatabase } from "../../src/features/backup/restore-database";
import { BACKUP_TABLES } from "../../src/features/backup/tables";
import { verifyAuditChain } from "../../src/platform/audit";
import { createApp } from "../../src/web/app";
import { ADMIN, addUnit, setUpWard } from "../support/seed";
import { freshPgDatabase, onPostgres, startTestApp, type TestApp } from "../support/test-app";
import { WebClient } from "../support/web-client";

let t: TestApp;
let dir: string;
let file: string;

async function snapshot(db: Database) {
  const out: Record<string, string[]> = {};
  for (const table of BACKUP_TABLES) {
    const rows = await db.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM (SELECT * FROM ${table.name} ORDER BY ${table.orderBy}) t`);
    out[table.name] = rows.map((x) => x.r);
  }
  return out;
}

async function emptyDatabase(kind: "pglite" | "postgres"): Promise<Database> {
  const db = await openDatabase({ dataDir: mkdtempSync(path.join(dir, "db-")), databaseUrl: kind === "postgres" ? await freshPgDatabase() : undefined });
  await db.migrate();
  return db;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-backup-"));
  file = path.join(dir, "sao-luu.jsonl.gz");
  t = await startTestApp();
  const { admin, wardId } = await setUpWard(t);
  const ward = { id: wardId, path: `/${wardId}/` };
  for (let i = 1; i <= 30; i++) await addUnit(t, ward, `Tổ dân phố số ${i} – Ngô Quyền`);
  await admin.get("/users/invite");
  await admin.post("/users/invite", { fullName: "Phạm Thị Ánh", email: "anh@camphu.gov.vn", unitId: String(wardId), role: "council_member" });
  await admin.get("/account");
  await admin.post("/account/tokens", { name: "Cổng dữ liệu" });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("covers every table of the schema", async () => {
    const tables = await t.deps.database.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.map((r) => r.tablename).sort()).toEqual(BACKUP_TABLES.map((b) => b.name).sort());
  });

  const targets: ("pglite" | "postgres")[] = onPostgres() ? ["postgres", "pglite"] : ["pglite"];
  it.each(targets)("round-trips into an empty %s database without losing a row", async (kind) => {
    const summary = await backupDatabase(t.deps.database, file);
    expect(summary.rows.units).toBe(31);
    const before = await snapshot(t.deps.database);
    const target = await emptyDatabase(kind);
    try {
      const counts = await restoreDatabase(target, file);
      expect(counts.units).toBe(31);
      expect(await snapshot(target)).toEqual(before);
      expect((await verifyAuditChain(target.db)).problems).toEqual([]);
      // The restored system works: the administrator signs in, new rows get fresh ids.
      const app = createApp({ ...t.deps, database: target });
      const client = new WebClient(app);
      expect((await client.signIn(ADMIN.email, ADMIN.password)).status).toBe(303);
      await client.get("/units");
      const added = await client.post(`/units/${before.units!.length ? JSON.parse(before.units![0]!).id : 1}/new`, { kind: "school", name: "Trường Tiểu học Cam Phú" });
      expect(added.status).toBe(303);
    } finally {
      await target.close();
    }
  });

  it("refuses to restore over existing data", async () => {
    await backupDatabase(t.deps.database, file);
    await expect(restoreDatabase(t.deps.database, file)).rejects.toThrow(/không trống/);
  });

  it("writes nothing from a truncated backup", async () => {
    await backupDatabase(t.deps.database, file);
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const cut = path.join(dir, "cut.jsonl.gz");
    writeFileSync(cut, gzipSync(lines.slice(0, 3).join("\n")));
    const target = await emptyDatabase(onPostgres() ? "postgres" : "pglite");
    try {
      await expect(restoreDatabase(target, cut)).rejects.toThrow(/cắt ngang/);
      expect(await target.query(`SELECT * FROM units`)).toEqual([]);
      expect(Number((await target.query<{ seq: string }>(`SELECT seq FROM audit_head`))[0]!.seq)).toBe(0);
    } finally {
      await target.close();
    }
  });

  it("rejects a file that is not a backup", async () => {
    const bogus = path.join(dir, "bogus.gz");
    writeFileSync(bogus, "đây không phải bản sao lưu");
    const target = await emptyDatabase("pglite");
    try {
      await expect(restoreDatabase(target, bogus)).rejects.toThrow(/Không đọc được bản sao lưu/);
    } finally {
      await target.close();
    }
  });
});
