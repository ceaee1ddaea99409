// The lists the standing member's governments have published, with the comments waiting.
import { Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable, pageCount, Pagination } from "../../../web/table";
import type { View } from "../../../web/view";
import { PAGE_SIZE, type listDisclosures } from "../list-disclosures";
import { periodText, publicPath, StateTag } from "./parts";

type List = Awaited<ReturnType<typeof listDisclosures>>;

export function DisclosuresPage({ v, list, notice }: { v: View; list: List; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("disclosure.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("disclosure.title")}</h1>
      <p><a class="button" href="/disclosures/new">{v.t("disclosure.new")}</a></p>
      <p class="muted">{v.t("disclosure.count", { n: list.total })}</p>
      <DataTable
        rows={list.rows}
        empty={v.t("disclosure.none")}
        columns={[
          { header: v.t("disclosure.col_title"), cell: (d) => <a href={`/disclosures/${d.id}`}>{d.title}</a>, rowHeader: true },
          { header: v.t("disclosure.unit"), cell: (d) => d.unitName },
          { header: v.t("disclosure.col_period"), cell: (d) => periodText(v, d) },
          { header: v.t("nominations.status"), cell: (d) => <StateTag v={v} state={d.state} /> },
          { header: v.t("disclosure.col_candidates"), cell: (d) => String(d.candidates) },
          { header: v.t("disclosure.col_pending"), cell: (d) => String(d.pending) },
          { header: v.t("disclosure.public_link"), cell: (d) => <a href={publicPath(d.unitId, d.id)}>{publicPath(d.unitId, d.id)}</a> },
        ]}
      />
      <Pagination v={v} path="/disclosures" page={list.query.page} pages={pageCount(list.total, PAGE_SIZE)} />
    </Layout>
  );
}
