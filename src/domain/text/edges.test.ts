// Edges of the text rules that `npm run mutate` found untested: the last supported year, a date
// that is not ISO where one is required, and which values the NFC normalisation walks into.
import { describe, expect, it } from "vitest";
import { formatDate, formatShortDate, readDate } from "./dates";
import { nfc, normalizeStrings } from "./normalize";

describe("dates at their edges", () => {
  it("takes the last day of 2199, not the first of 2200", () => {
    expect(readDate("31/12/2199")).toEqual({ ok: true, iso: "2199-12-31" });
    expect(readDate("1/1/2200")).toEqual({ ok: false, problem: "out_of_range" });
  });

  it("names a date that is not ISO where one is required", () => {
    expect(() => formatDate("21/03/2024")).toThrow("not an ISO date: 21/03/2024");
    expect(() => formatShortDate("2024-3-21")).toThrow(RangeError);
  });
});

describe("NFC everywhere", () => {
  const nfd = "Nguyễn Thị Ánh".normalize("NFD");
  const composed = "Nguyễn Thị Ánh";

  it("composes strings, in arrays and plain objects at any depth, and drops NUL", () => {
    expect(nfc(`${nfd}\u0000`)).toBe(composed);
    expect(normalizeStrings(nfd)).toBe(composed);
    expect(normalizeStrings({ name: nfd, tags: [nfd, { note: nfd }] })).toEqual({ name: composed, tags: [composed, { note: composed }] });
  });

  it("leaves numbers, booleans, null, dates and other objects as they are", () => {
    const when = new Date("2024-03-21T00:00:00Z");
    const file = new Blob(["x"]);
    const out = normalizeStrings({ count: 3, yes: true, none: null, missing: undefined, when, file });
    expect(out).toEqual({ count: 3, yes: true, none: null, missing: undefined, when, file });
    expect(out.when).toBe(when);
    expect(out.file).toBe(file);
    expect(normalizeStrings(7)).toBe(7);
    expect(normalizeStrings(null)).toBeNull();
  });
});
