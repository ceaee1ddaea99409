import { describe, expect, it } from "vitest";
import { readBirth } from "./birth";

const TODAY = "2024-03-21";
const read = (v: Parameters<typeof readBirth>[0]) => readBirth(v, TODAY);

describe("reading a birth as ward lists record it", () => {
  it("keeps a year alone as a year of birth, typed or as a number", () => {
    expect(read("1945")).toEqual({ ok: true, birth: { date: null, year: 1945 } });
    expect(read(1938)).toEqual({ ok: true, birth: { date: null, year: 1938 } });
  });

  it("reads a full date typed, stored as a date, or kept as Excel's day number in a General cell", () => {
    expect(read("21/03/1980")).toEqual({ ok: true, birth: { date: "1980-03-21", year: 1980 } });
    expect(read("1980-03-21")).toEqual({ ok: true, birth: { date: "1980-03-21", year: 1980 } });
    expect(read(new Date(Date.UTC(1980, 2, 21)))).toEqual({ ok: true, birth: { date: "1980-03-21", year: 1980 } });
    expect(read(29301)).toEqual({ ok: true, birth: { date: "1980-03-21", year: 1980 } });
  });

  it("refuses two-digit years and impossible days, naming the expected format", () => {
    for (const bad of ["21/03/80", "30/02/1980", "ngày rằm", 12.5, 123456]) {
      const r = read(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain("21/03/1980");
    }
    const two = read("21/03/80");
    expect(!two.ok && two.message).toContain("năm chỉ có 2 chữ số");
  });

  it("refuses a birth in the future or before 1900", () => {
    expect(read("2025").ok).toBe(false);
    expect(read("22/03/2024").ok).toBe(false);
    expect(read("21/03/2024").ok).toBe(true);
    expect(read("1899").ok).toBe(false);
    expect(read("1900").ok).toBe(true);
  });
});
