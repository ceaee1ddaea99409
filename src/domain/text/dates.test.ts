import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

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
