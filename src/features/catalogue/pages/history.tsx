// Every version of one entry that reaches the unit, national, the province's and its own, by
// the day each starts: what changed on 1 July 2025, and which one applies today.
import type { LayeredEntry } from "../../../domain/catalogue/in-force";
import { Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { StatusTag } from "../../../web/workflow";
import type { View } from "../../../web/view";
import type { EntryHistoryView } from "../get-entry-history";
import { Content, datesText, entryLabel, layerText, newVersionHref, Source } from "./parts";

export function HistoryPage({ v, data, notice }: { v: View; data: EntryHistoryView; notice?: string | undefined }) {
  const { unit, catalogue } = data;
  const what = `${v.t(`catalogue.kind.${data.kind}`)} — ${entryLabel(v, catalogue, data)}`;
  const title = v.t("catalogue.history_of", { what });
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        <a href={`/catalogue${unit ? `?unit=${unit.id}` : ""}`}>{v.t("catalogue.back")}</a>
      </p>
      <h1>{title}</h1>
      <p>{v.t("catalogue.history_intro", { unit: unit?.name ?? v.t("catalogue.layer.national") })}</p>
      <DataTable<LayeredEntry>
        rows={data.versions}
        caption={v.t("catalogue.history_title")}
        captionHidden
        columns={[
          {
            header: v.t("catalogue.col.valid"),
            rowHeader: true,
            cell: (e) => (
              <>
                {datesText(v, e)}
                {e.id !== undefined && e.id === data.inForceId ? (
                  <>
                    {" "}
                    <StatusTag label={v.t("catalogue.in_force_today")} tone="issued" />
                  </>
                ) : null}
              </>
            ),
          },
          { header: v.t("catalogue.col.content"), cell: (e) => <Content v={v} catalogue={catalogue} e={e} /> },
          { header: v.t("catalogue.col.source"), cell: (e) => <Source v={v} e={e} /> },
          { header: v.t("catalogue.col.layer"), cell: (e) => layerText(v, e) },
        ]}
      />
      {data.canAdd ? (
        <p>
          <a class="button" href={newVersionHref(data, unit?.id ?? null)}>{v.t("catalogue.add_version")}</a>
        </p>
      ) : null}
    </Layout>
  );
}
