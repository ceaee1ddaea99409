// The reminder scheduler, as jobs in PostgreSQL:
// - "reminders.daily" for a date builds that day's digests and queues one keyed job per
//   person, `digest:<userId>:<date>`: the key is unique, so running the day twice (two app
//   processes, a retry, an operator) queues nothing more. It then queues the next day's run
//   (keyed too) for 07:00 in Vietnam; a starting worker makes sure today's run is queued.
// - "reminders.digest" records the in-app notification and sends the e-mail.
// Both are transactional jobs (src/platform/jobs.ts): claimed, run and marked done in one
// transaction, so a process killed half-way leaves nothing half-done and the next worker
// redoes the job at once. Exactly once holds for everything in the database (the job, the
// notification, which also has a unique (user, kind, day) index).
//
// The e-mail is the exception no database can close: it is handed to the SMTP server inside
// the transaction, just before COMMIT. Killed before the server accepts it, the job rolls
// back and the digest is sent once, later. Killed in the few milliseconds between the
// server's "250 OK" and the COMMIT, the job rolls back although the message left, and the
// person gets that digest twice. Committing before sending would lose it instead; for a
// reminder, twice is the lesser harm. (A stable Message-ID per digest, e.g.
// <digest-USER-DATE@host>, would let mail clients drop such a duplicate; the mail sender in
// src/platform/mail.ts passes no headers yet.)
// On the embedded database a transaction holds the only connection, so the app waits while a
// digest's e-mail is handed over (milliseconds to a local relay; nodemailer's timeouts bound it).
import { sql } from "drizzle-orm";
import { selectRows, type DbOrTx, type Tx } from "../../db/client";
import { jobs, notifications } from "../../db/schema";
import { addCalendarDays } from "../../domain/tasks/deadlines";
import { todayInVietnam } from "../../domain/text/dates";
import { loadConfig } from "../../config";
import { defineTransactionalJob, enqueueOnce } from "../../platform/jobs";
import { MAIL_JOB } from "../../platform/mail";
import { buildDailyDigests, type RenderedDigest } from "./build-digests";

export const DAILY_JOB = "reminders.daily";
export const DIGEST_JOB = "reminders.digest";
export const DIGEST_KIND = "reminders.digest";

/** 07:00 in Vietnam (UTC+7, no daylight saving) on `date`. */
const morningOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** Queues the daily run for `date`, once whatever happens; false if it was already queued. */
export function scheduleReminders(tx: DbOrTx, date: string, baseUrl: string, opts: { runAt?: Date } = {}): Promise<boolean> {
  return enqueueOnce(tx, DAILY_JOB, { date, baseUrl }, { key: `${DAILY_JOB}:${date}`, ...(opts.runAt ? { runAt: opts.runAt } : {}) });
}

/** What the daily job does: queue one digest job per person; returns how many were new. */
export async function queueDigests(tx: Tx, date: string, baseUrl: string): Promise<number> {
  const digests = await buildDailyDigests(tx, date, baseUrl);
  let queued = 0;
  for (let i = 0; i < digests.length; i += 1000) {
    const rows = digests.slice(i, i + 1000).map((d) => ({ kind: DIGEST_JOB, payload: { ...d } as Record<string, unknown>, key: `digest:${d.userId}:${d.date}` }));
    const inserted = await tx.insert(jobs).values(rows).onConflictDoNothing({ target: jobs.key }).returning({ id: jobs.id });
    queued += inserted.length;
  }
  return queued;
}

defineTransactionalJob(
  DAILY_JOB,
  async (payload, { tx }) => {
    const date = String(payload.date);
    const baseUrl = String(payload.baseUrl ?? "");
    await queueDigests(tx, date, baseUrl);
    // Only today's run continues the chain: a run for another date (by hand, in a test) is one-off.
    if (date === todayInVietnam()) {
      const next = addCalendarDays(date, 1);
      await scheduleReminders(tx, next, baseUrl, { runAt: morningOf(next) });
    }
  },
  {
    // A starting worker queues today's run (07:00, or now if later): the chain of daily runs
    // continues from there. The key makes every process and restart agree on one run.
    onStart: async (tx) => {
      const today = todayInVietnam();
      await scheduleReminders(tx, today, loadConfig(process.env).baseUrl, { runAt: new Date(Math.max(Date.now(), morningOf(today).getTime())) });
    },
  },
);

defineTransactionalJob(DIGEST_JOB, async (payload, { tx, perform }) => {
  const digest = payload as unknown as RenderedDigest;
  if (digest.notification) {
    const recorded = await tx
      .insert(notifications)
      .values({ userId: digest.userId, kind: DIGEST_KIND, digestOn: digest.date, ...digest.notification })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    // Already recorded (the job was queued again by hand): it was sent with it.
    if (recorded.length === 0) return;
  }
  if (digest.email) await perform(MAIL_JOB, { ...digest.email });
});

/** How many digest jobs a date has (one per person who gets a digest that day). */
export async function digestJobsOf(db: DbOrTx, date: string): Promise<number> {
  const [row] = await selectRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM jobs WHERE kind = ${DIGEST_JOB} AND key LIKE ${`digest:%:${date}`}`);
  return row!.n;
}
