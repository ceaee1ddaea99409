import { describe, expect, it } from "vitest";
import { canonicalJson, checkRun, entryHash, GENESIS_HASH, type StoredEntry } from "./chain";

function chain(n: number): StoredEntry[] {
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
    const hash = entryHash(prev, content);
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
