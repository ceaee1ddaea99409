// What an import would do, shown before anything is written: the problems, the counts, and
// every row — to add, to update, unchanged, likely recorded already, or refused.
import { Csrf, Notice } from "../../../web/components";
import { birthText, Converted, ImportNotices, ImportProblems, SkippedRows } from "../../../web/import-preview";
import { DataTable } from "../../../web/table";
import { Layout } from "../../../web/layout";
import type { View } from "../../../web/view";
import type { ImportPreview } from "../import-people";

export function PreviewPage({ v, preview, fileId }: { v: View; preview: ImportPreview; fileId: string }) {
  const ok = preview.problems.length === 0;
  const header = (key: string) => ({ fullName: "Họ và tên", gender: "Giới tính", ethnicity: "Dân tộc", address: "Địa chỉ", unit: "Nơi sinh hoạt" })[key]!;
  const original = (r: ImportPreview["people"][number], key: string) => r.originals[header(key)];
  const flagged = preview.people.filter((r) => r.status === "duplicate");
  return (
    <Layout v={v} title={v.t("people.preview_title")}>
      <ImportProblems v={v} problems={preview.problems} title={v.t("people.import_rejected", { n: preview.problems.length })} />
      <h1>{v.t("people.preview_title")}</h1>
      <ImportNotices v={v} preview={preview} />
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
      <DataTable
        rows={preview.people}
        empty={v.t("imports.no_rows")}
        rowClass={(r) => (r.status === "refused" ? "row--error" : undefined)}
        columns={[
          { header: v.t("imports.row"), cell: (r) => r.row },
          { header: v.t("imports.status"), cell: (r) => <RowOutcome v={v} r={r} canAddAnyway={ok} /> },
          { header: v.t("field.full_name"), cell: (r) => <Converted v={v} value={r.fullName} original={original(r, "fullName")} /> },
          { header: v.t("field.gender"), cell: (r) => (r.gender ? v.t(`gender.${r.gender}`) : "") },
          { header: v.t("imports.birth"), cell: (r) => birthText(v, r) },
          { header: v.t("field.ethnicity"), cell: (r) => <Converted v={v} value={r.ethnicity ?? ""} original={original(r, "ethnicity")} /> },
          { header: v.t("field.unit"), cell: (r) => r.unitName },
          { header: v.t("field.address"), cell: (r) => <Converted v={v} value={r.address ?? ""} original={original(r, "address")} /> },
        ]}
      />
      <SkippedRows v={v} skipped={preview.skipped} />
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

/** What happens to a row: its problems, what it changes, the person recorded already, "add anyway". */
function RowOutcome({ v, r, canAddAnyway }: { v: View; r: ImportPreview["people"][number]; canAddAnyway: boolean }) {
  return (
    <>
      {v.t(`imports.status.${r.status}`)}
      {r.problems.length ? (
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
      {r.existingId ? (
        <>
          {" "}
          <a href={`/people/${r.existingId}`}>{v.t("people.see_existing")}</a>
        </>
      ) : null}
      {r.status === "duplicate" && canAddAnyway ? (
        <label class="checkbox">
          <input type="checkbox" name={`addAnyway.${r.row}`} value="on" form="confirm-import" /> {v.t("imports.add_anyway")}
        </label>
      ) : null}
    </>
  );
}
