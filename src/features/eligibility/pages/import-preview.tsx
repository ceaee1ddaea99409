// What an assessment import would do, before anything is written: the problems, the counts, and
// every row — to add, to change (old → new), unchanged, or refused with its problems.
import { Csrf, Notice } from "../../../web/components";
import { birthText, Converted, ImportNotices, ImportProblems, SkippedRows } from "../../../web/import-preview";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import type { AssessmentImportPreview } from "../import-assessments";

export function AssessmentPreviewPage({ v, preview, fileId }: { v: View; preview: AssessmentImportPreview; fileId: string }) {
  const ok = preview.problems.length === 0;
  const rating = (r: string) => v.t(`eligibility.rating.${r}`);
  return (
    <Layout v={v} title={v.t("eligibility.import_preview_title")}>
      <ImportProblems v={v} problems={preview.problems} title={v.t("eligibility.import_rejected", { n: preview.problems.length })} />
      <h1>{v.t("eligibility.import_preview_title")}</h1>
      <ImportNotices v={v} preview={preview} />
      <dl class="summary-list">
        <dt>{v.t("field.unit")}</dt>
        <dd>{preview.unit.name}</dd>
        <dt>{v.t("eligibility.import_rows")}</dt>
        <dd>{preview.rows}</dd>
        {ok ? (
          <>
            <dt>{v.t("eligibility.import_to_add")}</dt>
            <dd>{preview.toAdd}</dd>
            <dt>{v.t("eligibility.import_to_change")}</dt>
            <dd>{preview.toChange}</dd>
            <dt>{v.t("eligibility.import_unchanged")}</dt>
            <dd>{preview.unchanged}</dd>
          </>
        ) : null}
      </dl>
      <h2>{v.t("imports.rows_title")}</h2>
      <DataTable
        rows={preview.assessments}
        empty={v.t("imports.no_rows")}
        rowClass={(r) => (r.status === "refused" ? "row--error" : undefined)}
        columns={[
          { header: v.t("imports.row"), cell: (r) => r.row },
          {
            header: v.t("imports.status"),
            cell: (r) => (
              <>
                {v.t(`eligibility.status.${r.status}`)}
                {r.problems.length ? (
                  <ul>
                    {r.problems.map((p) => (
                      <li>{p}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            ),
          },
          { header: v.t("field.full_name"), cell: (r) => <>{r.personId ? <a href={`/people/${r.personId}`}><Converted v={v} value={r.fullName} original={r.originals["Họ và tên"]} /></a> : <Converted v={v} value={r.fullName} original={r.originals["Họ và tên"]} />}</> },
          { header: v.t("imports.birth"), cell: (r) => birthText(v, r) },
          { header: v.t("field.unit"), cell: (r) => r.unitName ?? r.unit ?? "" },
          { header: v.t("eligibility.year"), cell: (r) => r.year || "" },
          { header: v.t("eligibility.rating"), cell: (r) => (r.status === "refused" ? "" : r.status === "update" && r.previous ? `${rating(r.previous)} → ${rating(r.rating)}` : rating(r.rating)) },
        ]}
      />
      <SkippedRows v={v} skipped={preview.skipped} />
      {ok && preview.toAdd + preview.toChange === 0 ? <Notice>{v.t("eligibility.import_nothing_new")}</Notice> : null}
      {ok && preview.toAdd + preview.toChange > 0 ? (
        <form method="post" action="/eligibility/assessments/import/confirm" id="confirm-import">
          <Csrf v={v} />
          <input type="hidden" name="fileId" value={fileId} />
          <input type="hidden" name="unitId" value={String(preview.unit.id)} />
          <button class="button" type="submit">
            {v.t("eligibility.import_confirm", { n: preview.toAdd, m: preview.toChange })}
          </button>
        </form>
      ) : null}
      <p>
        <a href={`/eligibility/assessments/import?unit=${preview.unit.id}`}>{v.t("eligibility.import_again")}</a>
      </p>
    </Layout>
  );
}
