// The edges of the document rules that `npm run mutate` found untested: what each refuses,
// and the first of a sequence.
import { describe, expect, it } from "vitest";
import { authorityLines } from "./authority";
import { placeDateLine } from "./date-line";
import { issuingBodyOf, placeName } from "./issuing-body";
import { formatSequence } from "./numbering";
import { diffPlans } from "./version-diff";

describe("what the document rules refuse", () => {
  it("TM. (on behalf of the committee) needs a collective body to sign for", () => {
    expect(() => authorityLines("TM", { collectiveBody: null, headTitle: "CHỦ TỊCH" }, "CHỦ TỊCH")).toThrow(RangeError);
    expect(authorityLines("TM", { collectiveBody: "ỦY BAN NHÂN DÂN", headTitle: "CHỦ TỊCH" }, "CHỦ TỊCH")).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
  });

  it("the place-and-date line takes only an ISO date", () => {
    expect(() => placeDateLine("Cam Phú", "21/03/2024")).toThrow(RangeError);
    expect(placeDateLine("Cam Phú", "2024-03-21")).toBe("Cam Phú, ngày 21 tháng 3 năm 2024");
  });

  it("numbers start at 01", () => {
    expect(formatSequence(1)).toBe("01");
    expect(formatSequence(12)).toBe("12");
    expect(() => formatSequence(0)).toThrow(RangeError);
    expect(() => formatSequence(1.5)).toThrow(RangeError);
  });
});

describe("names of issuing bodies", () => {
  it("a unit with no kind prefix keeps its name as the place", () => {
    expect(placeName({ name: "Ủy ban Mặt trận Tổ quốc Việt Nam phường", kind: "front_committee" })).toBe("Ủy ban Mặt trận Tổ quốc Việt Nam phường");
    expect(placeName({ name: "Phường Cam Phú", kind: "ward" })).toBe("Cam Phú");
  });

  it("a top-level committee has no parent body line", () => {
    expect(issuingBodyOf({ name: "Tỉnh Khánh Hòa", kind: "province" }, null).parentBody).toBeNull();
    expect(issuingBodyOf({ name: "Phường Cam Phú", kind: "ward" }, { name: "Tỉnh Khánh Hòa", kind: "province" }).parentBody).toBe("UBND TỈNH KHÁNH HÒA");
  });
});

describe("the diff of assignments", () => {
  it("numbers the assignments from 1, as the plan prints them", () => {
    const base = { summary: "", basis: "", introduction: "", purposes: "", requirements: "", contents: "", closing: "", assignments: [] };
    const [diff] = diffPlans(base, { ...base, assignments: [{ party: "Đoàn Thanh niên", duties: "Vận động đoàn viên." }] });
    expect(diff!.changes.map((c) => c.text).join("").trimStart()).toMatch(/^1\. Đoàn Thanh niên/);
  });
});
