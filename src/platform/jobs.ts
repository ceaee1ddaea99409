// Background jobs kept in PostgreSQL: enqueued inside the writing transaction
// (so a rolled-back write sends nothing), claimed with FOR UPDATE SKIP LOCKED
// (so several app processes share the queue), retried with back-off.
import type { Database, DbOrTx } from "../db/client";
import { jobs } from "../db/schema";

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

export async function enqueue(tx: DbOrTx, kind: string, payload: Record<string, unknown>): Promise<void> {
  await tx.insert(jobs).values({ kind, payload });
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
    this.schedule(0);
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
    for (let job = await this.claim(); job; job = await this.claim()) {
      await this.run(job);
      n++;
    }
    return n;
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

  private async claim(): Promise<ClaimedJob | undefined> {
    const rows = await this.database.query<ClaimedJob>(
      `UPDATE jobs SET locked_until = now() + interval '5 minutes', attempts = attempts + 1
        WHERE id = (SELECT id FROM jobs
                     WHERE done_at IS NULL AND run_at <= now() AND attempts < $1
                       AND (locked_until IS NULL OR locked_until < now())
                     ORDER BY run_at, id
                     FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id::int AS id, kind, payload, attempts`,
      [MAX_ATTEMPTS],
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
