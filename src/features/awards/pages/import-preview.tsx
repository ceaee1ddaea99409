// What an award import would do, shown before anything is written: the problems, the counts,
// and every row — to add, recorded already (đã có), or refused with its problems.
import { Csrf, Notice } from "../../../web/components";
import { birthText, Converted, ImportNotices, ImportProblems, SkippedRows } from "../../../web/import-preview";
import { DataTable } from "../../../web/table";
import { Layout } from "../../../web/layout";
import type { View } from "../../../web/view";
import type { AwardImportPreview } from "../import-awards";

export function AwardPreviewPage({ v, preview, fileId }: { v: View; preview: AwardImportPreview; fileId: string }) {
  const ok = preview.problems.length === 0;
  const original = (r: AwardImportPreview["awards"][number], header: string) => r.originals[header];
  return (
    <Layout v={v} title={v.t("awards.preview_title")}>
      <ImportProblems v={v} problems={preview.problems} title={v.t("awards.import_rejected", { n: preview.problems.length })} />
      <h1>{v.t("awards.preview_title")}</h1>
      <ImportNotices v={v} preview={preview} />
      <dl class="summary-list">
        <dt>{v.t("field.unit")}</dt>
        <dd>{preview.unit.name}</dd>
        <dt>{v.t("awards.rows_read")}</dt>
        <dd>{preview.rows}</dd>
        {ok ? (
          <>
            <dt>{v.t("awards.to_create")}</dt>
            <dd>{preview.toCreate}</dd>
            <dt>{v.t("awards.known")}</dt>
            <dd>{preview.known}</dd>
          </>
        ) : null}
      </dl>
      <h2>{v.t("imports.rows_title")}</h2>
      <DataTable
        rows={preview.awards}
        empty={v.t("imports.no_rows")}
        rowClass={(r) => (r.status === "refused" ? "row--error" : undefined)}
        columns={[
          { header: v.t("imports.row"), cell: (r) => r.row },
          {
            header: v.t("imports.status"),
            cell: (r) => (
              <>
                {v.t(`awards.status.${r.status}`)}
                {r.problems.length ? (
                  <ul>
                    {r.problems.map((p) => (
                      <li>{p}</li>
                    ))}
                  </ul>
                ) : null}
                {r.existingId ? (
                  <>
                    {" "}
                    <a href={`/awards/${r.existingId}`}>{v.t("awards.see_existing")}</a>
                  </>
                ) : null}
              </>
            ),
          },
          { header: v.t("awards.recipient"), cell: (r) => <Converted v={v} value={r.recipientLabel || r.recipient} original={original(r, "Họ và tên / Tên tập thể")} /> },
          { header: v.t("imports.birth"), cell: (r) => birthText(v, r) },
          { header: v.t("awards.form"), cell: (r) => <Converted v={v} value={r.formName} original={original(r, "Hình thức khen thưởng")} /> },
          { header: v.t("awards.year"), cell: (r) => (r.year ? String(r.year) : "") },
          { header: v.t("awards.kind"), cell: (r) => r.kindName },
          { header: v.t("awards.decision_number"), cell: (r) => r.decisionNumber },
          { header: v.t("awards.decision_date"), cell: (r) => (r.decisionDate ? v.date(r.decisionDate) : "") },
          { header: v.t("awards.deciding_body"), cell: (r) => <Converted v={v} value={r.decidingBody} original={original(r, "Cơ quan quyết định")} /> },
          { header: v.t("awards.achievement"), cell: (r) => <Converted v={v} value={r.achievement} original={original(r, "Thành tích")} /> },
        ]}
      />
      <SkippedRows v={v} skipped={preview.skipped} />
      {ok && preview.toCreate === 0 ? <Notice>{v.t("awards.nothing_new")}</Notice> : null}
      {ok && preview.toCreate > 0 ? (
        <form method="post" action="/awards/import/confirm">
          <Csrf v={v} />
          <input type="hidden" name="fileId" value={fileId} />
          <input type="hidden" name="unitId" value={String(preview.unit.id)} />
          <button class="button" type="submit">
            {v.t("awards.confirm_import", { n: preview.toCreate })}
          </button>
        </form>
      ) : null}
      <p>
        <a href={`/awards/import?unit=${preview.unit.id}`}>{v.t("awards.upload_again")}</a>
      </p>
    </Layout>
  );
}
