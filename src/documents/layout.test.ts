import { describe, expect, it } from "vitest";
import { bodyNameLines, normalizeDocument, recipientLines, tableColumnsMm, TEXT_WIDTH_MM } from "./layout";
import type { OfficialDocument } from "./model";

describe("recipientLines", () => {
  it("adds the dash, a semicolon to each line and a full stop to the last", () => {
    expect(recipientLines(["Phòng Nội vụ tp", "Lưu: VT, VP"])).toEqual(["- Phòng Nội vụ tp;", "- Lưu: VT, VP."]);
  });

  it("does not double what was typed, and drops blank lines", () => {
    expect(recipientLines(["- Như Điều 3;", "  ", "– Lưu: VT."])).toEqual(["- Như Điều 3;", "- Lưu: VT."]);
  });
});

describe("bodyNameLines", () => {
  it("keeps a name that fits its column on one line", () => {
    expect(bodyNameLines("UBND THÀNH PHỐ CAM RANH", 13)).toEqual(["UBND THÀNH PHỐ CAM RANH"]);
  });

  it("breaks a long name into balanced lines", () => {
    expect(bodyNameLines("ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", 13)).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG CAM PHÚ"]);
  });
});

describe("tableColumnsMm", () => {
  const rows = [[[{ text: "a" }], [{ text: "b" }], [{ text: "c" }]]];

  it("spreads the text width by the shares, or evenly without them", () => {
    expect(tableColumnsMm({ kind: "table", header: false, rows, widths: [1, 2, 1] })).toEqual([TEXT_WIDTH_MM / 4, TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 4]);
    expect(tableColumnsMm({ kind: "table", header: false, rows, widths: [1, 2] })).toEqual(Array(3).fill(TEXT_WIDTH_MM / 3));
  });
});

describe("normalizeDocument", () => {
  it("turns every string into NFC and leaves the rest alone", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const doc: OfficialDocument = {
      parentBody: null,
      issuingBody: nfd("ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ"),
      numberLine: "Số: 1/KH-UBND",
      placeDateLine: nfd("Cam Phú, ngày 21 tháng 3 năm 2024"),
      typeName: "KẾ HOẠCH",
      summary: nfd("Thi đua"),
      body: [{ kind: "list", ordered: true, items: [[{ text: nfd("Tuyên truyền"), bold: true }]] }],
      signature: { authority: [nfd("CHỦ TỊCH")], signerName: nfd("Đỗ Xuân Chiến"), signed: false },
      recipients: [nfd("Lưu: VT")],
      draft: true,
      meta: { title: nfd("Kế hoạch"), author: "UBND" },
    };
    const out = normalizeDocument(doc);
    expect(JSON.stringify(out)).toBe(JSON.stringify(doc).normalize("NFC"));
    expect(out.parentBody).toBeNull();
    expect(out.draft).toBe(true);
  });
});
