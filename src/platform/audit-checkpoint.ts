// The audit checkpoint: a copy of the log's head (seq, hash, first keyed entry) in the data
// folder, signed with the audit key, so a log cut back or deleted and rebuilt in the
// database is found by `audit verify` even when the head row was rewritten with it.
//
// It only moves forward along the chain: before writing, the entries since the last
// checkpoint are checked (a few, when done often); a log that no longer extends it leaves
// the file as it is, as evidence. The server advances it every few seconds and at exit,
// the CLI when a command ends. Several processes on one PostgreSQL each keep the file in
// their own data folder, or share one folder: the file is replaced atomically (rename),
// and a process never replaces a newer checkpoint with an older one.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DbOrTx } from "../db/client";
import { readSignedCheckpoint, signCheckpoint, type ChainProblem, type Checkpoint } from "../domain/audit/chain";
import type { Logger } from "../web/context";
import { checkSince, problemLine, type CheckpointRead } from "./audit";

export const CHECKPOINT_FILE = "audit-checkpoint.json";

export function checkpointPath(dataDir: string): string {
  return path.join(dataDir, CHECKPOINT_FILE);
}

export function readAuditCheckpoint(dataDir: string, key: string): CheckpointRead {
  const file = checkpointPath(dataDir);
  if (!existsSync(file)) return { state: "missing" };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { state: "invalid" };
  }
  const checkpoint = readSignedCheckpoint(key, text);
  return checkpoint ? { state: "ok", checkpoint } : { state: "invalid" };
}

function writeCheckpoint(dataDir: string, key: string, checkpoint: Checkpoint): boolean {
  mkdirSync(dataDir, { recursive: true });
  const file = checkpointPath(dataDir);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, JSON.stringify(checkpoint, null, 2) + "\n", { mode: 0o600 });
  // Another process sharing the folder may have written a newer one meanwhile.
  const current = readAuditCheckpoint(dataDir, key);
  if (current.state === "ok" && current.checkpoint.seq > checkpoint.seq) {
    rmSync(tmp, { force: true });
    return false;
  }
  renameSync(tmp, file);
  return true;
}

export interface AdvanceResult {
  /** Whether the file was (re)written. */
  written: boolean;
  /** The checkpoint in force afterwards (none if there is none, or it is invalid). */
  checkpoint: Checkpoint | undefined;
  /** Why it was not advanced: the log does not extend the checkpoint. */
  problems: ChainProblem[];
}

/** Moves the checkpoint to the current head, if the log still extends it. */
export async function advanceAuditCheckpoint(db: DbOrTx, key: string, dataDir: string): Promise<AdvanceResult> {
  const read = readAuditCheckpoint(dataDir, key);
  if (read.state === "invalid") return { written: false, checkpoint: undefined, problems: [{ seq: 0, problem: "checkpoint_invalid" }] };
  const from = read.state === "ok" ? read.checkpoint : undefined;
  const { head, problems } = await checkSince(db, key, from);
  if (!head || problems.length > 0) return { written: false, checkpoint: from, problems };
  if (from && from.seq === head.seq) return { written: false, checkpoint: from, problems: [] };
  const checkpoint = signCheckpoint(key, { seq: head.seq, hash: head.hash, keyedFrom: head.keyedFrom, at: new Date().toISOString() });
  const written = writeCheckpoint(dataDir, key, checkpoint);
  return { written, checkpoint: written ? checkpoint : from, problems: [] };
}

export function describeProblems(problems: readonly ChainProblem[]): string {
  return problems.map(problemLine).join("; ");
}

/** Advances the checkpoint every few seconds while the server runs, and once more at the end. */
export class AuditCheckpoints {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastComplaint = "";

  constructor(
    private readonly db: DbOrTx,
    private readonly key: string,
    private readonly dataDir: string,
    private readonly log: Logger,
  ) {}

  start(intervalMs = 10_000): void {
    this.timer ??= setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  private disabled = false;

  /** No more advances from this process (`audit verify` only reads; a restore that reported a wrong key). */
  disable(): void {
    this.disabled = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One advance; overlapping calls share the one in progress. Never throws. */
  tick(): Promise<void> {
    if (this.disabled) return Promise.resolve();
    this.running ??= this.advance().finally(() => (this.running = undefined));
    return this.running;
  }

  private async advance(): Promise<void> {
    try {
      const { problems } = await advanceAuditCheckpoint(this.db, this.key, this.dataDir);
      const complaint = describeProblems(problems);
      // Said once, not every few seconds: `audit verify` gives the whole report.
      if (complaint && complaint !== this.lastComplaint) {
        this.log.error(
          `Nhật ký hoạt động không còn khớp điểm kiểm tra ${checkpointPath(this.dataDir)}, tệp được giữ nguyên; chạy npx thidua audit verify. ` +
            `(The audit log no longer extends its checkpoint, which is left as it is; run npx thidua audit verify.) ${complaint}`,
        );
      }
      this.lastComplaint = complaint;
    } catch (err) {
      this.log.error(`Không ghi được điểm kiểm tra nhật ký / could not write the audit checkpoint: ${(err as Error).message}`);
    }
  }

  /** Stops the timer; with `final`, advances once more (the writes of the last seconds). */
  async stop(final = true): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    if (final) await this.tick();
  }
}
