// Lists of records, built one way: a table with a header row, one row per record and a
// sentence instead when there are none; and the links between the pages of a long list.
import type { Child } from "hono/jsx";
import type { View } from "./view";

export interface Column<Row> {
  /** The column's title (a visually hidden one for a column of buttons). */
  header: Child;
  cell: (row: Row) => Child;
  /** A class for the column's cells, from the row (an indent by depth). */
  class?: (row: Row) => string;
  /** The column that names each row: its cells are <th scope="row">. */
  rowHeader?: boolean;
  /** The column's cell in the footer row (totals); a footer is shown when a column has one. */
  foot?: Child;
}

interface TableProps<Row> {
  rows: readonly Row[];
  /** Columns left out where a condition is false: `can.edit && { … }`. */
  columns: readonly (Column<Row> | false | null | undefined)[];
  /** Said instead of the table when there are no rows; without it, an empty table is shown. */
  empty?: Child;
  caption?: string;
  /** A caption for screen readers only (the heading above already says it on screen). */
  captionHidden?: boolean;
  rowClass?: (row: Row) => string | undefined;
  /**
   * A table that holds no links but may be wider than a phone: its scrolling box becomes a
   * labelled region that takes focus, so that the keyboard can scroll it.
   */
  scrollLabel?: string;
}

export function DataTable<Row>({ rows, columns, empty, caption, captionHidden, rowClass, scrollLabel }: TableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  const cols = columns.filter((c): c is Column<Row> => !!c);
  const cell = (c: Column<Row>, content: Child, className?: string) =>
    c.rowHeader ? <th scope="row" class={className}>{content}</th> : <td class={className}>{content}</td>;
  return (
    <div class="table-wrap" {...(scrollLabel ? { role: "region", "aria-label": scrollLabel, tabindex: 0 } : {})}>
      <table>
        {caption !== undefined ? <caption class={captionHidden ? "visually-hidden" : undefined}>{caption}</caption> : null}
        <thead>
          <tr>
            {cols.map((c) => (
              <th scope="col">{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr class={rowClass?.(row)}>{cols.map((c) => cell(c, c.cell(row), c.class?.(row)))}</tr>
          ))}
        </tbody>
        {cols.some((c) => c.foot !== undefined) ? (
          <tfoot>
            <tr>{cols.map((c) => cell(c, c.foot))}</tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

type Params = Record<string, string | number | null | undefined>;

/** An address with its query: empty parameters are left out. */
export function withQuery(path: string, params: Params): string {
  const query = new URLSearchParams();
  for (const [k, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") query.set(k, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

interface PaginationProps {
  v: View;
  /** The list's address, and the parameters every page keeps (a search, a filter). */
  path: string;
  params?: Params;
  /** Numbered pages: this one and how many there are. */
  page?: number;
  pages?: number;
  /** A list read onwards from a key (the audit log): the parameters of the next page, or null at the end. */
  next?: Params | null;
}

/**
 * "Trang trước · Trang 2/7 · Trang sau": links to the pages on either side, each keeping the
 * list's other parameters. Nothing is shown when everything fits on one page.
 */
export function Pagination({ v, path, params = {}, page, pages, next }: PaginationProps) {
  const numbered = page !== undefined && pages !== undefined;
  const before = numbered && page > 1 ? withQuery(path, { ...params, page: page - 1 }) : null;
  const after = numbered ? (page < pages ? withQuery(path, { ...params, page: page + 1 }) : null) : next ? withQuery(path, { ...params, ...next }) : null;
  if (!before && !after) return null;
  return (
    <nav class="pagination" aria-label={v.t("common.pagination")}>
      {before ? (
        <a href={before} rel="prev">
          {v.t("common.prev_page")}
        </a>
      ) : null}
      {numbered ? <span>{v.t("common.page_of", { page, pages })}</span> : null}
      {after ? (
        <a href={after} rel="next">
          {v.t("common.next_page")}
        </a>
      ) : null}
    </nav>
  );
}

/** How many pages `total` rows fill, at least one. */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));
