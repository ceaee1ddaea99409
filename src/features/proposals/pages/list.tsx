// The proposals of the actor's units, or, at the level above, those sent to it (the inbox).
import { Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable, pageCount, Pagination } from "../../../web/table";
import type { View } from "../../../web/view";
import { PAGE_SIZE, type listProposals } from "../list-proposals";
import { ProposalStatus, ProposalsNav } from "./parts";

type List = Awaited<ReturnType<typeof listProposals>>;

export function ProposalsPage({ v, list, canCreate, notice }: { v: View; list: List; canCreate: boolean; notice?: string | undefined }) {
  const inbox = list.query.view === "inbox";
  const title = inbox ? v.t("proposals.inbox") : v.t("proposals.title");
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{title}</h1>
      <ProposalsNav v={v} views={list.views} />
      {canCreate && !inbox ? <p><a class="button" href="/proposals/new">{v.t("proposals.new")}</a></p> : null}
      <p class="muted">{v.t("proposals.count", { n: list.total })}</p>
      <DataTable
        rows={list.rows}
        empty={v.t("proposals.none")}
        columns={[
          { header: v.t("proposals.document"), cell: (p) => <a href={`/proposals/${p.id}`}>{p.numberSymbol ?? v.t("proposals.document_draft")}</a> },
          { header: inbox ? v.t("proposals.unit") : v.t("proposals.recipient"), cell: (p) => (inbox ? p.unitName : p.recipientName) },
          { header: v.t("proposals.nominations"), cell: (p) => String(p.items) },
          { header: v.t("proposals.status"), cell: (p) => <ProposalStatus v={v} status={p.status} /> },
          { header: v.t("proposals.decision_number"), cell: (p) => p.decisionNumber ?? "—" },
        ]}
      />
      <Pagination v={v} path="/proposals" params={{ view: list.query.view, status: list.query.status }} page={list.query.page} pages={pageCount(list.total, PAGE_SIZE)} />
    </Layout>
  );
}
