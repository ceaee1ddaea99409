// The nominations the actor may see; the council's standing member's intake, a page at a time.
import { Notice, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable, pageCount, Pagination } from "../../../web/table";
import { emptyForm, type View } from "../../../web/view";
import { NOMINATION_STATUSES } from "../../../domain/nominations/workflow";
import { PAGE_SIZE, type listNominations } from "../list-nominations";
import { NominationStatus, VerdictTag } from "./parts";

type List = Awaited<ReturnType<typeof listNominations>>;

export function NominationsPage({ v, list, canCreate, screens, fairness, notice }: { v: View; list: List; canCreate: boolean; screens: boolean; fairness: boolean; notice?: string | undefined }) {
  const q = list.query;
  const form = emptyForm({ q: q.q ?? "", status: q.status ?? "", year: q.year ? String(q.year) : "", view: q.view });
  const title = q.view === "intake" ? v.t("nominations.intake") : v.t("nominations.title");
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{title}</h1>
      {screens ? (
        <p>
          <a href="/nominations" aria-current={q.view === "all" ? "page" : undefined}>{v.t("nominations.all")}</a> ·{" "}
          <a href="/nominations?view=intake" aria-current={q.view === "intake" ? "page" : undefined}>{v.t("nominations.intake")}</a>
        </p>
      ) : null}
      {canCreate || fairness ? (
        <p>
          {canCreate ? <a class="button" href="/nominations/new">{v.t("nominations.new")}</a> : null}{" "}
          {fairness ? <a href="/fairness">{v.t("fairness.link")}</a> : null}
        </p>
      ) : null}
      <form method="get" action="/nominations" class="search-row" role="search">
        <input type="hidden" name="view" value={q.view} />
        <TextField v={v} form={form} name="q" label={v.t("nominations.search_label")} />
        <SelectField v={v} form={form} name="status" label={v.t("nominations.status")} placeholder={v.t("awards.any")} options={NOMINATION_STATUSES.map((s) => ({ value: s, label: v.t(`nominations.status.${s}`) }))} />
        <TextField v={v} form={form} name="year" label={v.t("nominations.year")} width="short" />
        <button class="button button--secondary" type="submit">{v.t("setup.search_submit")}</button>
      </form>
      <p class="muted">{v.t("nominations.count", { n: list.total.toLocaleString(v.lang === "vi" ? "vi-VN" : "en-GB") })}</p>
      <DataTable
        rows={list.rows}
        empty={v.t("nominations.none")}
        columns={[
          { header: v.t("nominations.nominee"), cell: (n) => <a href={`/nominations/${n.id}`}>{n.nomineeName}</a> },
          { header: v.t("nominations.form"), cell: (n) => n.formName },
          { header: v.t("nominations.year"), cell: (n) => String(n.year) },
          { header: v.t("nominations.unit"), cell: (n) => n.unitName },
          { header: v.t("nominations.status"), cell: (n) => <NominationStatus v={v} status={n.status} /> },
          { header: v.t("nominations.verdict"), cell: (n) => <VerdictTag v={v} verdict={n.verdict} /> },
          { header: v.t("nominations.handler"), cell: (n) => n.handlerName ?? "—" },
        ]}
      />
      <Pagination v={v} path="/nominations" params={{ q: q.q, status: q.status, year: q.year, view: q.view === "intake" ? "intake" : undefined }} page={q.page} pages={pageCount(list.total, PAGE_SIZE)} />
    </Layout>
  );
}
