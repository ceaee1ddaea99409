// The people of the actor's units, searched by name, a page at a time.
import { Notice, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable, pageCount, Pagination } from "../../../web/table";
import { emptyForm, type View } from "../../../web/view";
import type { listPeople } from "../list-people";

type PeopleList = Awaited<ReturnType<typeof listPeople>>;

export function PeoplePage({ v, list, canCreate, notice }: { v: View; list: PeopleList; canCreate: boolean; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("people.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{list.unit ? v.t("people.title_of", { unit: list.unit.name }) : v.t("people.title")}</h1>
      <form method="get" action="/people" class="search-row" role="search">
        {list.unit ? <input type="hidden" name="unit" value={String(list.unit.id)} /> : null}
        <TextField v={v} form={emptyForm({ q: list.q })} name="q" label={v.t("people.search_label")} hint={v.t("people.search_hint")} />
        <button class="button button--secondary" type="submit">
          {v.t("setup.search_submit")}
        </button>
      </form>
      {canCreate ? (
        <p>
          <a class="button" href={`/people/new${list.unit ? `?unit=${list.unit.id}` : ""}`}>
            {v.t("people.add")}
          </a>{" "}
          <a class="button button--secondary" href={`/people/import${list.unit ? `?unit=${list.unit.id}` : ""}`}>
            {v.t("people.import")}
          </a>
        </p>
      ) : null}
      <p class="muted">{v.t(list.totalCapped ? "people.count_more" : "people.count", { n: list.total.toLocaleString(v.lang === "vi" ? "vi-VN" : "en-GB") })}</p>
      <DataTable
        rows={list.people}
        empty={v.t("people.none")}
        columns={[
          { header: v.t("field.full_name"), cell: (p) => <a href={`/people/${p.id}`}>{p.fullName}</a> },
          { header: v.t("field.unit"), cell: (p) => p.unitName },
        ]}
      />
      <Pagination v={v} path="/people" params={{ q: list.q, unit: list.unit?.id }} page={list.page} pages={pageCount(list.total, list.pageSize)} />
    </Layout>
  );
}
