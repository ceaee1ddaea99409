// The audit log's hash chain: each entry's hash covers its content and the
// previous entry's hash, so editing or deleting an entry breaks every later link.
// Entries are HMAC-SHA256 under a key kept outside the database (from `keyedFrom` on;
// older installations keep their first entries as plain SHA-256), so rewriting the
// log and recomputing the hashes takes the key. The head and an outside checkpoint
// are signed with the same key. The key is always a parameter: nothing here reads it.
import { createHash, createHmac } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedEntry {
  seq: number;
  at: Date;
  actorId: number | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: number | null;
  unitPath: string | null;
  before: unknown;
  after: unknown;
}

/** JSON with keys sorted at every level, so the hash does not depend on key order (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Plain SHA-256 without a key (the entries written before the key existed), HMAC-SHA256 with one. */
export function entryHash(prevHash: string, entry: ChainedEntry, key?: string): string {
  const h = key === undefined ? createHash("sha256") : createHmac("sha256", key);
  return h.update(prevHash).update("\n").update(canonicalJson(entry)).digest("hex");
}

export type ProblemKind =
  | "edited"
  | "missing_before"
  | "broken_link"
  | "tail_missing"
  /** The head row is gone (the migration creates it: an empty log has a genesis head). */
  | "no_head"
  /** The head's signature is missing or wrong: the head was rewritten, or the key is not this log's. */
  | "head_unsigned"
  /** The first keyed entry is not where it was (or is past the head): a downgrade to plain hashes. */
  | "keyed_from_moved"
  /** The checkpoint outside the database is past the log's last entry: the log was cut back or rebuilt. */
  | "checkpoint_ahead"
  /** The entry at the checkpoint's seq is not the one the checkpoint recorded: the log was rebuilt. */
  | "checkpoint_mismatch"
  /** The checkpoint file is unreadable or its signature is wrong (edited, or another key). */
  | "checkpoint_invalid";

export interface ChainProblem {
  seq: number;
  problem: ProblemKind;
}

export interface StoredEntry extends ChainedEntry {
  prevHash: string;
  hash: string;
}

/** The audit key and the first entry it covers; null when unknown (no head): told apart entry by entry. */
export interface Keying {
  key: string;
  keyedFrom: number | null;
}

/**
 * Checks runs of entries in seq order, one after the other, so a long log can be
 * checked page by page. `previous` is the last entry before the first run (or the genesis).
 */
export class ChainChecker {
  /** Entries checked that should carry the key, and how many of them did not match it. */
  keyedChecked = 0;
  keyedEdited = 0;
  private keyedFrom: number | null;

  constructor(
    private readonly keying: Keying | null,
    public previous: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
  ) {
    this.keyedFrom = keying?.keyedFrom ?? null;
  }

  check(entries: readonly StoredEntry[]): ChainProblem[] {
    const problems: ChainProblem[] = [];
    for (const e of entries) {
      const prev = this.previous;
      if (e.seq !== prev.seq + 1) problems.push({ seq: e.seq, problem: "missing_before" });
      else if (e.prevHash !== prev.hash) problems.push({ seq: e.seq, problem: "broken_link" });
      if (!this.intact(e)) problems.push({ seq: e.seq, problem: "edited" });
      this.previous = { seq: e.seq, hash: e.hash };
    }
    return problems;
  }

  private intact(e: StoredEntry): boolean {
    const { prevHash, hash, ...content } = e;
    const keying = this.keying;
    if (!keying) return entryHash(prevHash, content) === hash;
    if (this.keyedFrom !== null && e.seq >= this.keyedFrom) {
      this.keyedChecked++;
      const ok = entryHash(prevHash, content, keying.key) === hash;
      if (!ok) this.keyedEdited++;
      return ok;
    }
    if (this.keyedFrom === null && entryHash(prevHash, content, keying.key) === hash) {
      this.keyedFrom = e.seq; // unknown switch-over: the first keyed entry found; every later one must be keyed
      this.keyedChecked++;
      return true;
    }
    const plain = entryHash(prevHash, content) === hash;
    if (!plain && this.keyedFrom === null) {
      this.keyedChecked++;
      this.keyedEdited++;
    }
    return plain;
  }
}

/** Checks a run of entries in seq order after `previous` (the last entry before it, or the genesis). */
export function checkRun(previous: { seq: number; hash: string }, entries: readonly StoredEntry[], keying: Keying | null = null): ChainProblem[] {
  return new ChainChecker(keying, previous).check(entries);
}

export interface Head {
  seq: number;
  hash: string;
  keyedFrom: number;
  mac: string | null;
}

export function headMac(key: string, head: { seq: number; hash: string; keyedFrom: number }): string {
  return createHmac("sha256", key).update(`thidua/audit-head\n${head.seq}\n${head.hash}\n${head.keyedFrom}`).digest("hex");
}

/** Whether the head carries keyed entries, or a signature, that the key must match. */
function headIsSigned(head: Head): boolean {
  return head.mac !== null || head.seq >= head.keyedFrom;
}

/** Whether the key signed this head; null when there is nothing to check yet (no keyed entry). */
export function headMatchesKey(key: string, head: Head): boolean | null {
  if (!headIsSigned(head)) return null;
  return head.mac === headMac(key, head);
}

/** The head against the log's last entry (`last`, or the genesis when the log is empty). */
export function headProblems(key: string, head: Head | undefined, last: { seq: number; hash: string }): ChainProblem[] {
  if (!head) return [{ seq: last.seq, problem: "no_head" }];
  const problems: ChainProblem[] = [];
  if (head.seq !== last.seq || head.hash !== last.hash) problems.push({ seq: head.seq, problem: "tail_missing" });
  if (head.keyedFrom < 1 || head.keyedFrom > head.seq + 1) problems.push({ seq: head.keyedFrom, problem: "keyed_from_moved" });
  if (headMatchesKey(key, head) === false) problems.push({ seq: head.seq, problem: "head_unsigned" });
  return problems;
}

/** A copy of the head kept outside the database, signed with the audit key. */
export interface Checkpoint {
  seq: number;
  hash: string;
  keyedFrom: number;
  /** When it was written (ISO 8601). */
  at: string;
  mac: string;
}

function checkpointMac(key: string, c: Omit<Checkpoint, "mac">): string {
  return createHmac("sha256", key).update(`thidua/audit-checkpoint\n${c.seq}\n${c.hash}\n${c.keyedFrom}\n${c.at}`).digest("hex");
}

export function signCheckpoint(key: string, c: Omit<Checkpoint, "mac">): Checkpoint {
  return { seq: c.seq, hash: c.hash, keyedFrom: c.keyedFrom, at: c.at, mac: checkpointMac(key, c) };
}

/** Parses a checkpoint file's text; null when it is not one or the key did not sign it. */
export function readSignedCheckpoint(key: string, text: string): Checkpoint | null {
  let c: Partial<Checkpoint>;
  try {
    c = JSON.parse(text) as Partial<Checkpoint>;
  } catch {
    return null;
  }
  if (!c || typeof c !== "object") return null;
  const { seq, hash, keyedFrom, at, mac } = c;
  if (!Number.isSafeInteger(seq) || !Number.isSafeInteger(keyedFrom) || typeof hash !== "string" || typeof at !== "string" || typeof mac !== "string") return null;
  const checkpoint = { seq: seq!, hash, keyedFrom: keyedFrom!, at, mac };
  return checkpointMac(key, checkpoint) === mac ? checkpoint : null;
}

/**
 * The log against a checkpoint: `lastSeq` is its last entry's seq (0 when empty), `hashAt`
 * the hash of its entry at the checkpoint's seq (the genesis for seq 0; undefined if none),
 * `keyedFrom` the head's (null without a head).
 */
export function checkpointProblems(
  checkpoint: Checkpoint,
  log: { lastSeq: number; hashAt: string | undefined; keyedFrom: number | null },
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  if (log.lastSeq < checkpoint.seq) problems.push({ seq: checkpoint.seq, problem: "checkpoint_ahead" });
  else if (log.hashAt !== checkpoint.hash) problems.push({ seq: checkpoint.seq, problem: "checkpoint_mismatch" });
  if (log.keyedFrom !== null && log.keyedFrom !== checkpoint.keyedFrom) problems.push({ seq: checkpoint.keyedFrom, problem: "keyed_from_moved" });
  return problems;
}
