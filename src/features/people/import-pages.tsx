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

/** A birth as the preview shows it: the day, or the year alone. */
function birthText(v: View, r: { birthDate: string | null; birthYear: number | null }) {
  return r.birthDate ? v.date(r.birthDate) : r.birthYear ? v.t("imports.birth_year", { year: r.birthYear }) : "";
}

/** A converted value with what the file held, so that a wrong conversion is seen before confirming. */
function Converted({ v, value, original }: { v: View; value: string; original: string | undefined }) {
  return (
    <>
      {value}
      {original ? (
        <>
          <br />
          <small class="hint">{v.t("imports.typed_as", { text: original })}</small>
        </>
      ) : null}
    </>
  );
}

export function PreviewPage({ v, preview, fileId }: { v: View; preview: ImportPreview; fileId: string }) {
  const ok = preview.problems.length === 0;
  const header = (key: string) => ({ fullName: "Họ và tên", gender: "Giới tính", ethnicity: "Dân tộc", address: "Địa chỉ", unit: "Nơi sinh hoạt" })[key]!;
  const original = (r: ImportPreview["people"][number], key: string) => r.originals[header(key)];
  const flagged = preview.people.filter((r) => r.status === "duplicate");
  return (
    <Layout v={v} title={v.t("people.preview_title")}>
      {!ok ? (
        <div class="error-summary" role="alert" tabindex={-1} data-autofocus>
          <h2 class="error-summary__title">{v.t("people.import_rejected", { n: preview.problems.length })}</h2>
          <p>{v.t("imports.rejected_no_add")}</p>
          <ul>
            {preview.problems.slice(0, 200).map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h1>{v.t("people.preview_title")}</h1>
      {preview.decoded.map((d) => (
        <Notice>{v.t("imports.decoded", { header: d.header, encoding: d.encoding })}</Notice>
      ))}
      {preview.ignoredColumns.length ? <Notice>{v.t("imports.ignored_columns", { columns: preview.ignoredColumns.join(", ") })}</Notice> : null}
      <dl class="summary-list">
        <dt>{v.t("field.unit")}</dt>
        <dd>{preview.unit.name}</dd>
        <dt>{v.t("people.rows_read")}</dt>
        <dd>{preview.rows}</dd>
        {ok ? (
          <>
            <dt>{v.t("people.to_create")}</dt>
            <dd>{preview.toCreate}</dd>
            <dt>{v.t("imports.to_update")}</dt>
            <dd>{preview.toUpdate}</dd>
            <dt>{v.t("imports.unchanged")}</dt>
            <dd>{preview.unchanged}</dd>
            <dt>{v.t("people.households_new")}</dt>
            <dd>{preview.households}</dd>
            <dt>{v.t("people.collectives_new")}</dt>
            <dd>
              {preview.collectives}
              {preview.collectivesKnown ? ` (${v.t("people.collectives_known", { n: preview.collectivesKnown })})` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      {ok && preview.byUnit.length > 0 ? (
        <ul id="by-unit">
          {preview.byUnit.map((u) => (
            <li>
              {u.unitName}: {u.count}
            </li>
          ))}
        </ul>
      ) : null}
      {flagged.length > 0 ? <h2>{v.t("people.duplicates", { n: flagged.length })}</h2> : null}
      <h2>{v.t("imports.rows_title")}</h2>
      {preview.people.length === 0 ? (
        <p>{v.t("imports.no_rows")}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{v.t("imports.row")}</th>
                <th scope="col">{v.t("imports.status")}</th>
                <th scope="col">{v.t("field.full_name")}</th>
                <th scope="col">{v.t("field.gender")}</th>
                <th scope="col">{v.t("imports.birth")}</th>
                <th scope="col">{v.t("field.ethnicity")}</th>
                <th scope="col">{v.t("field.unit")}</th>
                <th scope="col">{v.t("field.address")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.people.map((r) => (
                <tr id={`row-${r.row}`} class={r.status === "refused" ? "row--error" : undefined}>
                  <td>{r.row}</td>
                  <td>
                    {v.t(`imports.status.${r.status}`)}
                    {r.status === "refused" ? (
                      <ul>
                        {r.problems.map((p) => (
                          <li>{p}</li>
                        ))}
                      </ul>
                    ) : null}
                    {r.changes.length ? (
                      <ul>
                        {r.changes.map((c) => (
                          <li>{v.t("imports.change", { column: c.column, from: c.from || v.t("imports.empty_value"), to: c.to })}</li>
                        ))}
                      </ul>
                    ) : null}
                    {(r.status === "update" || r.status === "same") && r.existingId ? (
                      <>
                        {" "}
                        <a href={`/people/${r.existingId}`}>{v.t("people.see_existing")}</a>
                      </>
                    ) : null}
                    {r.status === "duplicate" && r.existingId ? (
                      <>
                        {" "}
                        <a href={`/people/${r.existingId}`}>{v.t("people.see_existing")}</a>
                        {ok ? (
                          <label class="checkbox">
                            <input type="checkbox" name={`addAnyway.${r.row}`} value="on" form="confirm-import" /> {v.t("imports.add_anyway")}
                          </label>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                  <td>
                    <Converted v={v} value={r.fullName} original={original(r, "fullName")} />
                  </td>
                  <td>{r.gender ? v.t(`gender.${r.gender}`) : ""}</td>
                  <td>{birthText(v, r)}</td>
                  <td>
                    <Converted v={v} value={r.ethnicity ?? ""} original={original(r, "ethnicity")} />
                  </td>
                  <td>{r.unitName}</td>
                  <td>
                    <Converted v={v} value={r.address ?? ""} original={original(r, "address")} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.skipped.length > 0 ? (
        <>
          <h2>{v.t("imports.skipped_title")}</h2>
          <ul>
            {preview.skipped.map((s) => (
              <li>{v.t("imports.skipped_row", { row: s.row, reason: v.t(`imports.skipped.${s.reason}`), text: s.text.length > 120 ? s.text.slice(0, 117) + "…" : s.text })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {ok && preview.toCreate + preview.collectives + preview.toUpdate === 0 ? <Notice>{v.t("people.nothing_new")}</Notice> : null}
      {ok && preview.toCreate + preview.collectives + preview.toUpdate + flagged.length > 0 ? (
        <form method="post" action="/people/import/confirm" id="confirm-import">
          <Csrf v={v} />
          <input type="hidden" name="fileId" value={fileId} />
          <input type="hidden" name="unitId" value={String(preview.unit.id)} />
          <button class="button" type="submit">
            {preview.toUpdate > 0
              ? v.t("imports.confirm_with_updates", { n: preview.toCreate, m: preview.toUpdate })
              : preview.toCreate + preview.collectives > 0
                ? v.t("people.confirm_import", { n: preview.toCreate })
                : v.t("imports.add_chosen")}
          </button>
        </form>
      ) : null}
      <p>
        <a href={`/people/import?unit=${preview.unit.id}`}>{v.t("people.upload_again")}</a>
      </p>
    </Layout>
  );
}
