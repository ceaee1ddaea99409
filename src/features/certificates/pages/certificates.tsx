// A decision's certificates in the ceremony's order: each with its code and status, printed one
// by one or all together; links to the ceremony and the unit's layout.
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import { formatCertificateCode } from "../../../domain/certificates/code";
import type { getDecisionCertificates } from "../get-decision-certificates";

type Data = Awaited<ReturnType<typeof getDecisionCertificates>>;

export function CertificatesPage({ v, data }: { v: View; data: Data }) {
  const d = data.decision;
  const printable = data.certificates.filter((c) => !c.revocation).length;
  return (
    <Layout v={v} title={v.t("certificates.title", { number: d.numberSymbol })}>
      <p><a href={`/documents/${d.id}`}>{v.t("certificates.back_to_decision")}</a></p>
      <h1>{v.t("certificates.title", { number: d.numberSymbol })}</h1>
      <p>{v.t("certificates.intro")}</p>
      <p>
        {printable ? <a class="button" href={`/decisions/${d.id}/certificates.pdf`}>{v.t("certificates.print_all", { n: printable })}</a> : null}{" "}
        <a href={`/decisions/${d.id}/ceremony`}>{v.t("certificates.ceremony")}</a> · <a href={`/certificates/layout?unit=${d.unitId}`}>{v.t("certificates.layout")}</a>
      </p>
      <DataTable
        rows={data.certificates.map((c, i) => ({ ...c, no: i + 1 }))}
        empty={v.t("certificates.none")}
        columns={[
          { header: v.t("certificates.col_no"), cell: (c) => String(c.no) },
          { header: v.t("certificates.col_holder"), cell: (c) => c.holder, rowHeader: true },
          { header: v.t("certificates.col_form"), cell: (c) => c.formName },
          { header: v.t("certificates.col_code"), cell: (c) => <code>{formatCertificateCode(c.code)}</code> },
          { header: v.t("certificates.col_status"), cell: (c) => (c.revocation ? v.t("certificates.revoked", { number: c.revocation.numberSymbol }) : v.t("verify.status_valid")) },
          { header: v.t("certificates.col_print"), cell: (c) => (c.revocation ? "—" : <a href={`/awards/${c.awardId}/certificate.pdf`}>{v.t("certificates.print_one")}</a>) },
        ]}
      />
    </Layout>
  );
}
