import { Csrf, ErrorSummary, fileFormAction, Notice, SelectField } from "../../web/components";
import { fieldId } from "../../web/components";
import { Layout } from "../../web/layout";
import type { FormState, View } from "../../web/view";
import type { ImportPreview } from "./import-people";

export function ImportPage({ v, form, units }: { v: View; form: FormState; units: { id: number; name: string }[] }) {
  const labels = { unitId: v.t("field.unit"), file: v.t("people.import_file") };
  const fileError = form.errors.file;
  return (
    <Layout v={v} title={v.t("people.import")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("people.import")}</h1>
      <p>{v.t("people.import_intro")}</p>
      <p>
        <a href="/people/template.xlsx" download>
          {v.t("people.template")}
        </a>
      </p>
      <form method="post" action={fileFormAction(v, "/people/import")} enctype="multipart/form-data" novalidate>
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <div class={fileError ? "field field--error" : "field"}>
          <label for={fieldId("file")}>{labels.file}</label>
          <p class="hint" id={`${fieldId("file")}-hint`}>
            {v.t("people.import_file_hint")}
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
          {v.t("people.preview")}
        </button>
      </form>
    </Layout>
  );
}

export function PreviewPage({ v, preview, fileId }: { v: View; preview: ImportPreview; fileId: string }) {
  const ok = preview.problems.length === 0;
  return (
    <Layout v={v} title={v.t("people.preview_title")}>
      {!ok ? (
        <div class="error-summary" role="alert" tabindex={-1} data-autofocus>
          <h2 class="error-summary__title">{v.t("people.import_rejected", { n: preview.problems.length })}</h2>
          <ul>
            {preview.problems.slice(0, 200).map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h1>{v.t("people.preview_title")}</h1>
      <dl class="summary-list">
        <dt>{v.t("field.unit")}</dt>
        <dd>{preview.unit.name}</dd>
        <dt>{v.t("people.rows_read")}</dt>
        <dd>{preview.rows}</dd>
        <dt>{v.t("people.to_create")}</dt>
        <dd>{preview.toCreate}</dd>
        <dt>{v.t("people.households_new")}</dt>
        <dd>{preview.households}</dd>
        <dt>{v.t("people.collectives_new")}</dt>
        <dd>
          {preview.collectives}
          {preview.collectivesKnown ? ` (${v.t("people.collectives_known", { n: preview.collectivesKnown })})` : ""}
        </dd>
      </dl>
      {preview.byUnit.length > 0 ? (
        <ul>
          {preview.byUnit.map((u) => (
            <li>
              {u.unitName}: {u.count}
            </li>
          ))}
        </ul>
      ) : null}
      {preview.duplicates.length > 0 ? (
        <>
          <h2>{v.t("people.duplicates", { n: preview.duplicates.length })}</h2>
          <ul>
            {preview.duplicates.map((d) => (
              <li>
                {v.t("people.duplicate_row", { row: d.row, name: d.fullName, date: v.date(d.birthDate) })} <a href={`/people/${d.existingId}`}>{v.t("people.see_existing")}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ok && preview.toCreate + preview.collectives > 0 ? (
        <form method="post" action="/people/import/confirm">
          <Csrf v={v} />
          <input type="hidden" name="fileId" value={fileId} />
          <input type="hidden" name="unitId" value={String(preview.unit.id)} />
          <button class="button" type="submit">
            {v.t("people.confirm_import", { n: preview.toCreate })}
          </button>
        </form>
      ) : ok ? (
        <Notice>{v.t("people.nothing_new")}</Notice>
      ) : null}
      <p>
        <a href={`/people/import?unit=${preview.unit.id}`}>{v.t("people.upload_again")}</a>
      </p>
    </Layout>
  );
}
