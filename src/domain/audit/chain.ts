// The audit log's hash chain: each entry's hash covers its content and the
// previous entry's hash, so editing or deleting an entry breaks every later link.
import { createHash } from "node:crypto";

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

export function entryHash(prevHash: string, entry: ChainedEntry): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(entry)).digest("hex");
}

export interface ChainProblem {
  seq: number;
  problem: "edited" | "missing_before" | "broken_link" | "tail_missing";
}

export interface StoredEntry extends ChainedEntry {
  prevHash: string;
  hash: string;
}

/**
 * Checks a run of entries in seq order. `previous` is the last entry before the run
 * (or the genesis), so a long log can be checked page by page.
 */
export function checkRun(previous: { seq: number; hash: string }, entries: readonly StoredEntry[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev = previous;
  for (const e of entries) {
    if (e.seq !== prev.seq + 1) problems.push({ seq: e.seq, problem: "missing_before" });
    else if (e.prevHash !== prev.hash) problems.push({ seq: e.seq, problem: "broken_link" });
    const { prevHash, hash, ...content } = e;
    if (entryHash(prevHash, content) !== hash) problems.push({ seq: e.seq, problem: "edited" });
    prev = { seq: e.seq, hash: e.hash };
  }
  return problems;
}
