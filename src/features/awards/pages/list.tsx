// The award registry: every award the actor may see, searched with or without diacritics, filtered, a page at a time.
import { Notice, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable, pageCount, Pagination } from "../../../web/table";
import { emptyForm, type View } from "../../../web/view";
import type { listAwards } from "../list-awards";
import { recipientLink } from "../get-award";
import { yearText } from "./parts";

type AwardList = Awaited<ReturnType<typeof listAwards>>;

export function AwardsPage({ v, list, notice }: { v: View; list: AwardList; notice?: string | undefined }) {
  const form = emptyForm({ q: list.q, form: list.filters.form ?? "", year: list.filters.year ? String(list.filters.year) : "", recipientKind: list.filters.recipientKind ?? "" });
  const params = { q: list.q, form: list.filters.form, year: list.filters.year, recipientKind: list.filters.recipientKind, unit: list.unit?.id };
  return (
    <Layout v={v} title={v.t("awards.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{list.unit ? v.t("awards.title_of", { unit: list.unit.name }) : v.t("awards.title")}</h1>
      <form method="get" action="/awards" class="search-row" role="search">
        {list.unit ? <input type="hidden" name="unit" value={String(list.unit.id)} /> : null}
        <TextField v={v} form={form} name="q" label={v.t("awards.search_label")} hint={v.t("awards.search_hint")} />
        <SelectField v={v} form={form} name="form" label={v.t("awards.form")} placeholder={v.t("awards.any")} options={list.forms.map((f) => ({ value: f.code, label: v.lang === "en" ? f.nameEn : f.name }))} />
        <TextField v={v} form={form} name="year" label={v.t("awards.year")} width="short" />
        <SelectField v={v} form={form} name="recipientKind" label={v.t("awards.recipient_kind")} placeholder={v.t("awards.any")} options={["person", "household", "collective", "unit"].map((k) => ({ value: k, label: v.t(`awards.recipient.${k}`) }))} />
        <button class="button button--secondary" type="submit">
          {v.t("setup.search_submit")}
        </button>
      </form>
      {list.canManage ? (
        <p>
          <a class="button" href="/awards/new">
            {v.t("awards.record")}
          </a>{" "}
          <a class="button button--secondary" href={`/awards/import${list.unit ? `?unit=${list.unit.id}` : ""}`}>
            {v.t("awards.import")}
          </a>
        </p>
      ) : null}
      <p class="muted">{v.t("awards.count", { n: list.total.toLocaleString(v.lang === "vi" ? "vi-VN" : "en-GB") })}</p>
      <DataTable
        rows={list.awards}
        empty={v.t("awards.none")}
        columns={[
          { header: v.t("awards.recipient"), cell: (a) => <a href={recipientLink(a)}>{a.recipientName}</a> },
          { header: v.t("awards.form"), cell: (a) => <a href={`/awards/${a.id}`}>{a.formName}</a> },
          { header: v.t("awards.year"), cell: (a) => yearText(v, a) },
          { header: v.t("awards.decision_number"), cell: (a) => (a.revokedBy ? <>{a.decisionNumber} <strong>({v.t("awards.revoked_by", { number: a.revokedBy.numberSymbol, date: v.date(a.revokedBy.issuedOn) })})</strong></> : a.decisionNumber) },
          { header: v.t("awards.decision_date"), cell: (a) => v.date(a.decisionDate) },
          { header: v.t("field.unit"), cell: (a) => a.unitName },
        ]}
      />
      <Pagination v={v} path="/awards" params={params} page={list.page} pages={pageCount(list.total, list.pageSize)} />
    </Layout>
  );
}
