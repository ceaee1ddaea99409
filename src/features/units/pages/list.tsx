// The units the actor may see, in tree order, a page at a time, with a search by name.
import { TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable, pageCount, Pagination } from "../../../web/table";
import { emptyForm, type View } from "../../../web/view";
import type { BrowseUnits } from "../browse-units";

export function UnitsPage({ v, list, query, hits }: { v: View; list: BrowseUnits["list"]; query: string; hits: BrowseUnits["hits"] }) {
  return (
    <Layout v={v} title={v.t("units.title")}>
      <h1>{v.t("units.title")}</h1>
      <form method="get" action="/units" class="search-row" role="search">
        <TextField
          v={v}
          form={query.length === 1 ? { values: { q: query }, errors: { q: { key: "errors.search_short" } } } : emptyForm({ q: query })}
          name="q"
          label={v.t("units.search_label")}
          hint={v.t("setup.search_hint")}
        />
        <button class="button button--secondary" type="submit">
          {v.t("setup.search_submit")}
        </button>
      </form>
      {hits ? (
        <>
          <h2>{v.t("units.search_results", { n: hits.length, q: query })}</h2>
          {hits.length > 0 ? (
            <ul>
              {hits.map((h) => (
                <li>
                  <a href={`/units/${h.id}`}>{h.name}</a>
                  {h.parentName ? <span class="muted"> — {h.parentName}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <DataTable
        rows={list.units}
        empty={v.t("units.none")}
        columns={[
          { header: v.t("units.col_name"), cell: (u) => <a href={`/units/${u.id}`}>{u.name}</a>, class: (u) => `depth-${Math.min(u.depth, 4)}` },
          { header: v.t("units.col_kind"), cell: (u) => v.t(`kind.${u.kind}`) },
          { header: v.t("units.col_code"), cell: (u) => u.code ?? "" },
        ]}
      />
      <Pagination v={v} path="/units" params={{ q: query }} page={list.page} pages={pageCount(list.total, list.pageSize)} />
    </Layout>
  );
}
