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

  it("takes four-digit numbers as years (1900 to this year) and larger ones as Excel's day numbers", () => {
    expect(read(1900)).toEqual({ ok: true, birth: { date: null, year: 1900 } });
    expect(read(2024)).toEqual({ ok: true, birth: { date: null, year: 2024 } });
    expect(read(1899).ok).toBe(false);
    expect(read(2025).ok).toBe(false); // a year to come, not a day of 1905
    expect(read(2199).ok).toBe(false);
    expect(read(999).ok).toBe(false);
    expect(read(2200)).toEqual({ ok: true, birth: { date: "1906-01-08", year: 1906 } });
    expect(read(45372)).toEqual({ ok: true, birth: { date: "2024-03-21", year: 2024 } });
    expect(read(79_999).ok).toBe(false); // a day in 2119
    expect(read(80_000).ok).toBe(false);
    // A four-digit number out of range is a year out of range; other numbers are not births at all.
    for (const year of [1000, 2199]) expect(read(year)).toEqual({ ok: false, message: `'${year}' nằm ngoài khoảng từ năm 1900 đến hôm nay` });
    for (const n of [999, 80_000]) expect(read(n)).toMatchObject({ ok: false, message: expect.stringContaining("không phải ngày sinh") });
  });

  it("reads a cell Excel hands over as an object by its text", () => {
    const r = read({ text: "khoảng 1950" } as never);
    expect(!r.ok && r.message).toContain("'khoảng 1950'");
  });
});
