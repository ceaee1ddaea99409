import { citeDocument } from "../../domain/documents/citation";
import { DateField, ErrorSummary, fileFormAction, Notice, SelectField, TextField } from "../../web/components";
import { Layout } from "../../web/layout";
import { DataTable } from "../../web/table";
import type { FormState, View } from "../../web/view";
import type { listDirectives } from "./list-directives";

type Directives = Awaited<ReturnType<typeof listDirectives>>;

export function DirectivesPage({ v, list, form, units, notice }: { v: View; list: Directives; form: FormState | null; units: { id: number; name: string }[]; notice?: string | undefined }) {
  const labels = {
    unitId: v.t("directives.receiving_unit"), numberSymbol: v.t("directives.number_symbol"), kind: v.t("directives.kind"), issuer: v.t("directives.issuer"),
    issuedOn: v.t("directives.issued_on"), summary: v.t("documents.summary"), file: v.t("directives.file"),
  };
  return (
    <Layout v={v} title={v.t("directives.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      {form ? <ErrorSummary v={v} errors={form.errors} labels={labels} /> : null}
      <p class="subnav">
        <a href="/documents">{v.t("documents.title")}</a> · <a href="/inbox">{v.t("inbox.title")}</a>
      </p>
      <h1>{v.t("directives.title")}</h1>
      <p>{v.t("directives.intro")}</p>
      <DataTable
        rows={list}
        empty={v.t("directives.none")}
        columns={[
          { header: labels.numberSymbol, cell: (d) => <span lang="vi">{citeDocument({ kind: d.kind, numberSymbol: d.numberSymbol, issuedOn: d.issuedOn })}</span> },
          { header: labels.issuer, cell: (d) => d.issuer },
          { header: labels.summary, cell: (d) => d.summary },
          { header: labels.file, cell: (d) => (d.fileSha256 ? <a href={`/directives/${d.id}/file`}>{d.fileName}</a> : "—") },
        ]}
      />
      {form ? (
        <form method="post" action={fileFormAction(v, "/directives")} enctype="multipart/form-data" novalidate class="panel">
          <h2>{v.t("directives.add")}</h2>
          <SelectField v={v} form={form} name="unitId" label={labels.unitId} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
          <TextField v={v} form={form} name="kind" label={labels.kind} hint={v.t("directives.kind_hint")} width="short" />
          <TextField v={v} form={form} name="numberSymbol" label={labels.numberSymbol} hint={v.t("directives.number_hint")} width="short" />
          <DateField v={v} form={form} name="issuedOn" type="date" label={labels.issuedOn} />
          <TextField v={v} form={form} name="issuer" label={labels.issuer} hint={v.t("directives.issuer_hint")} />
          <TextField v={v} form={form} name="summary" label={labels.summary} />
          <div class={form.errors.file ? "field field--error" : "field"}>
            <label for="f-file">{labels.file}</label>
            <p class="hint">{v.t("directives.file_hint")}</p>
            {form.errors.file ? <p class="error-message" id="f-file-error">{v.t(form.errors.file.key, form.errors.file.params)}</p> : null}
            <input type="file" id="f-file" name="file" accept=".pdf,.docx" />
          </div>
          <button class="button" type="submit">{v.t("directives.save")}</button>
        </form>
      ) : null}
    </Layout>
  );
}
