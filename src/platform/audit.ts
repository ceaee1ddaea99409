// Every write appends who, what, when and before/after to the audit log, inside
// the same transaction as the write itself.
import { asc, gt } from "drizzle-orm";
import type { DbOrTx, Tx } from "../db/client";
import { auditHead, auditLog } from "../db/schema";
import { checkRun, entryHash, GENESIS_HASH, type ChainProblem, type StoredEntry } from "../domain/audit/chain";
import type { Actor } from "./actor";

/** Fields that must never reach the log, whatever entity is being recorded. */
const SECRET_KEYS = new Set(["passwordHash", "password", "tokenHash", "token", "password_hash", "token_hash"]);

function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (k, v) => (SECRET_KEYS.has(k) ? undefined : v)));
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
  // The head row is the lock that orders appends and the anchor of the chain's tail.
  const [head] = await tx.select().from(auditHead).for("update");
  const prev = head ?? { seq: 0, hash: GENESIS_HASH };
  const content = {
    seq: prev.seq + 1,
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
  const hash = entryHash(prev.hash, content);
  await tx.insert(auditLog).values({ ...content, prevHash: prev.hash, hash });
  await tx
    .insert(auditHead)
    .values({ id: true, seq: content.seq, hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq: content.seq, hash } });
}

export interface VerifyReport {
  entries: number;
  problems: ChainProblem[];
}

/** Walks the whole chain page by page and checks every link, then the head. */
export async function verifyAuditChain(db: DbOrTx, pageSize = 5000): Promise<VerifyReport> {
  let previous = { seq: 0, hash: GENESIS_HASH };
  const problems: ChainProblem[] = [];
  let entries = 0;
  for (;;) {
    const page = (await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, previous.seq))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize)) as unknown as StoredEntry[];
    if (page.length === 0) break;
    problems.push(...checkRun(previous, page));
    entries += page.length;
    const last = page[page.length - 1]!;
    previous = { seq: last.seq, hash: last.hash };
  }
  const [head] = await db.select().from(auditHead);
  if (head && (head.seq !== previous.seq || head.hash !== previous.hash)) {
    problems.push({ seq: head.seq, problem: "tail_missing" });
  }
  return { entries, problems };
}

