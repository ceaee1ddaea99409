// Mail to the domains reserved for examples and tests (the demo's @camphu.example,
// @….test) never reaches the mail server: the job logs one line, without the message,
// and is done. Mail to a real domain goes out through the local SMTP server as before.
import { and, desc, eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs } from "../../src/db/schema";
import { MAIL_JOB, queueMail } from "../../src/platform/mail";
import { setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf } from "../support/web-client";

let t: TestApp;
const lines: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ mail: true, log: { info: (m) => lines.push(m), error: (m) => lines.push(`ERROR ${m}`) } });
});
afterAll(() => t.close());

describe("mail to reserved domains", () => {
  it("is skipped with one line in the log, and the job is done; mail to a real domain is delivered", async () => {
    const db = t.deps.database.db;
    const [last] = await db.select({ id: jobs.id }).from(jobs).orderBy(desc(jobs.id)).limit(1);
    await db.transaction(async (tx) => {
      await queueMail(tx, { to: "chutich@camphu.test", subject: "Thư thử một", text: "Nội dung bí mật: /password/reset/abc" });
      await queueMail(tx, { to: "phochutich@camphu.example", subject: "Thư thử hai", text: "Nội dung bí mật" });
      await queueMail(tx, { to: "vanphong@camphu.gov.vn", subject: "Thư thử ba", text: "Nội dung thật" });
    });
    await t.deps.jobs.drain();

    const delivered = await t.mailbox!.waitFor("vanphong@camphu.gov.vn");
    expect(delivered.subject).toBe("Thư thử ba");
    expect(t.mailbox!.messages.filter((m) => /^Thư thử/.test(m.subject ?? ""))).toHaveLength(1);

    const skipped = lines.filter((l) => l.includes("camphu.test") || l.includes("camphu.example"));
    expect(skipped).toHaveLength(2);
    expect(skipped[0]).toContain("Bỏ qua thư \"Thư thử một\" tới chutich@camphu.test");
    expect(lines.join("\n")).not.toContain("Nội dung");
    expect(lines.filter((l) => l.startsWith("ERROR"))).toEqual([]);

    const rows = await db.select().from(jobs).where(and(eq(jobs.kind, MAIL_JOB), gt(jobs.id, last?.id ?? 0)));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.doneAt).not.toBeNull();
      expect(row.payload).toEqual({}); // the one-time link is erased with the rest
    }
  });

  it("is skipped when an administrator invites someone at a reserved domain", async () => {
    const { admin, wardId } = await setUpWard(t);
    await admin.get("/users/invite");
    const sent = await admin.post("/users/invite", { fullName: "Người Thử Nghiệm", email: "nguoi.thu@phuong.test", unitId: String(wardId), role: "reporter" });
    expect(textOf(sent.text)).toContain("phuong.test");
    const before = t.mailbox!.messages.length;
    await t.deps.jobs.drain();
    await new Promise((r) => setTimeout(r, 200));
    expect(t.mailbox!.messages.length).toBe(before);
    expect(lines.some((l) => l.includes("nguoi.thu@phuong.test"))).toBe(true);
  });
});
