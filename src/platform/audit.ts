// Every write appends who, what, when and before/after to the audit log, inside
// the same transaction as the write itself. Entries are HMACs under the audit key
// (AUDIT_KEY or DATA_DIR/audit-key), which the database never holds; the head row
// is signed with it too, and a signed copy of the head is kept in the data folder
// (the checkpoint, see audit-checkpoint.ts), so a log cut back or rebuilt is found.
import { and, asc, eq, gt, lte } from "drizzle-orm";
import type { DbOrTx, Tx } from "../db/client";
import { auditHead, auditLog } from "../db/schema";
import {
  ChainChecker,
  checkpointProblems,
  entryHash,
  GENESIS_HASH,
  headMac,
  headMatchesKey,
  headProblems,
  type ChainProblem,
  type Checkpoint,
  type Head,
  type ProblemKind,
  type StoredEntry,
} from "../domain/audit/chain";
import type { Actor } from "./actor";

/** Fields that must never reach the log, whatever entity is being recorded. */
const SECRET_KEYS = new Set(["passwordHash", "password", "tokenHash", "token", "password_hash", "token_hash"]);

function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (k, v) => (SECRET_KEYS.has(k) ? undefined : v)));
}

let processKey: string | undefined;

/**
 * The key this process signs the log with; openRuntime sets it from the configuration.
 * Use cases only get a transaction, so the key is the process's (one configuration per process).
 */
export function useAuditKey(key: string): void {
  processKey = key;
}

export function currentAuditKey(): string {
  if (processKey === undefined) throw new Error("Chưa có khóa nhật ký (openRuntime đặt khóa) / no audit key set (openRuntime sets it)");
  return processKey;
}

export class AuditHeadMissing extends Error {
  constructor() {
    super(
      "Nhật ký hoạt động mất dòng đầu chuỗi (audit_head): nhật ký đã bị can thiệp, không ghi thêm được. Chạy npx thidua audit verify. " +
        "(The audit log's head row is missing: the log was tampered with. Run npx thidua audit verify.)",
    );
  }
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  unit?: { id: number; path: string } | null;
  before?: unknown;
  after?: unknown;
}

export async function audit(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  const key = currentAuditKey();
  // The head row is the lock that orders appends and the anchor of the chain's tail.
  const [head] = await tx.select().from(auditHead).for("update");
  if (!head) throw new AuditHeadMissing();
  const content = {
    seq: head.seq + 1,
    at: new Date(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId == null ? null : String(input.entityId),
    unitId: input.unit?.id ?? null,
    unitPath: input.unit?.path ?? null,
    before: plain(input.before),
    after: plain(input.after),
  };
  const hash = entryHash(head.hash, content, key);
  await tx.insert(auditLog).values({ ...content, prevHash: head.hash, hash });
  const next = { seq: content.seq, hash, keyedFrom: head.keyedFrom };
  await tx
    .update(auditHead)
    .set({ seq: next.seq, hash, mac: headMac(key, next) })
    .where(eq(auditHead.id, true));
}

/** What the CLI and the server's log say about each problem, in Vietnamese and English. */
export const AUDIT_PROBLEM_TEXT: Record<ProblemKind, string> = {
  edited: "nội dung đã bị sửa / entry was edited",
  missing_before: "thiếu mục ngay trước (đã bị xóa) / the entry before it was deleted",
  broken_link: "liên kết băm bị đứt (mục trước đã bị sửa và băm lại) / broken link: the entry before was rewritten",
  tail_missing: "các mục cuối đã bị xóa (đầu chuỗi không khớp mục cuối) / the latest entries were deleted (the head does not match the last entry)",
  no_head: "mất dòng đầu chuỗi audit_head (nhật ký bị xóa hoặc cắt) / the head row audit_head is missing (the log was deleted or cut)",
  head_unsigned: "chữ ký của đầu chuỗi sai: đầu chuỗi đã bị sửa, hoặc khóa không phải của nhật ký này / the head's signature is wrong: the head was rewritten, or the key is not this log's",
  keyed_from_moved: "điểm bắt đầu ký bằng khóa đã bị dời (hạ cấp về băm không khóa) / the first keyed entry was moved (a downgrade to unkeyed hashes)",
  checkpoint_ahead: "điểm kiểm tra ngoài cơ sở dữ liệu đã ghi tới mục này, nhưng nhật ký thiếu nó (bị cắt bớt hoặc dựng lại) / the checkpoint outside the database reached this entry, the log no longer does (cut back or rebuilt)",
  checkpoint_mismatch: "mục này khác với mục điểm kiểm tra đã ghi (nhật ký bị dựng lại) / this entry differs from the one the checkpoint recorded (the log was rebuilt)",
  checkpoint_invalid: "tệp điểm kiểm tra audit-checkpoint.json hỏng hoặc chữ ký sai (bị sửa, hoặc khóa khác) / the checkpoint file is unreadable or wrongly signed (edited, or another key)",
};

/** One problem on one line: "#12: entry was edited". */
export function problemLine(p: ChainProblem): string {
  return `${p.seq > 0 ? `#${p.seq}: ` : ""}${AUDIT_PROBLEM_TEXT[p.problem]}`;
}

export type AuditWarning = "checkpoint_missing" | "not_keyed_yet";

export const AUDIT_WARNING_TEXT: Record<AuditWarning, string> = {
  checkpoint_missing:
    "Chưa có tệp điểm kiểm tra DATA_DIR/audit-checkpoint.json (bình thường sau khi khôi phục trên máy mới; máy chủ sẽ ghi tệp này): chưa so được với bản ghi ngoài cơ sở dữ liệu. / " +
    "No checkpoint file yet (normal after a restore on a new machine; the server writes it): the log could not be compared with a copy outside the database.",
  not_keyed_yet:
    "Chưa có mục nào được ký bằng khóa (mọi mục có từ trước khi có khóa; mục ghi tiếp theo sẽ được ký). / " +
    "No entry is keyed yet (all entries predate the key; the next one will be).",
};

export const AUDIT_KEY_HINT =
  "Mọi mục ký bằng khóa đều không khớp: có thể khóa sai (AUDIT_KEY hoặc DATA_DIR/audit-key phải là khóa của máy đã ghi nhật ký). / " +
  "Every keyed entry fails: the key may be wrong (AUDIT_KEY or DATA_DIR/audit-key must be the one the log was written with).";

/** Where the checkpoint stands, as read from the data folder. */
export type CheckpointRead = { state: "missing" } | { state: "invalid" } | { state: "ok"; checkpoint: Checkpoint };

export interface VerifyOptions {
  /** The audit key; the process's by default. */
  key?: string;
  /** The checkpoint to compare with (see readAuditCheckpoint); none: not compared. */
  checkpoint?: CheckpointRead;
  pageSize?: number;
}

export interface VerifyReport {
  entries: number;
  problems: ChainProblem[];
  warnings: AuditWarning[];
  /** Every keyed entry failed: more likely a wrong key than an attacker who rewrote them all. */
  keyLikelyWrong: boolean;
}

async function readHead(db: DbOrTx): Promise<Head | undefined> {
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, true));
  return head;
}

/** Walks the entries after `from` up to `upTo` (all when undefined) page by page; returns the checker. */
async function walk(
  db: DbOrTx,
  checker: ChainChecker,
  problems: ChainProblem[],
  opts: { upTo?: number; pageSize: number; onEntry?: (e: StoredEntry) => void },
): Promise<number> {
  let entries = 0;
  for (;;) {
    const after = gt(auditLog.seq, checker.previous.seq);
    const page = (await db
      .select()
      .from(auditLog)
      .where(opts.upTo === undefined ? after : and(after, lte(auditLog.seq, opts.upTo)))
      .orderBy(asc(auditLog.seq))
      .limit(opts.pageSize)) as unknown as StoredEntry[];
    if (page.length === 0) break;
    if (opts.onEntry) for (const e of page) opts.onEntry(e);
    problems.push(...checker.check(page));
    entries += page.length;
  }
  return entries;
}

/** Walks the whole chain page by page and checks every link, then the head, then the checkpoint. */
export async function verifyAuditChain(db: DbOrTx, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const key = opts.key ?? currentAuditKey();
  const pageSize = opts.pageSize ?? 5000;
  const head = await readHead(db);
  const cp = opts.checkpoint?.state === "ok" ? opts.checkpoint.checkpoint : undefined;
  const checker = new ChainChecker({ key, keyedFrom: head?.keyedFrom ?? cp?.keyedFrom ?? null });
  const problems: ChainProblem[] = [];
  let hashAt: string | undefined = cp?.seq === 0 ? GENESIS_HASH : undefined;
  const entries = await walk(db, checker, problems, {
    pageSize,
    onEntry: (e) => {
      if (cp && e.seq === cp.seq) hashAt = e.hash;
    },
  });
  const last = checker.previous;
  problems.push(...headProblems(key, head, last));
  const warnings: AuditWarning[] = [];
  if (opts.checkpoint?.state === "invalid") problems.push({ seq: 0, problem: "checkpoint_invalid" });
  if (opts.checkpoint?.state === "missing" && entries > 0) warnings.push("checkpoint_missing");
  if (cp) problems.push(...checkpointProblems(cp, { lastSeq: last.seq, hashAt, keyedFrom: head?.keyedFrom ?? null }));
  if (head && entries > 0 && head.seq < head.keyedFrom) warnings.push("not_keyed_yet");
  return { entries, problems, warnings, keyLikelyWrong: checker.keyedChecked > 0 && checker.keyedEdited === checker.keyedChecked };
}

/** Whether `key` signed the log's head; null when there is no keyed entry yet, or no head. */
export async function auditKeyMatches(db: DbOrTx, key: string): Promise<boolean | null> {
  const head = await readHead(db);
  return head ? headMatchesKey(key, head) : null;
}

/**
 * Checks the log from `from` (a checkpoint) up to the current head: the entry at `from.seq`
 * is the one recorded, every later link holds under the key, the head is signed. Only
 * the new entries are read, so this is cheap when run often.
 */
export async function checkSince(
  db: DbOrTx,
  key: string,
  from: Checkpoint | undefined,
  pageSize = 5000,
): Promise<{ head: Head | undefined; problems: ChainProblem[] }> {
  const head = await readHead(db);
  if (!head) return { head, problems: [{ seq: from?.seq ?? 0, problem: "no_head" }] };
  const problems: ChainProblem[] = [];
  let start: { seq: number; hash: string };
  if (from) {
    let hashAt: string | undefined = GENESIS_HASH;
    if (from.seq > 0) {
      const [entry] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, from.seq));
      hashAt = entry?.hash;
    }
    problems.push(...checkpointProblems(from, { lastSeq: head.seq, hashAt, keyedFrom: head.keyedFrom }));
    if (problems.length > 0) return { head, problems };
    start = { seq: from.seq, hash: from.hash };
  } else {
    // No checkpoint yet: the head's own entry, and its signature.
    const [entry] = head.seq > 0 ? await db.select({ prevHash: auditLog.prevHash }).from(auditLog).where(eq(auditLog.seq, head.seq)) : [];
    start = { seq: Math.max(head.seq - 1, 0), hash: entry?.prevHash ?? GENESIS_HASH };
  }
  const checker = new ChainChecker({ key, keyedFrom: head.keyedFrom }, start);
  await walk(db, checker, problems, { upTo: head.seq, pageSize });
  problems.push(...headProblems(key, head, checker.previous));
  return { head, problems };
}
