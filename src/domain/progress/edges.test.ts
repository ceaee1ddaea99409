// Boundaries of the progress rules that `npm run mutate` found untested: zero, the first and
// last day, today, a target of nothing.
import { describe, expect, it } from "vitest";
import { achievedRatio } from "./rollup";
import { checkReportedOn, parseValue } from "./values";

describe("values at their edges", () => {
  it("takes zero as a count, and a hundred as a percentage, but nothing below or above", () => {
    expect(parseValue("number", 0)).toEqual({ ok: true, value: 0 });
    expect(parseValue("number", "0")).toEqual({ ok: true, value: 0 });
    expect(parseValue("percent", 100)).toEqual({ ok: true, value: 100 });
    expect(parseValue("percent", 100.5)).toEqual({ ok: false, error: "percent" });
    expect(parseValue("number", -1)).toEqual({ ok: false, error: "number" });
  });
  it("reads yes as true or 1 from the API", () => {
    expect(parseValue("boolean", true)).toEqual({ ok: true, value: 1 });
    expect(parseValue("boolean", 1)).toEqual({ ok: true, value: 1 });
    expect(parseValue("boolean", false)).toEqual({ ok: true, value: 0 });
  });
});

describe("the reported date at its edges", () => {
  const period = { startsOn: "2024-03-21", endsOn: "2024-12-31" };
  it("accepts the first day, the last day and today", () => {
    expect(checkReportedOn("2024-03-21", period, "2024-06-01")).toBe("ok");
    expect(checkReportedOn("2024-12-31", period, "2025-01-05")).toBe("ok");
    expect(checkReportedOn("2024-06-01", period, "2024-06-01")).toBe("ok");
  });
  it("refuses the day before, the day after, and tomorrow", () => {
    expect(checkReportedOn("2024-03-20", period, "2024-06-01")).toBe("outside");
    expect(checkReportedOn("2025-01-01", period, "2025-01-05")).toBe("outside");
    expect(checkReportedOn("2024-06-02", period, "2024-06-01")).toBe("future");
  });
});

describe("the achieved ratio without a target", () => {
  it("counts any value as achieved when the target is none or zero", () => {
    expect(achievedRatio("number", 5, null)).toBe(1);
    expect(achievedRatio("number", 5, 0)).toBe(1);
    expect(achievedRatio("number", 5, 10)).toBe(0.5);
  });
});
