// Every award of one person, household, collective or unit, newest first.
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import type { recipientAwards } from "../recipient-awards";
import { decisionText, yearText } from "./parts";

type History = Awaited<ReturnType<typeof recipientAwards>>;

const PAGE_OF = { person: "/people/", household: null, collective: null, unit: "/units/" } as const;

export function RecipientAwardsPage({ v, history }: { v: View; history: History }) {
  const { recipient } = history;
  const home = PAGE_OF[recipient.kind];
  return (
    <Layout v={v} title={v.t("awards.history_of", { name: recipient.name })}>
      <h1>{v.t("awards.history_of", { name: recipient.name })}</h1>
      <p class="muted">
        {v.t(`awards.recipient.${recipient.kind}`)}
        {home ? (
          <>
            {" · "}
            <a href={`${home}${recipient.id}`}>{recipient.name}</a>
          </>
        ) : null}
        {" · "}
        <a href={`/units/${recipient.unit.id}`}>{recipient.unit.name}</a>
      </p>
      {history.canRecord ? (
        <p>
          <a class="button" href={`/awards/new?kind=${recipient.kind}&id=${recipient.id}`}>
            {v.t("awards.record")}
          </a>
        </p>
      ) : null}
      <DataTable
        rows={history.awards}
        empty={v.t("awards.none_for")}
        columns={[
          { header: v.t("awards.form"), cell: (a) => <a href={`/awards/${a.id}`}>{a.formName}</a> },
          { header: v.t("awards.year"), cell: (a) => yearText(v, a) },
          { header: v.t("awards.kind"), cell: (a) => a.kindName },
          { header: v.t("awards.decision"), cell: (a) => decisionText(v, a) },
          { header: v.t("awards.achievement"), cell: (a) => a.achievement },
          { header: v.t("awards.source"), cell: (a) => v.t(`awards.source.${a.source}`) },
        ]}
      />
    </Layout>
  );
}
