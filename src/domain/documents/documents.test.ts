import { describe, expect, it } from "vitest";
import { authorityLines } from "./authority";
import { draftDateLine, placeDateLine } from "./date-line";
import { issuingBodyOf, placeName } from "./issuing-body";
import { documentSymbol, numberAndSymbol, numberLine } from "./numbering";
import { canTransition, nextStatus } from "./workflow";

describe("number and symbol (Decree 30)", () => {
  it("composes type and issuer, with a leading zero below 10", () => {
    expect(numberLine(12, { typeCode: "KH", issuerCode: "UBND" })).toBe("Số: 12/KH-UBND");
    expect(numberLine(1215, { typeCode: "QĐ", issuerCode: "UBND" })).toBe("Số: 1215/QĐ-UBND");
    expect(numberLine(5, { typeCode: "TTr", issuerCode: "UBND" })).toBe("Số: 05/TTr-UBND");
  });
  it("gives a công văn no type code", () => {
    expect(numberAndSymbol(424, { typeCode: "CV", issuerCode: "SGDĐT", drafterCode: "TĐKT" })).toBe("424/SGDĐT-TĐKT");
    expect(documentSymbol({ typeCode: "CV", issuerCode: "UBND" })).toBe("UBND");
  });
  it("leaves a draft's number blank and refuses number 0", () => {
    expect(numberLine(null, { typeCode: "KH", issuerCode: "UBND" })).toBe("Số:      /KH-UBND");
    expect(() => numberLine(0, { typeCode: "KH", issuerCode: "UBND" })).toThrow();
  });
});

describe("place and date line", () => {
  it("writes the date in words with the place", () => {
    expect(placeDateLine("Cam Phú", "2024-03-21")).toBe("Cam Phú, ngày 21 tháng 3 năm 2024");
  });
  it("pads days 1–9 and months 1–2", () => {
    expect(placeDateLine("Cam Phú", "2025-01-05")).toBe("Cam Phú, ngày 05 tháng 01 năm 2025");
    expect(placeDateLine("Cam Phú", "2024-02-29")).toBe("Cam Phú, ngày 29 tháng 02 năm 2024");
    expect(placeDateLine("Cam Phú", "2024-11-09")).toBe("Cam Phú, ngày 09 tháng 11 năm 2024");
  });
  it("keeps blanks in a draft", () => {
    expect(draftDateLine("Cam Phú", 2024)).toBe("Cam Phú, ngày     tháng     năm 2024");
  });
});

describe("authority lines", () => {
  const committee = { collectiveBody: "ỦY BAN NHÂN DÂN", headTitle: "CHỦ TỊCH" };
  it("signs on behalf of the committee", () => {
    expect(authorityLines("TM", committee, "CHỦ TỊCH")).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
  });
  it("signs for the Chairman as a deputy", () => {
    expect(authorityLines("KT", committee, "PHÓ CHỦ TỊCH")).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });
  it("writes acting, by-order and authorised signatures", () => {
    expect(authorityLines("Q", committee, "PHÓ CHỦ TỊCH")).toEqual(["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"]);
    expect(authorityLines("TL", committee, "CHÁNH VĂN PHÒNG")).toEqual(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]);
    expect(authorityLines("TUQ", committee, "CHÁNH VĂN PHÒNG")).toEqual(["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]);
  });
  it("lets the head decide in their own power", () => {
    expect(authorityLines("HEAD", committee, "CHỦ TỊCH")).toEqual(["CHỦ TỊCH"]);
  });
});

describe("issuing body", () => {
  it("is the People's Committee of a ward under its province", () => {
    const body = issuingBodyOf({ name: "Phường Cam Phú", kind: "ward" }, { name: "Tỉnh Khánh Hòa", kind: "province" });
    expect(body).toMatchObject({ issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", parentBody: "UBND TỈNH KHÁNH HÒA", issuerCode: "UBND", place: "Cam Phú" });
  });
  it("names the place without its kind, in either Unicode form", () => {
    expect(placeName({ name: "Xã Nậm Nèn".normalize("NFD"), kind: "commune" })).toBe("Nậm Nèn");
    expect(placeName({ name: "Đặc khu Phú Quốc", kind: "special_zone" })).toBe("Phú Quốc");
  });
});

describe("workflow", () => {
  it("goes draft → submitted → issued, or back to draft", () => {
    expect(nextStatus("draft", "submit")).toBe("submitted");
    expect(nextStatus("submitted", "return")).toBe("draft");
    expect(nextStatus("submitted", "issue")).toBe("issued");
  });
  it("never changes an issued document and never issues an unsubmitted draft", () => {
    for (const a of ["edit", "submit", "return", "issue", "comment"] as const) expect(canTransition("issued", a)).toBe(false);
    expect(canTransition("draft", "issue")).toBe(false);
    expect(() => nextStatus("draft", "issue")).toThrow();
  });
});
