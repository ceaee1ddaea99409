import { describe, expect, it } from "vitest";
import { encodeTcvn3, encodeVni } from "../text/legacy-encodings";
import { decodeLegacyColumns, readableCell } from "./legacy-columns";

const rowsOf = (...cells: unknown[][]) => cells.map((c, i) => ({ row: i + 2, cells: c as never[] }));
const NAMES = ["Nguyễn Văn Bình", "Trần Thị Tuyết", "Lê Văn Ân"];

describe("legacy-font columns", () => {
  it("converts a TCVN3 column, keeping what each changed cell held and leaving the rest as it is", () => {
    const rows = rowsOf(...NAMES.map((n) => [encodeTcvn3(n), 1950]), ["Lan", 1960], ["", 1970]);
    const out = decodeLegacyColumns(rows, new Map([[0, "Họ và tên"], [1, "Năm sinh"]]));
    expect(out.problems).toEqual([]);
    expect(out.decoded).toEqual([{ index: 0, header: "Họ và tên", encoding: "tcvn3" }]);
    expect(out.rows.map((r) => r.cells[0])).toEqual([...NAMES, "Lan", ""]);
    expect(out.rows.map((r) => r.cells[1])).toEqual([1950, 1950, 1950, 1960, 1970]);
    expect(out.originals.get(2)).toEqual(new Map([[0, encodeTcvn3(NAMES[0]!)]]));
    expect(out.originals.has(5)).toBe(false); // "Lan" reads the same in every encoding
    expect(rows[0]!.cells[0]).toBe(encodeTcvn3(NAMES[0]!)); // the input is not changed
  });

  it("converts a VNI column with VNI's table", () => {
    const out = decodeLegacyColumns(rowsOf(...["Võ Ưng Hoàng", "Bùi Thị Ợt", "Đặng Thị Ngọc Huyền"].map((n) => [encodeVni(n)])), new Map([[0, "Họ và tên"]]));
    expect(out.decoded.map((d) => d.encoding)).toEqual(["vni"]);
    expect(out.rows.map((r) => r.cells[0])).toEqual(["Võ Ưng Hoàng", "Bùi Thị Ợt", "Đặng Thị Ngọc Huyền"]);
  });

  it("reads rich text cells, and leaves dates and numbers alone", () => {
    const date = new Date(Date.UTC(1980, 2, 21));
    const out = decodeLegacyColumns(rowsOf([{ richText: [{ text: encodeTcvn3("Nguyễn ") }, { text: encodeTcvn3("Văn Bình") }] }, date], [encodeTcvn3("Trần Thị Tuyết"), date]), new Map([[0, "Họ và tên"], [1, "Ngày sinh"]]));
    expect(out.rows.map((r) => r.cells)).toEqual([["Nguyễn Văn Bình", date], ["Trần Thị Tuyết", date]]);
  });

  it("converts capitals typed in a .VnTimeH font, by the cell's font", () => {
    const out = decodeLegacyColumns(rowsOf([encodeTcvn3("TRẦN THỊ ÁNH", { capitals: true })]), new Map([[0, "Họ và tên"]]), () => ".VnTimeH");
    expect(out.rows[0]!.cells[0]).toBe("TRẦN THỊ ÁNH");
  });

  it("leaves a Unicode column alone and says nothing", () => {
    const out = decodeLegacyColumns(rowsOf(["Ngô Bảo Châu"], ["Đặng Thị Ánh"], ["Hồ Xuân Hương"]), new Map([[0, "Họ và tên"]]));
    expect(out).toMatchObject({ decoded: [], problems: [] });
    expect(out.rows.map((r) => r.cells[0])).toEqual(["Ngô Bảo Châu", "Đặng Thị Ánh", "Hồ Xuân Hương"]);
  });

  it("refuses a column mixing TCVN3 and VNI, naming the column and what to do", () => {
    const out = decodeLegacyColumns(rowsOf([encodeTcvn3("Nguyễn Văn Bình")], [encodeVni("Trần Thị Ánh Tuyết")], [encodeTcvn3("Lê Văn Ân")]), new Map([[0, "Họ và tên"]]));
    expect(out.decoded).toEqual([]);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ row: 2, column: "Họ và tên (cột A)" });
    expect(out.problems[0]!.message).toContain("không xác định được bảng mã tiếng Việt");
    expect(out.problems[0]!.message).toContain("Unikey");
  });

  it("reads one cell as a person reads it", () => {
    expect(readableCell(encodeTcvn3("Người lập biểu"))).toBe("Người lập biểu");
    expect(readableCell(encodeVni("Người lập biểu"))).toBe("Người lập biểu");
    expect(readableCell("Người lập biểu")).toBe("Người lập biểu");
    expect(readableCell("Tổ 3")).toBe("Tổ 3");
  });
});
