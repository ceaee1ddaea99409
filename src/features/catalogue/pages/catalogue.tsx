// The catalogue in force for a unit on a day, grouped by kind, each entry with its source,
// its dates, its layer and, when not confirmed, the "cần xác nhận" mark.
import type { EntryKind, EntryValues } from "../../../domain/catalogue/entries";
import type { LayeredEntry } from "../../../domain/catalogue/in-force";
import { formatShortDate } from "../../../domain/text/dates";
import { DateField, Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable, type Column } from "../../../web/table";
import { emptyForm, type FormState, type View } from "../../../web/view";
import { KIND_ORDER } from "../describe";
import type { CatalogueView } from "../get-catalogue";
import { Content, datesText, entryLabel, historyHref, layerText, newVersionHref, Source, UnconfirmedMark } from "./parts";

export function CataloguePage({ v, data, form, notice }: { v: View; data: CatalogueView; form?: FormState | undefined; notice?: string | undefined }) {
  const { catalogue, unit } = data;
  const unitId = unit?.id ?? null;
  const addable = new Set(data.addable);
  const title = v.t("catalogue.title");
  const unconfirmed = catalogue.entries.filter((e) => e.unconfirmed).length;
  const common: Column<LayeredEntry>[] = [
    { header: v.t("catalogue.col.source"), cell: (e) => <Source v={v} e={e} /> },
    { header: v.t("catalogue.col.valid"), cell: (e) => datesText(v, e) },
    { header: v.t("catalogue.col.layer"), cell: (e) => layerText(v, e) },
    {
      header: v.t("catalogue.col.actions"),
      cell: (e) => (
        <>
          <a href={historyHref(e, unitId)}>{v.t("catalogue.history")}</a>
          {addable.has(`${e.kind}/${e.code}`) ? (
            <>
              <br />
              <a href={newVersionHref(e, unitId)}>{v.t("catalogue.add_version")}</a>
            </>
          ) : null}
        </>
      ),
    },
  ];
  const formColumns: Column<LayeredEntry>[] = [
    { header: v.t("catalogue.col.code"), cell: (e) => e.code, rowHeader: true },
    {
      header: v.t("catalogue.col.name"),
      cell: (e) => {
        const form = e.value as EntryValues["form"];
        return `${v.lang === "en" ? form.nameEn : form.name} (${v.t(`catalogue.opt.category.${form.category}`)}${form.yearly ? `, ${v.t("catalogue.words.yearly")}` : ""})`;
      },
    },
    { header: v.t("catalogue.col.recipients"), cell: (e) => (e.value as EntryValues["form"]).recipients.map((r) => v.t(`catalogue.opt.recipients.${r}`)).join(", ") },
    {
      header: v.t("catalogue.col.decided_by"),
      cell: (e) => {
        const a = catalogue.get("authority", e.code);
        if (!a) return v.t("catalogue.not_decided");
        const value = a.value as EntryValues["authority"];
        return (
          <>
            {value.decidedBy} <UnconfirmedMark v={v} e={a} />
            <p class="hint">
              {a.citation}; {datesText(v, a)} · <a href={historyHref(a, unitId)}>{v.t("catalogue.history")}</a>
            </p>
          </>
        );
      },
    },
    ...common,
  ];
  const otherColumns: Column<LayeredEntry>[] = [
    { header: v.t("catalogue.col.applies_to"), cell: (e) => entryLabel(v, catalogue, e), rowHeader: true },
    { header: v.t("catalogue.col.content"), cell: (e) => <Content v={v} catalogue={catalogue} e={e} /> },
    ...common,
  ];
  const kinds = KIND_ORDER.filter((k): k is Exclude<EntryKind, "authority"> => k !== "authority");
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{title}</h1>
      <p>{unit ? v.t("catalogue.intro", { unit: unit.name, date: v.date(data.on) }) : v.t("catalogue.intro_national", { date: v.date(data.on) })}</p>
      <p><a href={`/bonus?on=${formatShortDate(data.on)}${unit ? `&unitId=${unit.id}` : ""}&recipient=person&form=`}>{v.t("nav.bonus")}</a></p>
      <form method="get" action="/catalogue" class="search-row">
        {unit ? <input type="hidden" name="unit" value={String(unit.id)} /> : null}
        <DateField v={v} form={form ?? emptyForm({ on: formatShortDate(data.on) })} name="on" label={v.t("catalogue.on")} />
        <button class="button button--secondary" type="submit">{v.t("catalogue.show")}</button>
      </form>
      {unconfirmed > 0 ? <p class="hint">{v.t("catalogue.unconfirmed_count", { n: unconfirmed })}</p> : null}
      <ul>
        {kinds.map((k) => (
          <li>
            <a href={`#kind-${k}`}>{v.t(`catalogue.kind.${k}`)}</a>
          </li>
        ))}
      </ul>
      {kinds.map((k) => (
        <section>
          <h2 id={`kind-${k}`}>{v.t(`catalogue.kind.${k}`)}</h2>
          <DataTable rows={catalogue.all(k)} empty={v.t("catalogue.none_for_kind")} columns={k === "form" ? formColumns : otherColumns} />
        </section>
      ))}
    </Layout>
  );
}
