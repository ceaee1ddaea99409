import { jsx } from "hono/jsx";
import { describe, expect, it } from "vitest";
import { translator } from "../i18n";
import { DataTable, Pagination, withQuery } from "./table";
import type { View } from "./view";

const view = (lang: "vi" | "en"): View => ({
  lang,
  t: translator(lang),
  actor: null,
  csrfToken: "",
  path: "/",
  otherLanguageHref: "/",
  date: (d) => String(d),
  dateTime: (d) => d.toISOString(),
});
const html = (node: unknown) => String(node ?? "");

describe("DataTable", () => {
  const rows = [{ name: "Tổ 1 <b>", n: 3 }, { name: "Tổ 2", n: 0 }];
  const columns = [
    { header: "Tên", cell: (r: (typeof rows)[number]) => r.name, rowHeader: true, foot: "Tổng" },
    { header: "Số", cell: (r: (typeof rows)[number]) => r.n, foot: 3 },
  ];

  it("says the empty message instead of an empty table", () => {
    expect(html(DataTable({ rows: [], columns, empty: "Chưa có đơn vị nào." }))).toBe("<p>Chưa có đơn vị nào.</p>");
  });

  it("builds headers, rows (named by their header cell) and a footer, escaping the data", () => {
    const out = html(DataTable({ rows, columns, empty: "—", caption: "Đơn vị", captionHidden: true }));
    expect(out).toContain('<caption class="visually-hidden">Đơn vị</caption>');
    expect(out).toContain('<thead><tr><th scope="col">Tên</th><th scope="col">Số</th></tr></thead>');
    expect(out).toContain('<tr><th scope="row">Tổ 1 &lt;b&gt;</th><td>3</td></tr>');
    expect(out).toContain('<tfoot><tr><th scope="row">Tổng</th><td>3</td></tr></tfoot>');
    expect(out).toMatch(/^<div class="table-wrap">/);
  });

  it("leaves out columns whose condition is false, and shows an empty table without an empty message", () => {
    const out = html(DataTable({ rows: [], columns: [columns[0], false && columns[1]] }));
    expect(out).toContain('<thead><tr><th scope="col">Tên</th></tr></thead><tbody></tbody>');
  });

  it("makes a scrolling table without links a focusable, labelled region", () => {
    const out = html(DataTable({ rows, columns, scrollLabel: "Nhật ký" }));
    expect(out).toMatch(/^<div class="table-wrap" role="region" aria-label="Nhật ký" tabindex="0">/);
  });

  it("gives cells a class from their row", () => {
    const out = html(DataTable({ rows, columns: [{ header: "Tên", cell: (r) => jsx("a", { href: "/x" }, r.name), class: (r) => `depth-${r.n}` }] }));
    expect(out).toContain('<td class="depth-3"><a href="/x">Tổ 1 &lt;b&gt;</a></td>');
  });
});

describe("Pagination", () => {
  it("shows nothing when everything fits on one page", () => {
    expect(html(Pagination({ v: view("vi"), path: "/units", page: 1, pages: 1 }))).toBe("");
    expect(html(Pagination({ v: view("vi"), path: "/audit", next: null }))).toBe("");
  });

  it("links to the pages on either side, keeping the list's search and filters", () => {
    const out = html(Pagination({ v: view("vi"), path: "/people", params: { q: "Nguyễn & Lê", unit: 12, empty: "" }, page: 2, pages: 3 }));
    expect(out).toBe(
      '<nav class="pagination" aria-label="Phân trang">' +
        '<a href="/people?q=Nguy%E1%BB%85n+%26+L%C3%AA&amp;unit=12&amp;page=1" rel="prev">Trang trước</a>' +
        "<span>Trang 2/3</span>" +
        '<a href="/people?q=Nguy%E1%BB%85n+%26+L%C3%AA&amp;unit=12&amp;page=3" rel="next">Trang sau</a>' +
        "</nav>",
    );
  });

  it("has no link before the first page or after the last, in English too", () => {
    expect(html(Pagination({ v: view("en"), path: "/units", page: 1, pages: 2 }))).toBe(
      '<nav class="pagination" aria-label="Pagination"><span>Page 1 of 2</span><a href="/units?page=2" rel="next">Next page</a></nav>',
    );
    expect(html(Pagination({ v: view("en"), path: "/units", page: 2, pages: 2 }))).not.toContain("Next page");
  });

  it("reads a keyed list onwards (the audit log): only a next link", () => {
    expect(html(Pagination({ v: view("vi"), path: "/audit", params: { action: "person.created" }, next: { before: 38 } }))).toBe(
      '<nav class="pagination" aria-label="Phân trang"><a href="/audit?action=person.created&amp;before=38" rel="next">Trang sau</a></nav>',
    );
  });
});

describe("withQuery", () => {
  it("leaves out empty parameters, and the question mark when none is left", () => {
    expect(withQuery("/units", { q: "", page: undefined })).toBe("/units");
    expect(withQuery("/units", { q: "Phú", page: 2 })).toBe("/units?q=Ph%C3%BA&page=2");
  });
});
