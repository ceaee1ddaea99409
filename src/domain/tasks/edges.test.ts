// Edges of the deadline rules that `npm run mutate` found untested: the first and last years
// with a calendar.
import { describe, expect, it } from "vitest";
import { workingCalendar } from "./deadlines";

describe("the years a working calendar covers", () => {
  it("has 2013 and 2199, not 2012 or 2200", () => {
    const calendar = workingCalendar([]);
    expect(calendar(2013)[0]).toMatchObject({ date: "2013-01-01" });
    expect(calendar(2199)[0]).toMatchObject({ date: "2199-01-01" });
    expect(() => calendar(2012)).toThrow(RangeError);
    expect(() => calendar(2200)).toThrow(RangeError);
  });
});
