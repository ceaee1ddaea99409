// The first page of every list import (people, awards, yearly assessments): the template to
// download, the unit the rows go to, and the .xlsx file, checked before the preview.
import { ErrorSummary, fieldId, fileFormAction, Notice, SelectField } from "./components";
import { Layout } from "./layout";
import type { FormState, View } from "./view";

export interface ImportUploadTexts {
  /** Message keys of the page: its title, the paragraph under it, the template link, the file field, its hint, the button. */
  title: string;
  intro: string;
  template: string;
  file: string;
  fileHint: string;
  submit: string;
}

export function ImportUploadPage({
  v,
  form,
  units,
  texts,
  templateHref,
  action,
  notice,
}: {
  v: View;
  form: FormState;
  units: { id: number; name: string }[];
  texts: ImportUploadTexts;
  templateHref: string;
  action: string;
  notice?: string | undefined;
}) {
  const labels = { unitId: v.t("field.unit"), file: v.t(texts.file) };
  const fileError = form.errors.file;
  const id = fieldId("file");
  return (
    <Layout v={v} title={v.t(texts.title)}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t(texts.title)}</h1>
      <p>{v.t(texts.intro)}</p>
      <p>
        <a href={templateHref} download>
          {v.t(texts.template)}
        </a>
      </p>
      <form method="post" action={fileFormAction(v, action)} enctype="multipart/form-data" novalidate>
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <div class={fileError ? "field field--error" : "field"}>
          <label for={id}>{labels.file}</label>
          <p class="hint" id={`${id}-hint`}>
            {v.t(texts.fileHint)}
          </p>
          {fileError ? (
            <p class="error-message" id={`${id}-error`}>
              <span class="visually-hidden">{v.t("common.error_label")} </span>
              {v.t(fileError.key, fileError.params)}
            </p>
          ) : null}
          <input class="input" type="file" id={id} name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ""}`} />
        </div>
        <button class="button" type="submit">
          {v.t(texts.submit)}
        </button>
      </form>
    </Layout>
  );
}
