// Documents received by the actor's units (văn bản đến), the unread ones in bold.
import { citeDocument } from "../../../domain/documents/citation";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import type { listInbox } from "../inbox";
import { DocumentsNav } from "./parts";

export function InboxPage({ v, items }: { v: View; items: Awaited<ReturnType<typeof listInbox>> }) {
  return (
    <Layout v={v} title={v.t("inbox.title")}>
      <DocumentsNav v={v} />
      <h1>{v.t("inbox.title")}</h1>
      <DataTable
        rows={items}
        empty={v.t("inbox.none")}
        rowClass={(d) => (d.openedAt ? undefined : "unread")}
        columns={[
          { header: v.t("inbox.document"), cell: (d) => <span lang="vi">{citeDocument({ kind: d.typeCode, numberSymbol: d.numberSymbol, issuedOn: d.issuedOn })}</span> },
          { header: v.t("documents.summary"), cell: (d) => <a href={`/documents/${d.id}`}>{d.summary}</a> },
          { header: v.t("inbox.from"), cell: (d) => d.issuer },
          { header: v.t("documents.opened"), cell: (d) => (d.openedAt ? v.dateTime(d.openedAt) : <strong>{v.t("inbox.new")}</strong>) },
        ]}
      />
    </Layout>
  );
}
