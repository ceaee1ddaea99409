import { describe, expect, it } from "vitest";
import { parseInline, parseMarkup } from "./markup";

describe("parseInline", () => {
  it("reads bold, italic and both", () => {
    expect(parseInline("a **b** *c* ***d***")).toEqual([
      { text: "a " },
      { text: "b", bold: true },
      { text: " " },
      { text: "c", italic: true },
      { text: " " },
      { text: "d", bold: true, italic: true },
    ]);
  });

  it("nests italic in bold", () => {
    expect(parseInline("**a *b* c**")).toEqual([
      { text: "a ", bold: true },
      { text: "b", bold: true, italic: true },
      { text: " c", bold: true },
    ]);
    // A run closes only a run of the same length: "***" does not close "*" and "**" at once.
    expect(parseInline("*a **b***")).toEqual([{ text: "*a **b***" }]);
  });

  it("keeps unmatched or spaced stars as text", () => {
    expect(parseInline("**chưa đóng")).toEqual([{ text: "**chưa đóng" }]);
    expect(parseInline("5 * 3 * 2")).toEqual([{ text: "5 * 3 * 2" }]);
    expect(parseInline("** a **")).toEqual([{ text: "** a **" }]);
    expect(parseInline("**a*")).toEqual([{ text: "**a*" }]);
    expect(parseInline("****")).toEqual([{ text: "****" }]);
  });

  it("normalises to NFC", () => {
    const decomposed = "Ho\u0302\u0323i đo\u0302\u0300ng";
    expect(parseInline(decomposed)).toEqual([{ text: "Hội đồng" }]);
  });

  it("returns nothing for an empty text", () => {
    expect(parseInline("")).toEqual([]);
  });
});

describe("parseMarkup", () => {
  it("joins the lines of a paragraph and separates paragraphs by blank lines", () => {
    const { blocks, problems } = parseMarkup("Dòng một\ndòng hai\n\n\nĐoạn hai");
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { kind: "paragraph", content: [{ text: "Dòng một dòng hai" }] },
      { kind: "paragraph", content: [{ text: "Đoạn hai" }] },
    ]);
  });

  it("reads dash bullets, across blank lines, with continuation lines", () => {
    const { blocks } = parseMarkup("- Thứ nhất\ntiếp theo\n\n- Thứ **hai**\r\nĐoạn?");
    expect(blocks).toEqual([
      {
        kind: "list",
        ordered: false,
        items: [[{ text: "Thứ nhất tiếp theo" }], [{ text: "Thứ " }, { text: "hai", bold: true }, { text: " Đoạn?" }]],
      },
    ]);
  });

  it("reads numbered items and ends a list at a paragraph after a blank line", () => {
    const { blocks } = parseMarkup("Mở đầu:\n1. Một\n2. Hai\n\nKết thúc.");
    expect(blocks).toEqual([
      { kind: "paragraph", content: [{ text: "Mở đầu:" }] },
      { kind: "list", ordered: true, items: [[{ text: "Một" }], [{ text: "Hai" }]] },
      { kind: "paragraph", content: [{ text: "Kết thúc." }] },
    ]);
  });

  it("starts a new list when the kind changes", () => {
    const { blocks } = parseMarkup("- a\n1. b");
    expect(blocks.map((b) => b.kind === "list" && b.ordered)).toEqual([false, true]);
  });

  it("treats # lines and a dash without a space as paragraphs", () => {
    const { blocks } = parseMarkup("# Không phải tiêu đề\n\n-không phải gạch đầu dòng\n\n2024. năm");
    expect(blocks).toEqual([
      { kind: "paragraph", content: [{ text: "# Không phải tiêu đề" }] },
      { kind: "paragraph", content: [{ text: "-không phải gạch đầu dòng" }] },
      { kind: "paragraph", content: [{ text: "2024. năm" }] },
    ]);
  });

  it("reads a table with a header row", () => {
    const { blocks, problems } = parseMarkup("| STT | Nội dung |\n|---|:---:|\n| 1 | **Tuyên truyền** |");
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      {
        kind: "table",
        header: true,
        rows: [
          [[{ text: "STT" }], [{ text: "Nội dung" }]],
          [[{ text: "1" }], [{ text: "Tuyên truyền", bold: true }]],
        ],
      },
    ]);
  });

  it("reads a table without a header and keeps empty cells", () => {
    const { blocks } = parseMarkup("|a||\n|b|c|");
    expect(blocks).toEqual([
      { kind: "table", header: false, rows: [[[{ text: "a" }], []], [[{ text: "b" }], [{ text: "c" }]]] },
    ]);
  });

  it("names rows whose cell count differs, and pads them", () => {
    const { blocks, problems } = parseMarkup("Bảng:\n\n| A | B |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |");
    expect(problems).toEqual([
      { line: 5, message: "Dòng 5: bảng có 3 cột nhưng dòng tiêu đề có 2 cột" },
      { line: 6, message: "Dòng 6: bảng có 1 cột nhưng dòng tiêu đề có 2 cột" },
    ]);
    const table = blocks[1];
    expect(table?.kind === "table" && table.rows.map((r) => r.length)).toEqual([3, 3, 3]);
  });

  it("says 'dòng đầu' when the table has no header row", () => {
    expect(parseMarkup("|a|b|\n|c|").problems).toEqual([{ line: 2, message: "Dòng 2: bảng có 1 cột nhưng dòng đầu có 2 cột" }]);
  });

  it("reports a separator line that is not under the first row", () => {
    const { blocks, problems } = parseMarkup("|a|\n|b|\n|---|");
    expect(problems).toEqual([{ line: 3, message: 'Dòng 3: dòng kẻ "|---|" chỉ được đặt ngay dưới dòng tiêu đề của bảng' }]);
    expect(blocks).toHaveLength(1);
  });

  it("ends a paragraph where a list or a table starts", () => {
    const { blocks } = parseMarkup("Đoạn\n- mục\n|x|");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "list", "table"]);
  });

  it("returns no blocks for blank text", () => {
    expect(parseMarkup(" \n\n  ")).toEqual({ blocks: [], problems: [] });
  });
});
