import { describe, expect, it } from "vitest";
import { ValidationError } from "./errors";
import { checkUpload, detectFileKind } from "./uploads";

/** A minimal stored (uncompressed) ZIP with the given entry names, as .xlsx and .docx files are. */
function zipWith(names: string[]): Uint8Array {
  const parts: number[] = [];
  for (const name of names) {
    const n = new TextEncoder().encode(name);
    const header = new Uint8Array(30);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(26, n.length, true);
    parts.push(...header, ...n);
  }
  return new Uint8Array(parts);
}

const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]);

describe("judging uploads by content", () => {
  it("recognises office files by what is inside the ZIP", () => {
    expect(detectFileKind(zipWith(["[Content_Types].xml", "xl/workbook.xml"]))).toBe("xlsx");
    expect(detectFileKind(zipWith(["[Content_Types].xml", "word/document.xml"]))).toBe("docx");
    expect(detectFileKind(zipWith(["hinh.png"]))).toBe("zip");
    expect(detectFileKind(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
  });

  it("refuses a program renamed to .xlsx", () => {
    expect(() => checkUpload("file", { name: "danh-sach.xlsx", bytes: exe }, ["xlsx"])).toThrow(ValidationError);
    try {
      checkUpload("file", { name: "danh-sach.xlsx", bytes: exe }, ["xlsx"]);
    } catch (err) {
      expect((err as ValidationError).fields.file).toEqual({ key: "errors.file_type", params: { allowed: ".xlsx" } });
    }
  });

  it("refuses a real file of another kind, and a name that lies about the content", () => {
    const pdf = new TextEncoder().encode("%PDF-1.4 …");
    expect(() => checkUpload("file", { name: "bao-cao.pdf", bytes: pdf }, ["xlsx"])).toThrow(ValidationError);
    expect(() => checkUpload("file", { name: "bao-cao.xlsx", bytes: pdf }, ["xlsx", "pdf"])).toThrow(ValidationError);
  });

  it("accepts a spreadsheet that is what it says", () => {
    expect(checkUpload("file", { name: "Danh sách.XLSX", bytes: zipWith(["xl/workbook.xml"]) }, ["xlsx"])).toBe("xlsx");
  });

  it("refuses an empty file", () => {
    expect(() => checkUpload("file", { name: "a.pdf", bytes: new Uint8Array() }, ["pdf"])).toThrow(ValidationError);
  });

  it("refuses a file over its limit", () => {
    const pdf = new TextEncoder().encode("%PDF-1.4 …");
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(() => checkUpload("file", { name: "lon.pdf", bytes: big }, ["pdf"], 2)).toThrow(ValidationError);
    expect(checkUpload("file", { name: "vua.pdf", bytes: big.subarray(0, 2 * 1024 * 1024) }, ["pdf"], 2)).toBe("pdf");
  });
});
