// The audit log: every write leaves who/what/when/before/after in the same
// transaction, the keyed chain, its head and the checkpoint expose any edit or
// deletion (the database refuses them outright), administrators browse it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type RawQuery } from "../../src/db/client";
import { auditHead, auditLog } from "../../src/db/schema";
import { entryHash, GENESIS_HASH, type ChainedEntry, type StoredEntry } from "../../src/domain/audit/chain";
import { backupDatabase } from "../../src/features/backup/backup-database";
import { restoreDatabase } from "../../src/features/backup/restore-database";
import { createUnit } from "../../src/features/units/create-unit";
import { Actor } from "../../src/platform/actor";
import { audit, verifyAuditChain } from "../../src/platform/audit";
import { advanceAuditCheckpoint, AuditCheckpoints, checkpointPath, readAuditCheckpoint } from "../../src/platform/audit-checkpoint";
import { personWithRole, setUpWard } from "../support/seed";
import { freshPgDatabase, onPostgres, startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
});
afterAll(() => t.close());

const entries = () => t.deps.database.db.select().from(auditLog).orderBy(auditLog.seq);

describe("recording", () => {
  it("records who created a unit, when, and its values", async () => {
    await admin.get(`/units/${wardId}/new`);
    expect((await admin.post(`/units/${wardId}/new`, { kind: "residential_group", name: "Tổ dân phố Phú Thịnh" })).status).toBe(303);
    const last = (await entries()).at(-1)!;
    expect(last.action).toBe("unit.created");
    expect(last.actorLabel).toBe("Nguyễn Văn Quản <quantri@camphu.gov.vn>");
    expect((last.after as { name: string }).name).toBe("Tổ dân phố Phú Thịnh");
    expect(Date.now() - last.at.getTime()).toBeLessThan(60_000);
  });

  it("never holds a password hash or a token", async () => {
    await admin.get("/account");
    await admin.post("/account/tokens", { name: "Báo cáo" });
    const all = JSON.stringify(await entries());
    expect(all).not.toMatch(/argon2/);
    expect(all).not.toMatch(/tdpat_/);
    expect(all).not.toMatch(/token_?hash/i);
  });

  it("keeps nothing of a write whose transaction fails", async () => {
    const before = (await entries()).length;
    await expect(
      t.deps.database.db.transaction(async (tx) => {
        await audit(tx, Actor.system(), { action: "test.half_written", entityType: "unit", after: { x: 1 } });
        throw new Error("thất bại giữa chừng");
      }),
    ).rejects.toThrow();
    expect((await entries()).length).toBe(before);
  });

  it("keeps a gapless, intact chain under concurrent writes", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => createUnit(Actor.system(), wardId, { kind: "agency", name: `Cơ quan song song ${i}` }, t.deps.database.db)),
    );
    const all = await entries();
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(await verifyAuditChain(t.deps.database.db)).toEqual({ entries: all.length, problems: [], warnings: [], keyLikelyWrong: false });
  });
});

describe("browsing", () => {
  it("lets an administrator filter by action and by person", async () => {
    const page = await admin.get("/audit?action=unit.created");
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain("Tổ dân phố Phú Thịnh");
    expect(page.text).toContain("<code>unit.created</code>");
    expect(page.text).not.toContain("<code>api_token.created</code>");
    const none = await admin.get("/audit?actor=khong-co-ai-ten-nay");
    expect(textOf(none.text)).toContain("Không có mục nào.");
  });

  it("keeps the filters when the reader switches language", async () => {
    const page = await admin.get("/audit?action=unit.created");
    expect(page.text).toContain('href="/audit?action=unit.created&amp;lang=en"');
    const switched = await admin.get("/audit?action=unit.created&lang=en");
    expect(switched.location).toBe("/audit?action=unit.created");
    expect(textOf((await admin.get(switched.location!)).text)).toContain("Activity log");
    await admin.get("/audit?lang=vi");
  });

  it("explains a wrong date instead of failing", async () => {
    const page = await admin.get("/audit?from=31/02/2024");
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toContain("Ngày không hợp lệ: 31/02/2024. Nhập ngày dạng dd/mm/yyyy");
  });

  it("is closed to other roles", async () => {
    const chairman = await personWithRole(t, "chairman", wardId);
    expect((await chairman.client.get("/audit")).status).toBe(403);
  });
});

// Tampering as a database owner would do it: with the triggers off (session_replication_role).
// Each case starts from its own installation of five entries whose checkpoint the server wrote.
describe("tampering", () => {
  const opened: TestApp[] = [];
  afterEach(async () => {
    for (const app of opened.splice(0)) {
      app.runtime.checkpoints.disable(); // a tampered log would only be complained about again
      await app.close();
    }
  });

  const append = (app: TestApp, i: number) =>
    app.deps.database.db.transaction((tx) => audit(tx, Actor.system(), { action: "test.entry", entityType: "unit", entityId: i, after: { name: `Tổ dân phố ${i}` } }));

  async function installation(n = 5): Promise<TestApp> {
    const app = await startTestApp();
    opened.push(app);
    for (let i = 1; i <= n; i++) await append(app, i);
    expect((await advanceAuditCheckpoint(app.deps.database.db, app.config.auditKey, app.config.dataDir)).written).toBe(true);
    return app;
  }

  const report = (app: TestApp, key = app.config.auditKey) =>
    verifyAuditChain(app.deps.database.db, { key, checkpoint: readAuditCheckpoint(app.config.dataDir, key) });

  /** Runs SQL with the triggers off, in one transaction, as the database's owner can. */
  const asOwner = (app: TestApp, fn: (q: RawQuery) => Promise<unknown>) =>
    app.deps.database.rawTransaction(async (q) => {
      await q("SET LOCAL session_replication_role = replica");
      await fn(q);
    });

  const stored = async (app: TestApp) => (await app.deps.database.db.select().from(auditLog).orderBy(auditLog.seq)) as StoredEntry[];

  /** Edits entry `seq`, then hashes it and the later entries (up to `upTo`) again with `hash`, and points the head at the last. */
  async function rewrite(app: TestApp, seq: number, hash: (prev: string, e: ChainedEntry) => string, opts: { head?: boolean; upTo?: number } = {}) {
    const all = await stored(app);
    await asOwner(app, async (q) => {
      let prev = all[seq - 2]?.hash ?? GENESIS_HASH;
      for (const e of all.slice(seq - 1, opts.upTo)) {
        const { prevHash: _p, hash: _h, ...content } = e;
        if (e.seq === seq) content.after = { name: "Tổ dân phố sửa lén" };
        const h = hash(prev, content);
        await q(`UPDATE audit_log SET after = $1::jsonb, prev_hash = $2, hash = $3 WHERE seq = $4`, [JSON.stringify(content.after), prev, h, e.seq]);
        prev = h;
      }
      if (opts.head !== false) await q(`UPDATE audit_head SET hash = $1`, [prev]);
    });
  }

  it("is refused by the database: no entry changes or goes, the head is not deleted nor moved back", async () => {
    const app = await installation();
    const q = (text: string) => app.deps.database.query(text);
    await expect(q(`UPDATE audit_log SET actor_label = 'Người khác' WHERE seq = 2`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(q(`DELETE FROM audit_log WHERE seq = 5`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(q(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(q(`DELETE FROM audit_head`)).rejects.toThrow(/cannot be deleted/);
    await expect(q(`TRUNCATE audit_head`)).rejects.toThrow(/cannot be deleted/);
    await expect(q(`UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3)`)).rejects.toThrow(/only moves forward/);
    await expect(q(`UPDATE audit_head SET keyed_from = 99`)).rejects.toThrow(/only moves forward/);
    await expect(q(`INSERT INTO audit_head (id, seq, hash, keyed_from) VALUES (false, 0, '${GENESIS_HASH}', 1)`)).rejects.toThrow(/one row/);
    expect(await report(app)).toEqual({ entries: 5, problems: [], warnings: [], keyLikelyWrong: false });
    // Appends still advance the head.
    await append(app, 6);
    expect((await report(app)).problems).toEqual([]);
  });

  it("reports an edited entry", async () => {
    const app = await installation();
    await asOwner(app, (q) => q(`UPDATE audit_log SET after = '{"name":"Tổ dân phố sửa lén"}' WHERE seq = 3`));
    expect((await report(app)).problems).toEqual([{ seq: 3, problem: "edited" }]);
  });

  it("reports an entry deleted from the middle", async () => {
    const app = await installation();
    await asOwner(app, (q) => q(`DELETE FROM audit_log WHERE seq = 3`));
    expect((await report(app)).problems).toEqual([{ seq: 4, problem: "missing_before" }]);
  });

  it("reports an edit whose later hashes were computed again with plain SHA-256 (the unkeyed algorithm)", async () => {
    const app = await installation();
    await rewrite(app, 3, (prev, e) => entryHash(prev, e));
    const { problems } = await report(app);
    expect(problems).toEqual(
      expect.arrayContaining([
        { seq: 3, problem: "edited" },
        { seq: 4, problem: "edited" },
        { seq: 5, problem: "edited" },
        { seq: 5, problem: "head_unsigned" },
        { seq: 5, problem: "checkpoint_mismatch" },
      ]),
    );
  });

  it("reports the latest entries cut off with the head pointed at the new last one", async () => {
    const app = await installation();
    await asOwner(app, async (q) => {
      await q(`DELETE FROM audit_log WHERE seq > 3`);
      await q(`UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3)`);
    });
    // Without the key the head cannot be signed again; the checkpoint remembers entry 5.
    expect((await report(app)).problems).toEqual([
      { seq: 3, problem: "head_unsigned" },
      { seq: 5, problem: "checkpoint_ahead" },
    ]);
  });

  it("reports the head row deleted together with a cut tail", async () => {
    const app = await installation();
    await asOwner(app, async (q) => {
      await q(`DELETE FROM audit_log WHERE seq > 3`);
      await q(`DELETE FROM audit_head`);
    });
    expect((await report(app)).problems).toEqual([
      { seq: 3, problem: "no_head" },
      { seq: 5, problem: "checkpoint_ahead" },
    ]);
    // Appends refuse to start a new chain on a missing head.
    await expect(append(app, 6)).rejects.toThrow(/audit_head/);
  });

  it("reports the whole log deleted with its head: no head, and the checkpoint ahead", async () => {
    const app = await installation();
    await asOwner(app, async (q) => {
      await q(`DELETE FROM audit_log`);
      await q(`DELETE FROM audit_head`);
    });
    const r = await report(app);
    expect(r.entries).toBe(0);
    expect(r.problems).toEqual([
      { seq: 0, problem: "no_head" },
      { seq: 5, problem: "checkpoint_ahead" },
    ]);
  });

  it("reports the whole log deleted and a fresh genesis head put back, through the checkpoint", async () => {
    const app = await installation();
    await asOwner(app, async (q) => {
      await q(`DELETE FROM audit_log`);
      await q(`UPDATE audit_head SET seq = 0, hash = '${GENESIS_HASH}', keyed_from = 1, mac = NULL`);
    });
    expect((await report(app)).problems).toEqual([{ seq: 5, problem: "checkpoint_ahead" }]);
    // The checkpoint stays as evidence: the server does not move it to the new head.
    const before = readFileSync(checkpointPath(app.config.dataDir), "utf8");
    await append(app, 1);
    const advanced = await advanceAuditCheckpoint(app.deps.database.db, app.config.auditKey, app.config.dataDir);
    expect(advanced.written).toBe(false);
    expect(advanced.problems).toEqual([{ seq: 5, problem: "checkpoint_ahead" }]);
    expect(readFileSync(checkpointPath(app.config.dataDir), "utf8")).toBe(before);
  });

  it("reports a log rebuilt without the key as an old, unkeyed one, through the checkpoint", async () => {
    const app = await installation();
    // Every entry hashed again with plain SHA-256, and the head made to look as if the key came after them.
    await rewrite(app, 1, (prev, e) => entryHash(prev, e), { head: false });
    await asOwner(app, async (q) => {
      const [last] = await q<{ hash: string }>(`SELECT hash FROM audit_log WHERE seq = 5`);
      await q(`UPDATE audit_head SET hash = $1, keyed_from = 6, mac = NULL`, [last!.hash]);
    });
    const r = await report(app);
    expect(r.problems).toEqual([
      { seq: 5, problem: "checkpoint_mismatch" },
      { seq: 1, problem: "keyed_from_moved" },
    ]);
    expect(r.warnings).toEqual(["not_keyed_yet"]);
  });

  it("reports an edited checkpoint file, and only warns when there is none", async () => {
    const app = await installation();
    const file = checkpointPath(app.config.dataDir);
    const cp = JSON.parse(readFileSync(file, "utf8")) as { seq: number };
    writeFileSync(file, JSON.stringify({ ...cp, seq: 2 }));
    expect((await report(app)).problems).toEqual([{ seq: 0, problem: "checkpoint_invalid" }]);
    rmSync(file);
    expect(await report(app)).toEqual({ entries: 5, problems: [], warnings: ["checkpoint_missing"], keyLikelyWrong: false });
  });

  it("says the key may be wrong when every keyed entry fails", async () => {
    const app = await installation();
    const r = await report(app, "une-autre-cle-qui-n-est-pas-celle-du-journal");
    expect(r.problems.filter((p) => p.problem === "edited").map((p) => p.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(r.problems).toContainEqual({ seq: 0, problem: "checkpoint_invalid" });
    expect(r.keyLikelyWrong).toBe(true);
  });

  it("keeps the entries from before the key verifiable, and finds them rewritten", async () => {
    const app = await startTestApp();
    opened.push(app);
    const { db } = app.deps.database;
    // An installation from before the key: three plain SHA-256 entries; migration 0009 set keyed_from after them.
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++) {
      const content = { seq, at: new Date(Date.UTC(2024, 2, 21, 8, seq)), actorId: null, actorLabel: "Hệ thống", action: "test.old", entityType: "unit", entityId: String(seq), unitId: null, unitPath: null, before: null, after: { name: `Cũ ${seq}` } };
      const hash = entryHash(prev, content);
      await db.insert(auditLog).values({ ...content, prevHash: prev, hash });
      prev = hash;
    }
    await db.update(auditHead).set({ seq: 3, hash: prev, keyedFrom: 4, mac: null });
    expect((await report(app)).warnings).toContain("not_keyed_yet");
    await append(app, 4);
    await append(app, 5);
    expect(await report(app)).toEqual({ entries: 5, problems: [], warnings: ["checkpoint_missing"], keyLikelyWrong: false });
    expect((await advanceAuditCheckpoint(db, app.config.auditKey, app.config.dataDir)).written).toBe(true);
    // Entry 2 edited and the plain part hashed again: the first keyed entry covers the last plain hash.
    await rewrite(app, 2, (p, e) => entryHash(p, e), { head: false, upTo: 3 });
    await asOwner(app, async (q) => {
      const [three] = await q<{ hash: string }>(`SELECT hash FROM audit_log WHERE seq = 3`);
      expect(three!.hash).not.toBe(prev);
    });
    expect((await report(app)).problems).toEqual([{ seq: 4, problem: "broken_link" }]);
  });

  it("verifies a restored backup with the same key, and not with another", async () => {
    const app = await installation();
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-audit-backup-"));
    try {
      const file = path.join(dir, "sao-luu.jsonl.gz");
      await backupDatabase(app.deps.database, file);
      const target = await openDatabase({ dataDir: dir, databaseUrl: onPostgres() ? await freshPgDatabase() : undefined });
      try {
        await target.migrate();
        await restoreDatabase(target, file);
        const key = app.config.auditKey;
        expect(await verifyAuditChain(target.db, { key, checkpoint: { state: "missing" } })).toEqual({ entries: 5, problems: [], warnings: ["checkpoint_missing"], keyLikelyWrong: false });
        const other = await verifyAuditChain(target.db, { key: "mot-khoa-khac-tren-may-moi-0123456789abcd", checkpoint: { state: "missing" } });
        expect(other.keyLikelyWrong).toBe(true);
        expect(other.problems).toContainEqual({ seq: 5, problem: "head_unsigned" });
        // A restore only inserts: the triggers stay on, and the restored log refuses changes too.
        await expect(target.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      } finally {
        await target.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("advances the checkpoint as the server does, only along the chain", async () => {
    const app = await installation(2);
    const checkpoints = new AuditCheckpoints(app.deps.database.db, app.config.auditKey, app.config.dataDir, { info() {}, error() {} });
    await append(app, 3);
    await checkpoints.tick();
    expect(readAuditCheckpoint(app.config.dataDir, app.config.auditKey)).toMatchObject({ state: "ok", checkpoint: { seq: 3 } });
    await append(app, 4);
    await asOwner(app, (q) => q(`UPDATE audit_log SET after = '{"name":"sửa"}' WHERE seq = 4`));
    await append(app, 5);
    await checkpoints.tick();
    expect(readAuditCheckpoint(app.config.dataDir, app.config.auditKey)).toMatchObject({ state: "ok", checkpoint: { seq: 3 } });
    await checkpoints.stop(false);
  });
});
