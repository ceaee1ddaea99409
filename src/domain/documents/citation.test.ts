import { describe, expect, it } from "vitest";
import { basisFromCitations, citeDocument } from "./citation";

const CONG_VAN = { kind: "Công văn", numberSymbol: "1240/UBND-NV", issuedOn: "2024-03-20", issuer: "UBND thành phố Cam Ranh" };

describe("a document's citation", () => {
  it("reads kind, number and symbol, date and issuer, each once", () => {
    expect(citeDocument(CONG_VAN)).toBe("Công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024 của UBND thành phố Cam Ranh");
  });

  it("names an outgoing document's type from its code", () => {
    expect(citeDocument({ kind: "KH", numberSymbol: "01/KH-UBND", issuedOn: "2024-03-21", issuer: "UBND phường Cam Phú" })).toBe(
      "Kế hoạch số 01/KH-UBND ngày 21 tháng 3 năm 2024 của UBND phường Cam Phú",
    );
  });

  it("leaves out what the data does not have, never a dangling word", () => {
    expect(citeDocument({ ...CONG_VAN, issuer: null })).toBe("Công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024");
    expect(citeDocument({ ...CONG_VAN, issuer: "  " })).toBe("Công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024");
    expect(citeDocument({ kind: "Kế hoạch", numberSymbol: null, issuedOn: null })).toBe("Kế hoạch");
    expect(citeDocument({ kind: "Kế hoạch", numberSymbol: "05/KH-UBND", issuedOn: null })).toBe("Kế hoạch số 05/KH-UBND");
  });

  it("does not repeat a \"số\" the data already carries", () => {
    expect(citeDocument({ ...CONG_VAN, numberSymbol: "Số: 1240/UBND-NV" })).toBe(citeDocument(CONG_VAN));
    expect(citeDocument({ ...CONG_VAN, kind: "Công văn số" })).toBe(citeDocument(CONG_VAN));
  });

  it("is Vietnamese whatever the interface language, with no leading zeros in the date", () => {
    expect(citeDocument({ ...CONG_VAN, issuedOn: "2025-01-05" })).toContain("ngày 5 tháng 1 năm 2025");
    expect(citeDocument(CONG_VAN)).not.toMatch(/March|ngày ngày/);
  });
});

describe("a plan's basis written from its citations", () => {
  it("cites each document with what it is about, the last one ending the sentence", () => {
    const text = basisFromCitations([
      { ...CONG_VAN, summary: "Đẩy mạnh phong trào thi đua chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ" },
      { kind: "Kế hoạch", numberSymbol: "15/KH-UBND", issuedOn: "2024-02-01", issuer: "UBND tỉnh Khánh Hòa", summary: "V/v UBND tỉnh tổ chức phong trào thi đua năm 2024." },
    ]);
    expect(text.split("\n\n")).toEqual([
      "Thực hiện Công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024 của UBND thành phố Cam Ranh về việc đẩy mạnh phong trào thi đua chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ;",
      "Thực hiện Kế hoạch số 15/KH-UBND ngày 1 tháng 2 năm 2024 của UBND tỉnh Khánh Hòa về việc UBND tỉnh tổ chức phong trào thi đua năm 2024.",
    ]);
  });

  it("is empty when nothing is cited", () => {
    expect(basisFromCitations([])).toBe("");
  });
});

describe("the issuer of a unit's own documents", () => {
  it("is its People's Committee for a province, commune or ward, else the unit itself", async () => {
    const { citedIssuer } = await import("./issuing-body");
    expect(citedIssuer({ name: "Phường Cam Phú", kind: "ward" })).toBe("UBND phường Cam Phú");
    expect(citedIssuer({ name: "Thành phố Hà Nội", kind: "province" })).toBe("UBND thành phố Hà Nội");
    expect(citedIssuer({ name: "Tỉnh Khánh Hòa", kind: "province" })).toBe("UBND tỉnh Khánh Hòa");
    expect(citedIssuer({ name: "Cam Phú", kind: "ward" })).toBe("UBND Cam Phú");
    expect(citedIssuer({ name: "Hội Liên hiệp Phụ nữ phường Cam Phú", kind: "mass_organisation" })).toBe("Hội Liên hiệp Phụ nữ phường Cam Phú");
  });
});
