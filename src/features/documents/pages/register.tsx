// The register of outgoing documents (sổ văn bản đi) of a unit for a year.
import { SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { emptyForm, type View } from "../../../web/view";
import type { documentRegister } from "../list-documents";
import { DocumentsNav } from "./parts";

export function RegisterPage({ v, register, units }: { v: View; register: Awaited<ReturnType<typeof documentRegister>> | null; units: { id: number; name: string }[] }) {
  const form = emptyForm({ unit: register ? String(register.unit.id) : "", year: String(register?.year ?? new Date().getFullYear()) });
  return (
    <Layout v={v} title={v.t("documents.register")}>
      <DocumentsNav v={v} />
      <h1>{v.t("documents.register")}</h1>
      <form method="get" action="/documents/register" class="search-row">
        <SelectField v={v} form={form} name="unit" label={v.t("field.unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <TextField v={v} form={form} name="year" label={v.t("documents.year")} width="short" />
        <button class="button button--secondary" type="submit">{v.t("documents.filter")}</button>
      </form>
      {register ? (
        <>
          <p>
            <a class="button button--secondary" href={`/documents/register.xlsx?unit=${register.unit.id}&year=${register.year}`}>{v.t("documents.register_xlsx")}</a>
          </p>
          <DataTable
            rows={register.entries}
            empty={v.t("documents.register_empty")}
            columns={[
              { header: v.t("documents.number"), cell: (e) => <a href={`/documents/${e.id}`}>{e.numberSymbol}</a> },
              { header: v.t("documents.issued_on"), cell: (e) => (e.issuedOn ? v.date(e.issuedOn) : "") },
              { header: v.t("documents.summary"), cell: (e) => e.summary },
              { header: v.t("documents.signer"), cell: (e) => e.signerName },
            ]}
          />
        </>
      ) : null}
    </Layout>
  );
}
