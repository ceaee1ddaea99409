// Outgoing documents the actor may see, filtered by state.
import { Notice, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { emptyForm, type View } from "../../../web/view";
import type { listDocuments } from "../list-documents";
import { DocumentStatus, DocumentsNav } from "./parts";

type DocumentList = Awaited<ReturnType<typeof listDocuments>>;

export function DocumentsPage({ v, list, canDraft, notice }: { v: View; list: DocumentList; canDraft: boolean; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("documents.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("documents.title")}</h1>
      <DocumentsNav v={v} />
      {canDraft ? (
        <p>
          <a class="button" href="/documents/new">{v.t("documents.new_plan")}</a>
        </p>
      ) : null}
      <form method="get" action="/documents" class="search-row">
        <SelectField
          v={v}
          form={emptyForm({ status: list.status ?? "" })}
          name="status"
          label={v.t("documents.filter_status")}
          placeholder={v.t("documents.all")}
          options={(["draft", "submitted", "issued"] as const).map((s) => ({ value: s, label: v.t(`documents.status.${s}`) }))}
        />
        <button class="button button--secondary" type="submit">{v.t("documents.filter")}</button>
      </form>
      <DataTable
        rows={list.documents}
        empty={v.t("documents.none")}
        columns={[
          { header: v.t("documents.number"), cell: (d) => d.numberSymbol ?? "—" },
          { header: v.t("documents.summary"), cell: (d) => <a href={`/documents/${d.id}`}>{d.summary}</a> },
          { header: v.t("field.unit"), cell: (d) => d.unitName },
          {
            header: v.t("documents.state"),
            cell: (d) => (
              <>
                <DocumentStatus v={v} status={d.status} />
                {d.issuedOn ? <span class="muted"> {v.date(d.issuedOn)}</span> : null}
              </>
            ),
          },
        ]}
      />
    </Layout>
  );
}
