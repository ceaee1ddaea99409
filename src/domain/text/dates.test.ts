import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatShortDate, parseDate, readDate } from "./dates";

describe("Vietnamese dates", () => {
  it("read as officials write them, without leading zeros", () => {
    expect(formatDate("2024-03-21")).toBe("ngày 21 tháng 3 năm 2024");
    expect(formatDate("2024-11-05")).toBe("ngày 5 tháng 11 năm 2024");
  });

  it("use Vietnam's day, not the server's", () => {
    // 20 March 2024, 18:30 UTC is already 21 March in Vietnam (UTC+7).
    expect(formatDate(new Date("2024-03-20T18:30:00Z"))).toBe("ngày 21 tháng 3 năm 2024");
    expect(formatDateTime(new Date("2024-03-20T18:30:00Z"))).toBe("01:30 ngày 21 tháng 3 năm 2024");
  });

  it("read in English when English is chosen", () => {
    expect(formatDate("2024-03-21", "en")).toBe("21 March 2024");
  });
});

describe("reading a typed date", () => {
  it("reads day first, with or without leading zeros, and ISO", () => {
    expect(parseDate("21/03/2024")).toBe("2024-03-21");
    expect(parseDate("21/3/2024")).toBe("2024-03-21");
    expect(parseDate("1/7/2025")).toBe("2025-07-01");
    expect(parseDate(" 01-12-1980 ")).toBe("1980-12-01");
    expect(parseDate("1.12.1980")).toBe("1980-12-01");
    expect(parseDate("2024-03-21")).toBe("2024-03-21");
    expect(parseDate("29/02/2024")).toBe("2024-02-29");
    expect(parseDate("29/02/2000")).toBe("2000-02-29");
    expect(parseDate("31/12/2024")).toBe("2024-12-31");
    expect(parseDate("30/04/2024")).toBe("2024-04-30");
  });

  it("refuses days that do not exist and other formats", () => {
    for (const bad of ["30/02/2024", "2024-02-30", "31/04/2024", "2024-13-01", "29/02/2023", "29/02/1900", "0/1/2024", "1/0/2024", "32/1/2024", "hôm qua", "1/1/99", "12/1980", "2024/03/21", "21/03/2024 10:00", "2024-03-21T00:00:00Z"]) {
      expect(readDate(bad), bad).toEqual({ ok: false, problem: "not_a_date" });
    }
    expect(readDate("  ")).toEqual({ ok: false, problem: "empty" });
  });

  it("keeps the year within the supported range", () => {
    expect(readDate("31/12/1899")).toEqual({ ok: false, problem: "out_of_range" });
    expect(readDate("0000-01-01")).toEqual({ ok: false, problem: "out_of_range" });
    expect(readDate("1/1/2200")).toEqual({ ok: false, problem: "out_of_range" });
    expect(readDate("1/1/1900")).toEqual({ ok: true, iso: "1900-01-01" });
    expect(readDate("1/1/2012", { minYear: 2013 })).toEqual({ ok: false, problem: "out_of_range" });
  });

  it("writes a day back as a form shows it", () => {
    expect(formatShortDate("2024-03-05")).toBe("05/03/2024");
  });
});
