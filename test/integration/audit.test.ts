// The audit log: every write leaves who/what/when/before/after in the same
// transaction, the chain exposes any edit or deletion, administrators browse it.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../src/db/schema";
import { createUnit } from "../../src/features/units/create-unit";
import { Actor } from "../../src/platform/actor";
import { audit, verifyAuditChain } from "../../src/platform/audit";
import { personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
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
    expect(await verifyAuditChain(t.deps.database.db)).toEqual({ entries: all.length, problems: [] });
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
    expect(textOf(page.text)).toContain("Nhập ngày đúng dạng");
  });

  it("is closed to other roles", async () => {
    const chairman = await personWithRole(t, "chairman", wardId);
    expect((await chairman.client.get("/audit")).status).toBe(403);
  });
});

describe("tampering", () => {
  const verify = () => verifyAuditChain(t.deps.database.db);
  const exec = (q: ReturnType<typeof sql>) => t.deps.database.db.execute(q);

  it("reports an edited entry", async () => {
    await exec(sql`UPDATE audit_log SET after = '{"name":"Tổ dân phố sửa lén"}' WHERE seq = 3`);
    expect((await verify()).problems).toContainEqual({ seq: 3, problem: "edited" });
  });

  it("reports a deleted entry", async () => {
    await exec(sql`DELETE FROM audit_log WHERE seq = 5`);
    expect((await verify()).problems).toContainEqual({ seq: 6, problem: "missing_before" });
  });

  it("reports deleted latest entries", async () => {
    await exec(sql`DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)`);
    expect((await verify()).problems.map((p) => p.problem)).toContain("tail_missing");
  });
});
