// Background jobs kept in PostgreSQL: enqueued inside the writing transaction
// (so a rolled-back write sends nothing), claimed with FOR UPDATE SKIP LOCKED
// (so several app processes share the queue), retried with back-off.
//
// Two ways of running a job:
// - plain handlers (e-mail today) are claimed by a committed lease (`locked_until`, five
//   minutes), run, then marked done. A process killed in between leaves the job leased until
//   the lease runs out; it then runs again (at least once).
// - transactional kinds (`defineTransactionalJob`) are claimed, run and marked done in ONE
//   transaction that holds the row lock: the handler writes its effects with that
//   transaction, so they commit together with "done" or not at all. A process killed
//   mid-way loses its connection, PostgreSQL rolls everything back and releases the lock,
//   and the next worker runs the job at once: exactly once for whatever the handler writes
//   to the database. Side effects outside it (SMTP) are discussed where they are sent.
import { sql } from "drizzle-orm";
import { selectRows, type Database, type DbOrTx, type Tx } from "../db/client";
import { jobs } from "../db/schema";

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

export interface JobContext {
  /** The claiming transaction: write every effect of the job with it. */
  tx: Tx;
  /** Runs the worker's plain handler of another kind now, inside this job (e.g. "mail.send"). */
  perform(kind: string, payload: Record<string, unknown>): Promise<void>;
}
export type TransactionalJobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

/**
 * Job kinds defined by the features that own them (imported with the app), so that every
 * worker, whoever built it, runs them; `onStart` runs when a worker starts polling (e.g. to
 * make sure a recurring job is queued).
 */
const transactionalKinds = new Map<string, TransactionalJobHandler>();
const startHooks: ((tx: Tx) => Promise<void>)[] = [];

export function defineTransactionalJob(kind: string, handler: TransactionalJobHandler, opts: { onStart?: (tx: Tx) => Promise<void> } = {}): void {
  if (!transactionalKinds.has(kind) && opts.onStart) startHooks.push(opts.onStart);
  transactionalKinds.set(kind, handler);
}

export interface EnqueueOptions {
  /** A job that must exist once: enqueueing the same key again does nothing. */
  key?: string;
  runAt?: Date;
}

/** Queues a job in the caller's transaction. */
export async function enqueue(tx: DbOrTx, kind: string, payload: Record<string, unknown>, opts: EnqueueOptions = {}): Promise<void> {
  await enqueueOnce(tx, kind, payload, opts);
}

/** Queues a job; false when one with the same key already exists (then nothing changes). */
export async function enqueueOnce(tx: DbOrTx, kind: string, payload: Record<string, unknown>, opts: EnqueueOptions = {}): Promise<boolean> {
  const rows = await tx
    .insert(jobs)
    .values({ kind, payload, ...(opts.key ? { key: opts.key } : {}), ...(opts.runAt ? { runAt: opts.runAt } : {}) })
    .onConflictDoNothing({ target: jobs.key })
    .returning({ id: jobs.id });
  return rows.length > 0;
}

interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
}

const MAX_ATTEMPTS = 8;

export class JobWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true; // until start(): tests drive the queue with drain()

  constructor(
    private readonly database: Database,
    private readonly handlers: Record<string, JobHandler>,
    private readonly log: (msg: string) => void = () => {},
    private readonly pollMs = 2000,
  ) {}

  start(): void {
    this.stopped = false;
    this.running = this.runStartHooks().finally(() => {
      this.running = undefined;
      if (!this.stopped) this.schedule(0);
    });
  }

  /** Runs pending jobs now (called after a commit that enqueued one). */
  kick(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Works until the queue is empty; returns how many jobs ran. Tests call it directly. */
  async drain(): Promise<number> {
    let n = 0;
    for (;;) {
      const ran = (await this.runTransactional()) || (await this.runPlain());
      if (!ran) return n;
      n++;
    }
  }

  private async runStartHooks(): Promise<void> {
    for (const hook of startHooks) {
      await this.database.db.transaction((tx) => hook(tx)).catch((err) => this.log(`jobs: start hook: ${(err as Error).message}`));
    }
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => undefined)
        .catch((err) => this.log(`jobs: ${(err as Error).message}`))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule(this.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  /** Claims, runs and completes one transactional job in one transaction; false when none is due. */
  private async runTransactional(): Promise<boolean> {
    const kinds = [...transactionalKinds.keys()];
    if (kinds.length === 0) return false;
    let failed: { job: ClaimedJob; error: Error } | undefined;
    const ran = await this.database.db.transaction(async (tx) => {
      const [job] = await selectRows<ClaimedJob>(
        tx,
        sql`SELECT id::int AS id, kind, payload, attempts + 1 AS attempts FROM jobs
             WHERE done_at IS NULL AND run_at <= now() AND attempts < ${MAX_ATTEMPTS}
               AND (locked_until IS NULL OR locked_until < now())
               AND kind IN (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})
             ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1`,
      );
      if (!job) return false;
      try {
        // A savepoint: a failing handler's writes go, the claim stays to record the failure.
        await tx.transaction((inner) => transactionalKinds.get(job.kind)!(job.payload, { tx: inner, perform: (kind, payload) => this.perform(kind, payload) }));
        await tx.execute(sql`UPDATE jobs SET done_at = now(), attempts = attempts + 1, payload = '{}'::jsonb, last_error = NULL WHERE id = ${job.id}`);
      } catch (err) {
        failed = { job, error: err as Error };
        const delaySeconds = Math.min(3600, 15 * 2 ** (job.attempts - 1));
        await tx.execute(
          sql`UPDATE jobs SET attempts = attempts + 1, run_at = now() + make_interval(secs => ${delaySeconds}), last_error = ${failed.error.message} WHERE id = ${job.id}`,
        );
      }
      return true;
    });
    if (failed) this.log(`job ${failed.job.id} (${failed.job.kind}) failed, attempt ${failed.job.attempts}: ${failed.error.message}`);
    return ran;
  }

  private async perform(kind: string, payload: Record<string, unknown>): Promise<void> {
    const handler = this.handlers[kind];
    if (!handler) throw new Error(`no handler for job kind ${kind}`);
    await handler(payload);
  }

  private async runPlain(): Promise<boolean> {
    const job = await this.claim();
    if (!job) return false;
    await this.run(job);
    return true;
  }

  private async claim(): Promise<ClaimedJob | undefined> {
    const kinds = [...transactionalKinds.keys()];
    const rows = await this.database.query<ClaimedJob>(
      `UPDATE jobs SET locked_until = now() + interval '5 minutes', attempts = attempts + 1
        WHERE id = (SELECT id FROM jobs
                     WHERE done_at IS NULL AND run_at <= now() AND attempts < $1
                       AND (locked_until IS NULL OR locked_until < now()) AND NOT (kind = ANY($2::text[]))
                     ORDER BY run_at, id
                     FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id::int AS id, kind, payload, attempts`,
      [MAX_ATTEMPTS, kinds],
    );
    return rows[0];
  }

  private async run(job: ClaimedJob): Promise<void> {
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job.payload);
      // The payload may hold a one-time link: it is not kept once delivered.
      await this.database.query(`UPDATE jobs SET done_at = now(), locked_until = NULL, payload = '{}'::jsonb, last_error = NULL WHERE id = $1`, [job.id]);
    } catch (err) {
      const message = (err as Error).message;
      this.log(`job ${job.id} (${job.kind}) failed, attempt ${job.attempts}: ${message}`);
      const delaySeconds = Math.min(3600, 15 * 2 ** (job.attempts - 1));
      await this.database.query(
        `UPDATE jobs SET locked_until = NULL, run_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = $1`,
        [job.id, delaySeconds, message],
      );
    }
  }
}
