// Reminders: one digest per person per day (e-mail and in-app), whatever runs twice; each
// person's frequency and channels; the notifications page; and exactly once across a
// crash: the real app in a child process is killed (SIGKILL) while it sends the digests,
// restarted, and every person has exactly one digest. Runs on PGlite and on PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, isNull, sql } from "drizzle-orm";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configVariables, loadConfig } from "../../src/config";
import { jobs, notifications, roleAssignments, tasks, users } from "../../src/db/schema";
import type { Role } from "../../src/domain/access/roles";
import { insertUnit } from "../../src/features/units/insert-unit";
import { setPreferences } from "../../src/features/reminders/preferences";
import { digestJobsOf, queueDigests, scheduleReminders } from "../../src/features/reminders/scheduler";
import { loadActor } from "../../src/platform/actor";
import { openRuntime } from "../../src/server";
import { freePort } from "../support/pg-cluster";
import { ROOT, startServerProcess, type ServerProcess } from "../support/processes";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { freshPgDatabase, onPostgres, startTestApp, type TestApp } from "../support/test-app";
import { textOf } from "../support/web-client";

const DAY = "2024-11-20"; // a Wednesday; 3 working days later is Monday 25/11
const MONDAY = "2024-11-18";

let t: TestApp;
let wardId: number;
let groupId: number;
const db = () => t.deps.database.db;
type Person = Awaited<ReturnType<typeof personWithRole>>;
let official: Person; // reporter of the group: the responsible unit
let leader: Person; // organisation role on the group
let secretary: Person; // the ward's council secretary
let weekly: Person;
let silent: Person;
let emailOnly: Person;
let appOnly: Person;

const mailsTo = (email: string) => t.mailbox!.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(email)));
const notesOf = (userId: number) => db().select().from(notifications).where(eq(notifications.userId, userId));

async function prefer(p: Person, frequency: string, email: boolean, inApp: boolean) {
  await setPreferences((await loadActor(db(), p.user.id))!, { frequency, email, inApp }, db());
}

beforeAll(async () => {
  t = await startTestApp({ mail: true });
  ({ wardId } = await setUpWard(t));
  groupId = (await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Tổ dân phố 5")).id;
  official = await personWithRole(t, "reporter", groupId, "Trần Văn Tổ");
  leader = await personWithRole(t, "organisation", groupId, "Lê Thị Hội");
  secretary = await personWithRole(t, "council_secretary", wardId, "Lê Thị Thường Trực");
  weekly = await personWithRole(t, "reporter", groupId, "Ngô Văn Tuần");
  silent = await personWithRole(t, "reporter", groupId, "Đặng Văn Tắt");
  emailOnly = await personWithRole(t, "reporter", groupId, "Vũ Thị Thư");
  appOnly = await personWithRole(t, "reporter", groupId, "Hồ Văn Ứng");
  await prefer(weekly, "weekly", true, true);
  await prefer(silent, "off", true, true);
  await prefer(emailOnly, "daily", true, false);
  await prefer(appOnly, "daily", false, true);
  const task = (title: string, dueOn: string) => ({ unitId: wardId, responsibleUnitId: groupId, responsibleLabel: "Tổ dân phố 5", title, dueOn });
  await db().insert(tasks).values([
    task("Nộp báo cáo tháng", "2024-11-25"), // 3 working days ahead
    task("Họp tổ dân phố", DAY), // due today
    task("Treo cờ", "2024-11-15"), // overdue
    task("Kiểm tra vệ sinh", "2024-11-22"), // 2 working days ahead: no reminder today
    { ...task("Đã xong", DAY), status: "done" },
  ]);
}, 60_000);
afterAll(() => t.close());

describe("reminder digests", () => {
  it("sends one digest per person per day, even when the day is scheduled and run twice", async () => {
    const baseUrl = t.config.baseUrl;
    expect(await scheduleReminders(db(), DAY, baseUrl)).toBe(true);
    expect(await scheduleReminders(db(), DAY, baseUrl)).toBe(false);
    await t.deps.jobs.drain();
    // Running the day's job body again (another process, a retry) queues nothing new.
    expect(await db().transaction((tx) => queueDigests(tx, DAY, baseUrl))).toBe(0);
    await t.deps.jobs.drain();
    // official, leader, secretary (overdue only), emailOnly, appOnly: weekly and off get nothing on a Wednesday.
    expect(await digestJobsOf(db(), DAY)).toBe(5);

    const mails = mailsTo(official.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Nhắc việc ngày 20 tháng 11 năm 2024: 1 quá hạn, 1 đến hạn hôm nay, 1 sắp đến hạn");
    expect(mails[0]!.text).toContain("- Treo cờ: hạn ngày 15 tháng 11 năm 2024, quá hạn 3 ngày làm việc");
    expect(mails[0]!.text).toContain("- Họp tổ dân phố: đến hạn hôm nay");
    expect(mails[0]!.text).toContain("- Nộp báo cáo tháng: hạn ngày 25 tháng 11 năm 2024, còn 3 ngày làm việc");
    expect(mails[0]!.text).not.toContain("Kiểm tra vệ sinh");
    expect(mails[0]!.text).not.toContain("Đã xong");
    expect(mails[0]!.text).toContain("http://thidua.test/tasks");
    expect(await notesOf(official.user.id)).toHaveLength(1);

    // The ward's secretary follows the overdue task only.
    expect(mailsTo(secretary.email).map((m) => m.subject)).toEqual(["Nhắc việc ngày 20 tháng 11 năm 2024: 1 quá hạn, 0 đến hạn hôm nay, 0 sắp đến hạn"]);
    expect(mailsTo(leader.email)).toHaveLength(1);
  });

  it("honours each person's frequency and channels", async () => {
    expect(mailsTo(weekly.email)).toHaveLength(0);
    expect(mailsTo(silent.email)).toHaveLength(0);
    expect(await notesOf(silent.user.id)).toHaveLength(0);
    expect(mailsTo(emailOnly.email)).toHaveLength(1);
    expect(await notesOf(emailOnly.user.id)).toHaveLength(0);
    expect(mailsTo(appOnly.email)).toHaveLength(0);
    expect(await notesOf(appOnly.user.id)).toHaveLength(1);

    // On Monday the weekly digest comes, with the week ahead; "off" still gets nothing.
    await scheduleReminders(db(), MONDAY, t.config.baseUrl);
    await t.deps.jobs.drain();
    const [monday] = mailsTo(weekly.email);
    expect(monday!.subject).toMatch(/^Nhắc việc ngày 18 tháng 11 năm 2024/);
    expect(monday!.text).toContain("Họp tổ dân phố: hạn ngày 20 tháng 11 năm 2024, còn 2 ngày làm việc");
    expect(monday!.text).toContain("Kiểm tra vệ sinh");
    expect(mailsTo(silent.email)).toHaveLength(0);
  });

  it("lists the notifications with the unread count, and marks one read", async () => {
    // Wednesday's digest and Monday's (daily means every working day).
    const board = await official.client.get("/tasks");
    expect(textOf(board.text)).toContain("Thông báo chưa đọc: 2");
    const page = await official.client.get("/notifications");
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain("Treo cờ: hạn ngày 15 tháng 11 năm 2024, quá hạn 3 ngày làm việc");
    const [note] = await notesOf(official.user.id);
    expect((await official.client.post(`/notifications/${note!.id}/read`)).status).toBe(303);
    expect(textOf((await official.client.get("/tasks")).text)).toContain("Thông báo chưa đọc: 1");
    // Someone else's notification is not found.
    await leader.client.get("/notifications");
    expect((await leader.client.post(`/notifications/${note!.id}/read`)).status).toBe(404);
  });

  it("saves the preferences from the page, and refuses a wrong value", async () => {
    const form = await leader.client.get("/notifications/preferences");
    expect(form.status).toBe(200);
    expect((await leader.client.post("/notifications/preferences", { frequency: "hourly" })).status).toBe(422);
    expect((await leader.client.post("/notifications/preferences", { frequency: "weekly", email: "on" })).status).toBe(303);
    expect(textOf((await leader.client.get("/notifications/preferences?saved=1")).text)).toContain("Đã lưu cài đặt nhắc việc.");
  });
});

/** A real SMTP server that asks, as each message arrives, whether to accept it or to kill the sender first. */
async function crashingMailbox(onMessage: (count: number) => "accept" | "kill") {
  const messages: ParsedMail[] = [];
  let arrived = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      arrived++;
      if (onMessage(arrived) === "kill") {
        stream.resume();
        return; // never answers: the sender dies waiting for "250 OK"
      }
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        callback();
      }, callback);
    },
  });
  // The killed sender's connection resets: expected, not an error of the test.
  server.on("error", () => {});
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("exactly once across a crash", () => {
  it("delivers one digest per person when the app is killed mid-run and restarted", async () => {
    const PEOPLE = 30;
    // In the future, so that the run a starting app queues for today has nothing to say.
    const due = "2030-01-16";
    const dataDir = mkdtempSync(path.join(tmpdir(), "thidua-crash-"));
    const databaseUrl = onPostgres() ? await freshPgDatabase() : undefined;
    const env: Record<string, string> = { DATA_DIR: dataDir, BASE_URL: "http://thidua.test", LOG_LEVEL: "error", ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };

    // Prepare the data with the app closed (PGlite allows one process at a time).
    const runtime = await openRuntime(loadConfig(env));
    const emails: string[] = [];
    {
      const d = runtime.deps.database.db;
      const unit = await d.transaction((tx) => insertUnit(tx, { parent: null, name: "Phường Thử", kind: "ward" }));
      const people = await d
        .insert(users)
        .values(Array.from({ length: PEOPLE }, (_, i) => ({ email: `nguoi${i}@crash.vn`, fullName: `Người ${i}` })))
        .returning();
      await d.insert(roleAssignments).values(people.map((p) => ({ userId: p.id, unitId: unit.id, role: "reporter" as Role })));
      await d.insert(tasks).values({ unitId: unit.id, responsibleUnitId: unit.id, responsibleLabel: unit.name, title: "Nộp hồ sơ", dueOn: due });
      await scheduleReminders(d, due, "http://thidua.test");
      emails.push(...people.map((p) => p.email));
    }
    await runtime.close();

    let app: ServerProcess | undefined;
    let first: ChildProcess | undefined;
    const KILL_AT = 10;
    const smtp = await crashingMailbox((n) => {
      if (n !== KILL_AT) return "accept";
      first!.kill("SIGKILL");
      return "kill";
    });
    try {
      const port = String(await freePort());
      // The first run is killed while the 10th digest's e-mail is being handed over, which
      // may happen before it even answers /healthz: started and watched by hand.
      first = spawnApp({ ...env, PORT: port, SMTP_URL: smtp.url });
      await waitFor(() => first!.exitCode !== null || first!.signalCode !== null, 60_000);
      expect(first.signalCode).toBe("SIGKILL");
      expect(smtp.messages.length).toBe(KILL_AT - 1);

      app = await startServerProcess({ ...env, PORT: port, SMTP_URL: smtp.url });
      await waitFor(() => smtp.messages.length >= PEOPLE, 60_000);
      await new Promise((r) => setTimeout(r, 1500)); // anything sent twice would arrive now
      await app.stop();

      const received = new Map<string, number>();
      for (const m of smtp.messages) {
        const to = (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0]!.address!;
        received.set(to, (received.get(to) ?? 0) + 1);
      }
      expect([...received.keys()].sort()).toEqual([...emails].sort());
      expect([...received.values()].every((n) => n === 1)).toBe(true);

      const after = await openRuntime(loadConfig(env));
      try {
        const d = after.deps.database.db;
        const [notes] = await d.select({ n: sql<number>`count(*)::int` }).from(notifications).where(eq(notifications.digestOn, due));
        expect(notes!.n).toBe(PEOPLE);
        const pending = await d.select().from(jobs).where(and(isNull(jobs.doneAt), sql`${jobs.key} LIKE ${`digest:%:${due}`}`));
        expect(pending).toEqual([]);
      } finally {
        await after.close();
      }
    } finally {
      if (first && first.exitCode === null && first.signalCode === null) first.kill("SIGKILL");
      await app?.stop();
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

/** `thidua serve` as a child process, with only the given app variables. */
function spawnApp(env: Record<string, string>): ChildProcess {
  const clean = { ...process.env };
  for (const [name] of configVariables) delete clean[name];
  return spawn(process.execPath, [path.join(ROOT, "bin/thidua.js"), "serve"], { env: { ...clean, ...env }, cwd: ROOT, stdio: "ignore" });
}

async function waitFor(done: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

