// The ceremony of a decision: the presentation list in order, printable from the browser, and
// its papers as PDF (the list, the name cards, the certificates in the same order).
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import type { getCeremony } from "../get-ceremony";

type Data = Awaited<ReturnType<typeof getCeremony>>;

export function CeremonyPage({ v, data }: { v: View; data: Data }) {
  const d = data.decision;
  return (
    <Layout v={v} title={v.t("ceremony.title", { number: d.numberSymbol })}>
      <p><a href={`/decisions/${d.id}/certificates`}>{v.t("certificates.title", { number: d.numberSymbol })}</a></p>
      <h1>{v.t("ceremony.title", { number: d.numberSymbol })}</h1>
      <p>{v.t("ceremony.intro")}</p>
      <ul>
        <li><a href={`/decisions/${d.id}/ceremony/list.pdf`}>{v.t("ceremony.list_pdf")}</a></li>
        <li><a href={`/decisions/${d.id}/ceremony/name-cards.pdf`}>{v.t("ceremony.name_cards")}</a></li>
        <li><a href={`/decisions/${d.id}/certificates.pdf`}>{v.t("ceremony.certificates_pdf")}</a></li>
      </ul>
      <p class="muted">{d.issuer} · {v.t("verify.decision_value", { number: d.numberSymbol, date: v.date(d.issuedOn) })}</p>
      <DataTable
        rows={data.list.map((c, i) => ({ ...c, no: i + 1 }))}
        empty={v.t("certificates.none")}
        columns={[
          { header: v.t("certificates.col_no"), cell: (c) => String(c.no) },
          { header: v.t("certificates.col_holder"), cell: (c) => c.holder, rowHeader: true },
          { header: v.t("certificates.col_form"), cell: (c) => c.formName },
          { header: v.t("ceremony.col_achievement"), cell: (c) => c.achievement || "—" },
        ]}
      />
    </Layout>
  );
}
