import { describe, expect, it } from "vitest";
import { ValidationError } from "../../platform/errors";
import { addWorkingDaysCommand, calendarHolidaysCommand } from "./cli";

/** The field error a call throws, as the CLI prints it: { DATE: { key, params } }. */
function dateError(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err.fields;
    throw err;
  }
  throw new Error("no error");
}

describe("calendar holidays command", () => {
  it("prints a JSON array of the year's days off", () => {
    const days = JSON.parse(calendarHolidaysCommand({ year: 2025, json: true, lang: "vi" }));
    expect(days[0]).toEqual({ date: "2025-01-01", name: "Tết Dương lịch", kind: "holiday", source: "Bộ luật Lao động 2019, Điều 112" });
    expect(days).toContainEqual({ date: "2025-04-26", name: "Làm bù cho ngày nghỉ 2/5/2025", kind: "working_day", source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024" });
    expect(JSON.parse(calendarHolidaysCommand({ year: 2025, json: true, lang: "en" }))[0].name).toBe("New Year's Day");
  });

  it("prints a readable table with Vietnamese dates and weekdays", () => {
    const text = calendarHolidaysCommand({ year: 2025, json: false, lang: "vi" });
    expect(text.split("\n")[0]).toBe("Ngày nghỉ lễ, Tết năm 2025");
    expect(text).toMatch(/^ngày 1 tháng 1 năm 2025 \(Thứ Tư\) +Nghỉ lễ +Tết Dương lịch$/m);
    expect(text).toMatch(/^ngày 2 tháng 5 năm 2025 \(Thứ Sáu\) +Nghỉ theo thông báo +Nghỉ hoán đổi \(làm bù thứ Bảy 26\/4\/2025\) — Công văn 8726\/VPCP-KGVX/m);
    expect(text).toMatch(/^ngày 26 tháng 4 năm 2025 \(Thứ Bảy\) +Đi làm +/m);
    expect(calendarHolidaysCommand({ year: 2025, json: false, lang: "en" })).toMatch(/^1 January 2025 \(Wednesday\) +Holiday +New Year's Day$/m);
  });

  it("says when a year has no recorded adjustments", () => {
    expect(calendarHolidaysCommand({ year: 2027, json: false, lang: "vi" })).toContain("Không có dữ liệu hoán đổi ngày nghỉ năm 2027");
    // The adjustments are a parameter: without them 2025 falls back to the rules.
    const defaults = JSON.parse(calendarHolidaysCommand({ year: 2025, json: true, lang: "vi" }, []));
    expect(defaults.some((d: { kind: string }) => d.kind === "swapped")).toBe(false);
  });

  it("names a wrong year in the error", () => {
    expect(() => calendarHolidaysCommand({ year: "20x5", json: false, lang: "vi" })).toThrow("Năm '20x5' không hợp lệ: nhập một năm từ 2013 đến 2199");
    expect(() => calendarHolidaysCommand({ year: 1999, json: false, lang: "vi" })).toThrow("Năm '1999' không hợp lệ");
    expect(calendarHolidaysCommand({ year: "2026", json: true, lang: "vi" })).toContain("2026-02-17");
  });
});

describe("add working days command", () => {
  it("prints the due date", () => {
    expect(addWorkingDaysCommand({ date: "2024-02-07", days: 4, json: false })).toBe("Hạn: ngày 20 tháng 2 năm 2024 (Thứ Ba)");
    expect(JSON.parse(addWorkingDaysCommand({ date: "2024-02-07", days: "5", json: true }))).toEqual({ date: "2024-02-07", days: 5, due: "2024-02-21" });
    expect(addWorkingDaysCommand({ date: "2024-02-21", days: "-5", json: false })).toBe("Hạn: ngày 7 tháng 2 năm 2024 (Thứ Tư)");
  });

  it("reads the date as every date field does", () => {
    expect(JSON.parse(addWorkingDaysCommand({ date: "7/2/2024", days: 4, json: true }))).toEqual({ date: "2024-02-07", days: 4, due: "2024-02-20" });
  });

  it("names a wrong date or count in the error", () => {
    expect(dateError(() => addWorkingDaysCommand({ date: "2024-02-30", days: 1, json: false }))).toEqual({ DATE: { key: "errors.date_invalid", params: { value: "2024-02-30", min: 2013, max: 2199 } } });
    expect(dateError(() => addWorkingDaysCommand({ date: "30/02/2024", days: 1, json: false })).DATE!.key).toBe("errors.date_invalid");
    expect(dateError(() => addWorkingDaysCommand({ date: "1999-01-04", days: 1, json: false }))).toEqual({ DATE: { key: "errors.date_out_of_range", params: { value: "1999-01-04", min: 2013, max: 2199 } } });
    expect(() => addWorkingDaysCommand({ date: "2024-02-07", days: "năm", json: false })).toThrow("Số ngày làm việc 'năm' không hợp lệ");
    expect(() => addWorkingDaysCommand({ date: "2024-02-07", days: 1.5, json: false })).toThrow("Số ngày làm việc '1.5' không hợp lệ");
    expect(() => addWorkingDaysCommand({ date: "2199-12-30", days: 5, json: false })).toThrow("Hạn tính ra rơi vào năm 2200");
  });
});
