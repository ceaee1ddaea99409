import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { deflateRepeated, SHEET_HEAD, SHEET_TAIL, xlsxParts, zip } from "../../test/support/zip";
import { ValidationError } from "./errors";
import { checkSpreadsheetBudget, rangeArea, SheetScan, zipEntries } from "./xlsx-budget";

const MB = 1024 * 1024;
const small = { maxBytes: 10 * MB, maxCells: 10_000, maxEntries: 100 };

async function refusal(bytes: Uint8Array, budget = small): Promise<{ key: string; params?: Record<string, string | number> } | null> {
  try {
    await checkSpreadsheetBudget("file", bytes, budget);
    return null;
  } catch (err) {
    if (err instanceof ValidationError) return err.fields.file! as { key: string; params?: Record<string, string | number> };
    throw err;
  }
}

const sheet = (rows: string) => zip(xlsxParts({ data: `${SHEET_HEAD}${rows}${SHEET_TAIL}` }));

describe("measuring a spreadsheet before it is opened", () => {
  it("lets an ordinary workbook through, template validations included", async () => {
    const book = new ExcelJS.Workbook();
    const s = book.addWorksheet("Người");
    s.addRow(["Họ và tên", "Giới tính", "Ngày sinh"]);
    for (let i = 0; i < 500; i++) s.addRow([`Người ${i}`, "Nam", "1/2/1980"]);
    (s as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }).dataValidations.add("B2:B1000", { type: "list", allowBlank: true, formulae: ['"Nam,Nữ"'] });
    expect(await refusal(new Uint8Array(await book.xlsx.writeBuffer()))).toBeNull();
  });

  it("refuses by the sizes the ZIP declares, before inflating anything", async () => {
    const rows = await deflateRepeated(SHEET_HEAD, "<row><c><v>1</v></c></row>", 1_000_000, SHEET_TAIL);
    expect(await refusal(zip(xlsxParts({ compressed: rows })))).toMatchObject({ key: "errors.sheet_too_big", params: { max: 10 } });
  });

  it("refuses a part that unpacks to more than it declares, while inflating, without keeping it", async () => {
    const rows = await deflateRepeated(SHEET_HEAD, "<!-- đệm -->", 5_000_000, SHEET_TAIL);
    const lying = zip(xlsxParts({ compressed: rows, declaredSize: 1000 }));
    expect(await refusal(lying)).toMatchObject({ key: "errors.sheet_too_big" });
  });

  it("refuses a sheet that reaches far, however few its cells", async () => {
    expect(await refusal(sheet(`<row r="1"><c r="A1"/></row><row r="5000"><c r="C5000"/></row>`))).toMatchObject({
      key: "errors.sheet_too_many_cells",
      params: { max: "10.000", max_en: "10,000" },
    });
    expect(await refusal(sheet(`<row r="1"><c r="XFD1"/></row>`))).toMatchObject({ key: "errors.sheet_too_many_cells" });
    expect(await refusal(sheet(`<row r="1048576"/>`))).toMatchObject({ key: "errors.sheet_too_many_cells" });
    expect(await refusal(sheet(`<row r="1"><c r="A1"/></row><row r="3000"><c r="C3000"/></row>`))).toBeNull();
  });

  it("counts merged and validated cells, which a reader visits one by one", async () => {
    const merged = zip(xlsxParts({ data: `${SHEET_HEAD}<row r="1"><c r="A1"/></row>${SHEET_TAIL.replace("</worksheet>", "")}<mergeCells count="1"><mergeCell ref="A1:Z1000"/></mergeCells></worksheet>` }));
    expect(await refusal(merged)).toMatchObject({ key: "errors.sheet_too_many_cells" });
    const validated = zip(xlsxParts({ data: `${SHEET_HEAD}${SHEET_TAIL.replace("</worksheet>", "")}<dataValidations count="1"><dataValidation type="list" prompt="a &gt; b" sqref="B2:B5 D:D"><formula1>"Nam,Nữ"</formula1></dataValidation></dataValidations></worksheet>` }));
    expect(await refusal(validated)).toMatchObject({ key: "errors.sheet_too_many_cells" });
  });

  it("counts cells without addresses by their position, and is not fooled by comments, CDATA or quoted '>'", async () => {
    const scan = new SheetScan();
    const xml = `<?xml version="1.0"?><x:worksheet><!-- <row r="900000"> --><x:sheetData><x:row><x:c/><x:c/><x:c t="s" note='a>b'><x:v><![CDATA[<row r="800000">]]></x:v></x:c></x:row><x:row spans="1:2"><x:c/></x:row></x:sheetData></x:worksheet>`;
    const bytes = new TextEncoder().encode(xml);
    for (let i = 0; i < bytes.length; i += 7) scan.write(bytes.subarray(i, i + 7)); // split anywhere
    expect({ maxRow: scan.maxRow, maxCol: scan.maxCol, cells: scan.cells }).toEqual({ maxRow: 2, maxCol: 3, cells: 6 });
  });

  it("measures ranges as a reader expands them", () => {
    expect(rangeArea("A1:C3")).toBe(9);
    expect(rangeArea("A1 B2:B3  $D$4:$E$5")).toBe(1 + 2 + 4);
    expect(rangeArea("C:C")).toBe(1_048_576);
    expect(rangeArea("3:4")).toBe(2 * 16_384);
  });

  it("calls a file that is not a ZIP unreadable", async () => {
    expect(await refusal(new TextEncoder().encode("Họ và tên\nLê Văn Bình\n"))).toMatchObject({ key: "errors.file_unreadable" });
    const truncated = sheet(`<row r="1"><c r="A1"/></row>`);
    expect(await refusal(truncated.subarray(0, truncated.length - 30))).toMatchObject({ key: "errors.file_unreadable" });
    expect(() => zipEntries(new Uint8Array(10))).toThrow();
  });
});
