// Written authorisations to sign (TL., TUQ.) of a unit: granted, revoked.
import { Csrf, ErrorSummary, PostButton, RadioField, SelectField, DateField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { emptyForm, type FormState, type View } from "../../../web/view";
import type { listSigningAuthorities } from "../signing-authorisations";
import { DocumentsNav } from "./parts";

export function SigningPage({ v, data, units, form }: { v: View; data: Awaited<ReturnType<typeof listSigningAuthorities>> | null; units: { id: number; name: string }[]; form: FormState }) {
  const labels = { userId: v.t("signing.official"), form: v.t("documents.signing_form"), signerTitle: v.t("signing.signer_title"), validFrom: v.t("signing.valid_from"), validTo: v.t("signing.valid_to") };
  return (
    <Layout v={v} title={v.t("signing.title")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <DocumentsNav v={v} />
      <h1>{v.t("signing.title")}</h1>
      <p>{v.t("signing.intro")}</p>
      <form method="get" action="/documents/signing" class="search-row">
        <SelectField v={v} form={emptyForm({ unit: data ? String(data.unit.id) : "" })} name="unit" label={v.t("field.unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <button class="button button--secondary" type="submit">{v.t("documents.filter")}</button>
      </form>
      {data ? (
        <>
          <DataTable
            rows={data.granted}
            empty={v.t("signing.none")}
            columns={[
              { header: labels.userId, cell: (g) => g.name },
              { header: labels.form, cell: (g) => `${g.form}. ${g.signerTitle}` },
              {
                header: v.t("signing.period"),
                cell: (g) => (
                  <>
                    {v.date(g.validFrom)} – {g.validTo ? v.date(g.validTo) : v.t("signing.open_ended")}
                    {g.revokedAt ? <strong> ({v.t("signing.revoked")})</strong> : null}
                  </>
                ),
              },
              { header: "", cell: (g) => (data.canGrant && !g.revokedAt ? <PostButton v={v} action={`/documents/signing/${g.id}/revoke`} label={v.t("signing.revoke")} secondary /> : null) },
            ]}
          />
          {data.canGrant ? (
            <form method="post" action="/documents/signing" class="panel" novalidate>
              <h2>{v.t("signing.grant")}</h2>
              <Csrf v={v} />
              <input type="hidden" name="unitId" value={String(data.unit.id)} />
              <SelectField v={v} form={form} name="userId" label={labels.userId} placeholder="" options={data.officials.map((o) => ({ value: String(o.id), label: o.name }))} />
              <RadioField v={v} form={form} name="form" label={labels.form} options={[{ value: "TL", label: v.t("documents.form_tl") }, { value: "TUQ", label: v.t("documents.form_tuq") }]} />
              <TextField v={v} form={form} name="signerTitle" label={labels.signerTitle} hint={v.t("signing.signer_title_hint")} />
              <DateField v={v} form={form} name="validFrom" type="date" label={labels.validFrom} />
              <DateField v={v} form={form} name="validTo" type="date" label={labels.validTo} hint={v.t("signing.valid_to_hint")} />
              <button class="button" type="submit">{v.t("signing.grant")}</button>
            </form>
          ) : null}
        </>
      ) : null}
    </Layout>
  );
}
