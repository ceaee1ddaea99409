import { describe, expect, it } from "vitest";
import { OFFICIAL_ADJUSTMENTS } from "../calendar/adjustments-data";
import { catalogueOn, nationalLayer } from "../catalogue/in-force";
import { NATIONAL_CATALOGUE } from "../catalogue/national";
import { workingCalendar } from "../tasks/deadlines";
import { disclosureState, disclosureWindow } from "./disclosure";
import { dossierChecklist, missingItems, requiredDossier } from "./dossier";
import { duplicateFlags, type OtherNomination } from "./duplicates";
import { canTransition, nextStatus } from "./workflow";

const calendar = workingCalendar(OFFICIAL_ADJUSTMENTS);
const catalogue = (on: string) => catalogueOn(nationalLayer(NATIONAL_CATALOGUE), on, null);

describe("the disclosure period, in working days", () => {
  it.each([
    // posted on, working days, last day: across Tết 2025 (25/1–2/2 off) and Tết 2026 (14/2–22/2 off)
    ["2025-01-20", 10, "2025-02-07"], // Mon 20/1: 20–24/1, then 3–7/2 after the break
    ["2025-01-24", 10, "2025-02-13"], // the last working day before Tết counts as day 1
    ["2025-01-25", 10, "2025-02-14"], // posted on the first day of the break: counting starts on 3/2
    ["2026-02-09", 10, "2026-02-27"], // Tết Bính Ngọ: off from Sat 14/2 to Sun 22/2
    ["2024-12-20", 10, "2025-01-03"], // New Year's Day 1/1 is a day off
    ["2024-04-26", 5, "2024-05-06"], // 29/4 swapped, 30/4 and 1/5 off, Saturday 4/5 worked
  ])("posted on %s for %i working days: open until %s", (start, days, end) => {
    expect(disclosureWindow(start, days, calendar).endsOn).toBe(end);
  });

  it("is not open before it starts nor after its last day", () => {
    const w = disclosureWindow("2025-01-20", 10, calendar);
    expect(disclosureState(w, "2025-01-19")).toBe("not_started");
    expect(disclosureState(w, "2025-01-20")).toBe("open");
    expect(disclosureState(w, "2025-02-07")).toBe("open");
    expect(disclosureState(w, "2025-02-08")).toBe("closed");
  });

  it("refuses a period of no working days, and takes one of a single day", () => {
    expect(() => disclosureWindow("2025-01-20", 0, calendar)).toThrow(RangeError);
    expect(disclosureWindow("2025-01-20", 1, calendar).endsOn).toBe("2025-01-20");
  });
});

describe("the dossier", () => {
  it("asks for the initiative's recognition for a CSTĐCS, and lists everything missing at once", () => {
    const dossier = requiredDossier(catalogue("2024-12-20"), "CSTDCS", "cong_trang")!;
    expect(dossier.items.map((i) => i.code)).toEqual(["to_trinh", "danh_sach", "bao_cao_thanh_tich", "bien_ban_binh_xet", "xac_nhan_sang_kien"]);
    expect(missingItems(dossier, ["to_trinh", "danh_sach"]).map((i) => i.code)).toEqual(["bao_cao_thanh_tich", "bien_ban_binh_xet", "xac_nhan_sang_kien"]);
    expect(dossierChecklist(dossier, ["to_trinh"]).filter((l) => l.present).map((l) => l.item.code)).toEqual(["to_trinh"]);
  });

  it("takes the simplified dossier for a sudden achievement (L Art. 85), and the default for a Giấy khen", () => {
    expect(requiredDossier(catalogue("2024-12-20"), "GK_XA", "dot_xuat")!.items.map((i) => i.code)).toEqual(["to_trinh", "tom_tat_thanh_tich"]);
    expect(requiredDossier(catalogue("2024-12-20"), "GK_XA", "cong_trang")!.items.map((i) => i.code)).toEqual(["to_trinh", "danh_sach", "bao_cao_thanh_tich", "bien_ban_xet"]);
    expect(requiredDossier(catalogue("2026-01-05"), "GK_XA", "dot_xuat")!.unconfirmed).toBe(true);
  });
});

describe("duplicates and overlaps", () => {
  const an = { kind: "person", id: 7 };
  const base = { nominee: an, formCode: "LDTT", year: 2024, movementId: 3, decidingUnitId: 10, achievement: "", yearly: true };
  const other = (over: Partial<OtherNomination>): OtherNomination => ({ id: 1, nominee: an, formCode: "GK_XA", year: 2024, movementId: 3, decidingUnitId: 10, achievement: "", ...over });

  it("flags the same nominee twice in one campaign", () => {
    expect(duplicateFlags(base, [other({})], [])).toEqual([{ kind: "same_campaign", nominationId: 1 }]);
  });
  it("flags the same nominee at two levels in one year", () => {
    expect(duplicateFlags(base, [other({ movementId: null, decidingUnitId: 2, formCode: "CSTDCS" })], [])).toEqual([{ kind: "two_levels", nominationId: 1 }]);
  });
  it("flags an achievement already put forward or awarded, whatever the accents", () => {
    const act = { ...base, movementId: null, yearly: false, formCode: "GK_XA", achievement: "Cứu người đuối nước tại hồ Cam Phú" };
    expect(duplicateFlags(act, [other({ movementId: null, year: 2023, achievement: "cuu nguoi duoi nuoc tai ho cam phu" })], [])).toEqual([{ kind: "same_achievement", nominationId: 1 }]);
    expect(duplicateFlags(act, [], [{ formCode: "BK_TINH", year: null, decisionNumber: "12/QĐ-UBND", achievement: "Cứu người  đuối nước tại hồ Cam Phú" }])).toEqual([
      { kind: "already_awarded", decisionNumber: "12/QĐ-UBND" },
    ]);
  });
  it("flags a yearly title already awarded for the year, and nothing for another nominee, another year or a revoked award", () => {
    expect(duplicateFlags(base, [], [{ formCode: "LDTT", year: 2024, decisionNumber: "5/QĐ-UBND", achievement: "" }])).toEqual([{ kind: "already_awarded", decisionNumber: "5/QĐ-UBND" }]);
    expect(duplicateFlags(base, [], [{ formCode: "LDTT", year: 2024, decisionNumber: "5/QĐ-UBND", achievement: "", revoked: true }])).toEqual([]);
    expect(duplicateFlags(base, [other({ nominee: { kind: "person", id: 8 } }), other({ movementId: 4, year: 2023 })], [{ formCode: "LDTT", year: 2023, decisionNumber: "1", achievement: "" }])).toEqual([]);
  });
  it("compares achievements from twelve letters on", () => {
    const act = (achievement: string) => ({ ...base, movementId: null, yearly: false, formCode: "GK_XA", achievement });
    expect(duplicateFlags(act("Cứu người ab"), [other({ movementId: null, year: 2023, achievement: "cuu nguoi ab" })], [{ formCode: "GK_XA", year: 2020, decisionNumber: "9", achievement: "Cứu người ab" }]).map((f) => f.kind)).toEqual([
      "same_achievement",
      "already_awarded",
    ]);
    expect(duplicateFlags(act("Cứu người a"), [other({ movementId: null, year: 2023, achievement: "cuu nguoi a" })], [{ formCode: "GK_XA", year: 2020, decisionNumber: "9", achievement: "Cứu người a" }])).toEqual([]);
  });

  it("does not call another year's nomination at another level an overlap", () => {
    expect(duplicateFlags(base, [other({ movementId: null, year: 2023, decidingUnitId: 2 })], [])).toEqual([]);
    expect(duplicateFlags(base, [other({ movementId: null, year: 2024, decidingUnitId: 10 })], [])).toEqual([]);
  });

  it("does not flag a nomination against itself, nor short achievements that say too little", () => {
    expect(duplicateFlags({ ...base, id: 1 }, [other({ id: 1 })], [])).toEqual([]);
    expect(duplicateFlags({ ...base, movementId: null, achievement: "Tốt" }, [other({ movementId: null, year: 2023, achievement: "tot" })], [])).toEqual([]);
  });
});

describe("the nomination's path", () => {
  it.each([
    ["draft", "submit", "submitted"],
    ["returned", "submit", "submitted"],
    ["submitted", "return", "returned"],
    ["submitted", "accept", "accepted"],
    ["submitted", "assign", "submitted"],
    ["draft", "withdraw", "withdrawn"],
  ] as const)("%s, %s → %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });
  it.each([
    ["accepted", "edit"],
    ["accepted", "withdraw"],
    ["submitted", "edit"],
    ["draft", "accept"],
    ["withdrawn", "submit"],
    ["returned", "accept"],
  ] as const)("refuses to %2$s a %1$s nomination", (from, action) => {
    expect(canTransition(from, action)).toBe(false);
    expect(() => nextStatus(from, action)).toThrow(RangeError);
  });
});
