// What an import would do, shown before anything is written: the problems, the counts, the duplicates.
import { Csrf, Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { View } from "../../../web/view";
import type { ImportPreview } from "../import-people";

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
