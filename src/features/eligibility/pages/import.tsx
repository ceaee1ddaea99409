// Importing yearly assessments from a spreadsheet: the template, the unit and the file.
import { ErrorSummary, fieldId, fileFormAction, Notice, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

export function AssessmentImportPage({ v, form, units, notice }: { v: View; form: FormState; units: { id: number; name: string }[]; notice?: string | undefined }) {
  const labels = { unitId: v.t("field.unit"), file: v.t("eligibility.import_file") };
  const fileError = form.errors.file;
  return (
    <Layout v={v} title={v.t("eligibility.import")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("eligibility.import")}</h1>
      <p>{v.t("eligibility.import_intro")}</p>
      <p>
        <a href="/eligibility/assessments/template.xlsx" download>
          {v.t("eligibility.import_template")}
        </a>
      </p>
      <form method="post" action={fileFormAction(v, "/eligibility/assessments/import")} enctype="multipart/form-data" novalidate>
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <div class={fileError ? "field field--error" : "field"}>
          <label for={fieldId("file")}>{labels.file}</label>
          <p class="hint" id={`${fieldId("file")}-hint`}>
            {v.t("eligibility.import_file_hint")}
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
          {v.t("eligibility.import_preview")}
        </button>
      </form>
    </Layout>
  );
}
