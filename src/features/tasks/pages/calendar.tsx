// The working-day calendar's data: the days off of a year, and the adjustments the government announces.
import type { Holiday } from "../../../domain/calendar/holidays";
import { Csrf, ErrorSummary, Notice, PostButton, RadioField, DateField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { emptyForm, type FormState, type View } from "../../../web/view";
import type { CalendarYear } from "../../calendar/manage-adjustments";

function kindLabel(v: View, day: Holiday): string {
  return v.t(`calendar.kind.${day.kind}` as "calendar.kind.holiday");
}

export function CalendarPage({ v, data, form, notice }: { v: View; data: CalendarYear; form: FormState; notice?: string | undefined }) {
  const labels = { date: v.t("calendar.field.date"), kind: v.t("calendar.field.kind"), name: v.t("calendar.field.name"), source: v.t("calendar.field.source") };
  const name = (d: Holiday) => (v.lang === "vi" ? d.name : d.nameEn);
  return (
    <Layout v={v} title={v.t("calendar.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("calendar.title")}</h1>
      <form method="get" action="/calendar" class="search-row">
        <TextField v={v} form={emptyForm({ year: String(data.year) })} name="year" label={v.t("calendar.year")} width="short" />
        <button class="button button--secondary" type="submit">{v.t("tasks.show")}</button>
      </form>
      <h2>{v.t("calendar.days_off", { year: data.year })}</h2>
      <DataTable
        rows={data.days}
        columns={[
          { header: v.t("calendar.column.date"), cell: (d) => v.date(d.date) },
          { header: v.t("calendar.column.kind"), cell: (d) => kindLabel(v, d) },
          { header: v.t("calendar.column.name"), cell: (d) => name(d) },
        ]}
      />
      <h2>{v.t("calendar.adjustments")}</h2>
      <DataTable
        rows={data.adjustments}
        empty={v.t("calendar.no_adjustments")}
        columns={[
          { header: v.t("calendar.column.date"), cell: (a) => v.date(a.date) },
          { header: v.t("calendar.column.kind"), cell: (a) => v.t(a.kind === "working_day" ? "calendar.kind.working_day" : "calendar.kind.day_off") },
          { header: v.t("calendar.column.name"), cell: (a) => (v.lang === "en" && a.nameEn ? a.nameEn : a.name) },
          { header: v.t("calendar.column.source"), cell: (a) => a.source },
          {
            header: <span class="visually-hidden">{v.t("calendar.remove")}</span>,
            cell: (a) => <PostButton v={v} action={`/calendar/adjustments/${a.date}/delete`} label={v.t("calendar.remove")} secondary />,
          },
        ]}
      />
      <h2>{v.t("calendar.add")}</h2>
      <form method="post" action="/calendar/adjustments" novalidate>
        <Csrf v={v} />
        <DateField v={v} form={form} name="date" label={labels.date} type="date" />
        <RadioField v={v} form={form} name="kind" label={labels.kind} options={(["day_off", "working_day"] as const).map((k) => ({ value: k, label: v.t(`calendar.kind.${k}`) }))} />
        <TextField v={v} form={form} name="name" label={labels.name} width="full" />
        <TextField v={v} form={form} name="source" label={labels.source} hint={v.t("calendar.source_hint")} width="full" />
        <button class="button" type="submit">{v.t("calendar.add")}</button>
      </form>
    </Layout>
  );
}
