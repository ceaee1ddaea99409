// Decisions: the award and revocation decisions the official sees, and the units where nominations
// passed by the council wait for a decision.
import { Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import { DocumentStatus } from "../../documents/pages/parts";
import type { listDecisions } from "../list-decisions";

type Decisions = Awaited<ReturnType<typeof listDecisions>>;

export function DecisionsPage({ v, data, notice }: { v: View; data: Decisions; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("decisions.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("decisions.title")}</h1>
      <p>{v.t("decisions.intro")}</p>
      {data.waiting.length ? (
        <section class="panel">
          <h2>{v.t("decisions.waiting")}</h2>
          <ul>
            {data.waiting.map((u) => (
              <li>
                {u.name}: {v.t("decisions.waiting_n", { n: u.waiting })} — <a href={`/decisions/new?unit=${u.id}`}>{v.t("decisions.new")}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : data.canDraft ? (
        <p class="muted">{v.t("decisions.none_waiting")}</p>
      ) : null}
      <DataTable
        rows={data.decisions}
        empty={v.t("decisions.none")}
        columns={[
          { header: v.t("decisions.number"), rowHeader: true, cell: (d) => <a href={`/decisions/${d.id}`}>{d.numberSymbol ?? v.t("decisions.draft_label")}</a> },
          { header: v.t("decisions.kind"), cell: (d) => v.t(`decisions.kind.${d.kind}`) },
          { header: v.t("decisions.summary"), cell: (d) => d.summary },
          { header: v.t("decisions.unit"), cell: (d) => d.unitName },
          { header: v.t("decisions.lines"), cell: (d) => String(d.lines) },
          { header: v.t("decisions.issued_on"), cell: (d) => (d.issuedOn ? v.date(d.issuedOn) : "—") },
          { header: v.t("decisions.state"), cell: (d) => <DocumentStatus v={v} status={d.status} /> },
        ]}
      />
    </Layout>
  );
}
