// Importing an older award list from a spreadsheet: the template, the unit and the file.
import { ErrorSummary, fieldId, fileFormAction, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

export function AwardImportPage({ v, form, units }: { v: View; form: FormState; units: { id: number; name: string }[] }) {
  const labels = { unitId: v.t("field.unit"), file: v.t("awards.import_file") };
  const fileError = form.errors.file;
  return (
    <Layout v={v} title={v.t("awards.import")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("awards.import")}</h1>
      <p>{v.t("awards.import_intro")}</p>
      <p>
        <a href="/awards/import/template" download>
          {v.t("awards.template")}
        </a>
      </p>
      <form method="post" action={fileFormAction(v, "/awards/import")} enctype="multipart/form-data" novalidate>
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <div class={fileError ? "field field--error" : "field"}>
          <label for={fieldId("file")}>{labels.file}</label>
          <p class="hint" id={`${fieldId("file")}-hint`}>
            {v.t("awards.import_file_hint")}
          </p>
          {fileError ? (
            <p class="error-message" id={`${fieldId("file")}-error`}>
              <span class="visually-hidden">{v.t("common.error_label")} </span>
              {v.t(fileError.key, fileError.params)}
            </p>
          ) : null}
          <input class="input" type="file" id={fieldId("file")} name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={`${fieldId("file")}-hint${fileError ? ` ${fieldId("file")}-error` : ""}`} />
        </div>
        <button class="button" type="submit">
          {v.t("awards.preview")}
        </button>
      </form>
    </Layout>
  );
}
