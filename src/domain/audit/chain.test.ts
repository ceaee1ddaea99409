import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  checkpointProblems,
  checkRun,
  entryHash,
  GENESIS_HASH,
  headMac,
  headProblems,
  readSignedCheckpoint,
  signCheckpoint,
  type StoredEntry,
} from "./chain";

const KEY = "khoa-nhat-ky-cua-phuong-cam-phu-0123456789";

/** n entries; those from `keyedFrom` on hashed with KEY (none by default). */
function chain(n: number, keyedFrom = Infinity): StoredEntry[] {
  const out: StoredEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      at: new Date(Date.UTC(2024, 2, 21, 8, seq)),
      actorId: 1,
      actorLabel: "Nguyễn Văn An",
      action: "unit.created",
      entityType: "unit",
      entityId: String(seq),
      unitId: 1,
      unitPath: "/1/",
      before: null,
      after: { name: `Tổ dân phố ${seq}` },
    };
    const hash = entryHash(prev, content, seq >= keyedFrom ? KEY : undefined);
    out.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe("audit hash chain", () => {
  it("hashes the same content the same whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: "ệ" } })).toBe(canonicalJson({ a: { c: "ệ", d: [1, { y: 2, z: 1 }] }, b: 1 }));
  });

  it("accepts an untouched chain", () => {
    expect(checkRun({ seq: 0, hash: GENESIS_HASH }, chain(5))).toEqual([]);
  });

  it("reports an edited entry", () => {
    const entries = chain(5);
    entries[2]!.after = { name: "Tổ dân phố sửa lén" };
    expect(checkRun({ seq: 0, hash: GENESIS_HASH }, entries)).toEqual([{ seq: 3, problem: "edited" }]);
  });

  it("reports a deleted entry", () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(checkRun({ seq: 0, hash: GENESIS_HASH }, entries)).toEqual([{ seq: 3, problem: "missing_before" }]);
  });

  it("reports an entry re-hashed after editing, by the broken link that follows", () => {
    const entries = chain(4);
    const e = entries[1]!;
    e.after = { name: "khác" };
    const { prevHash, hash: _h, ...content } = e;
    e.hash = entryHash(prevHash, content);
    expect(checkRun({ seq: 0, hash: GENESIS_HASH }, entries)).toEqual([{ seq: 3, problem: "broken_link" }]);
  });
});

describe("keyed audit chain", () => {
  const start = { seq: 0, hash: GENESIS_HASH };

  it("accepts plain entries before the key and keyed ones after", () => {
    expect(checkRun(start, chain(6, 4), { key: KEY, keyedFrom: 4 })).toEqual([]);
    expect(checkRun(start, chain(6, 1), { key: KEY, keyedFrom: 1 })).toEqual([]);
  });

  it("reports every keyed entry with another key, and none of the plain ones", () => {
    expect(checkRun(start, chain(5, 3), { key: "mot-khoa-khac-hoan-toan-0123456789abcdef", keyedFrom: 3 }).map((p) => p.seq)).toEqual([3, 4, 5]);
  });

  it("reports a keyed entry rewritten with plain SHA-256 (the hash an attacker without the key can compute)", () => {
    const entries = chain(4, 1);
    const e = entries[1]!;
    e.after = { name: "khác" };
    const { prevHash, hash: _h, ...content } = e;
    e.hash = entryHash(prevHash, content);
    expect(checkRun(start, entries, { key: KEY, keyedFrom: 1 })).toEqual([
      { seq: 2, problem: "edited" },
      { seq: 3, problem: "broken_link" },
    ]);
  });

  it("finds where the key starts when the head is gone, and wants every later entry keyed", () => {
    expect(checkRun(start, chain(5, 3), { key: KEY, keyedFrom: null })).toEqual([]);
    const entries = chain(5, 3);
    const e = entries[3]!; // entry 4, made plain again
    const { prevHash, hash: _h, ...content } = e;
    e.hash = entryHash(prevHash, content);
    entries[4]!.prevHash = e.hash;
    expect(checkRun(start, entries, { key: KEY, keyedFrom: null })).toContainEqual({ seq: 4, problem: "edited" });
  });

  it("checks the head: present, at the last entry, signed, its key switch-over not moved", () => {
    const entries = chain(3, 1);
    const last = { seq: 3, hash: entries[2]!.hash };
    const head = { ...last, keyedFrom: 1, mac: headMac(KEY, { ...last, keyedFrom: 1 }) };
    expect(headProblems(KEY, head, last)).toEqual([]);
    expect(headProblems(KEY, undefined, last)).toEqual([{ seq: 3, problem: "no_head" }]);
    expect(headProblems(KEY, { ...head, mac: null }, last)).toEqual([{ seq: 3, problem: "head_unsigned" }]);
    expect(headProblems("mot-khoa-khac-hoan-toan-0123456789abcdef", head, last)).toEqual([{ seq: 3, problem: "head_unsigned" }]);
    expect(headProblems(KEY, { ...head, keyedFrom: 9, mac: null }, last)).toEqual([{ seq: 9, problem: "keyed_from_moved" }]);
    // Right after the upgrade: plain entries, the key from the next one, nothing signed yet.
    expect(headProblems(KEY, { ...last, keyedFrom: 4, mac: null }, last)).toEqual([]);
  });

  it("signs the checkpoint: another key or a changed field makes it unreadable", () => {
    const cp = signCheckpoint(KEY, { seq: 5, hash: "ab".repeat(32), keyedFrom: 1, at: "2026-12-04T08:00:00.000Z" });
    expect(readSignedCheckpoint(KEY, JSON.stringify(cp))).toEqual(cp);
    expect(readSignedCheckpoint("mot-khoa-khac-hoan-toan-0123456789abcdef", JSON.stringify(cp))).toBeNull();
    expect(readSignedCheckpoint(KEY, JSON.stringify({ ...cp, seq: 3 }))).toBeNull();
    expect(readSignedCheckpoint(KEY, "không phải JSON")).toBeNull();
  });

  it("compares the log with the checkpoint", () => {
    const cp = signCheckpoint(KEY, { seq: 5, hash: "ab".repeat(32), keyedFrom: 1, at: "2026-12-04T08:00:00.000Z" });
    expect(checkpointProblems(cp, { lastSeq: 7, hashAt: cp.hash, keyedFrom: 1 })).toEqual([]);
    expect(checkpointProblems(cp, { lastSeq: 4, hashAt: undefined, keyedFrom: 1 })).toEqual([{ seq: 5, problem: "checkpoint_ahead" }]);
    expect(checkpointProblems(cp, { lastSeq: 7, hashAt: "cd".repeat(32), keyedFrom: 1 })).toEqual([{ seq: 5, problem: "checkpoint_mismatch" }]);
    expect(checkpointProblems(cp, { lastSeq: 7, hashAt: cp.hash, keyedFrom: 8 })).toEqual([{ seq: 1, problem: "keyed_from_moved" }]);
  });
});
