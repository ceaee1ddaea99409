// Edges of the audit chain that `npm run mutate` found untested: a head with exactly one keyed
// entry or another hash at the right seq, a checkpoint at the log's last entry or with fields
// of the wrong type, and which failures count as a likely wrong key.
import { describe, expect, it } from "vitest";
import { ChainChecker, checkpointProblems, entryHash, GENESIS_HASH, headMac, headMatchesKey, headProblems, readSignedCheckpoint, signCheckpoint, type StoredEntry } from "./chain";

const KEY = "khoa-nhat-ky-cua-phuong-cam-phu-0123456789";

function entry(seq: number, prevHash: string, key?: string): StoredEntry {
  const content = { seq, at: new Date(Date.UTC(2024, 2, 21, 8, seq)), actorId: 1, actorLabel: "Nguyễn Văn An", action: "unit.created", entityType: "unit", entityId: String(seq), unitId: 1, unitPath: "/1/", before: null, after: { name: `Tổ ${seq}` } };
  return { ...content, prevHash, hash: entryHash(prevHash, content, key) };
}

describe("the head at its edges", () => {
  it("wants a signature once the head reaches the first keyed entry, not before", () => {
    const hash = "ab".repeat(32);
    expect(headMatchesKey(KEY, { seq: 1, hash, keyedFrom: 1, mac: null })).toBe(false);
    expect(headMatchesKey(KEY, { seq: 1, hash, keyedFrom: 1, mac: headMac(KEY, { seq: 1, hash, keyedFrom: 1 }) })).toBe(true);
    expect(headMatchesKey(KEY, { seq: 0, hash: GENESIS_HASH, keyedFrom: 1, mac: null })).toBeNull();
  });

  it("reports a head at the last entry's seq with another hash", () => {
    const last = { seq: 3, hash: "ab".repeat(32) };
    const other = { seq: 3, hash: "cd".repeat(32), keyedFrom: 1 };
    expect(headProblems(KEY, { ...other, mac: headMac(KEY, other) }, last)).toEqual([{ seq: 3, problem: "tail_missing" }]);
  });
});

describe("the checkpoint at the log's last entry", () => {
  it("is neither ahead nor a mismatch", () => {
    const cp = signCheckpoint(KEY, { seq: 5, hash: "ab".repeat(32), keyedFrom: 1, at: "2026-12-04T08:00:00.000Z" });
    expect(checkpointProblems(cp, { lastSeq: 5, hashAt: cp.hash, keyedFrom: 1 })).toEqual([]);
  });
});

describe("a checkpoint file with fields of the wrong type", () => {
  const cp = signCheckpoint(KEY, { seq: 5, hash: "ab".repeat(32), keyedFrom: 1, at: "2026-12-04T08:00:00.000Z" });
  it("is unreadable even when the fields print as the signed ones", () => {
    expect(readSignedCheckpoint(KEY, JSON.stringify(cp))).toEqual(cp);
    for (const changed of [{ seq: "5" }, { keyedFrom: "1" }, { hash: [cp.hash] }, { at: [cp.at] }]) {
      expect(readSignedCheckpoint(KEY, JSON.stringify({ ...cp, ...changed })), JSON.stringify(changed)).toBeNull();
    }
  });
  it("is unreadable when it holds null or a number", () => {
    expect(readSignedCheckpoint(KEY, "null")).toBeNull();
    expect(readSignedCheckpoint(KEY, "5")).toBeNull();
  });
});

describe("a likely wrong key", () => {
  it("does not count intact plain entries when it is not known where the key starts", () => {
    const checker = new ChainChecker({ key: KEY, keyedFrom: null });
    expect(checker.check([entry(1, GENESIS_HASH)])).toEqual([]);
    expect([checker.keyedChecked, checker.keyedEdited]).toEqual([0, 0]);
  });

  it("counts an entry matching neither hash when it is not known where the key starts", () => {
    const broken = { ...entry(1, GENESIS_HASH, KEY), hash: "cd".repeat(32) };
    const checker = new ChainChecker({ key: KEY, keyedFrom: null });
    expect(checker.check([broken])).toEqual([{ seq: 1, problem: "edited" }]);
    expect([checker.keyedChecked, checker.keyedEdited]).toEqual([1, 1]);
  });

  it("does not count an edited entry from before the known switch-over to the key", () => {
    const plain = { ...entry(1, GENESIS_HASH), after: { name: "khác" } };
    const checker = new ChainChecker({ key: KEY, keyedFrom: 3 });
    expect(checker.check([plain])).toEqual([{ seq: 1, problem: "edited" }]);
    expect([checker.keyedChecked, checker.keyedEdited]).toEqual([0, 0]);
  });
});
