// The fairness view: the nominated and the awarded of a year beside everyone of the unit, with
// the law's priority warnings.
import type { FairnessView, Share } from "../../../domain/fairness/fairness";
import { TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { emptyForm, type View } from "../../../web/view";
import type { getFairness } from "../fairness-view";

type Data = Awaited<ReturnType<typeof getFairness>>;

const percent = (v: View, x: number | null) => (x === null ? "—" : `${(Math.round(x * 1000) / 10).toLocaleString(v.lang === "vi" ? "vi-VN" : "en-GB")}%`);

function Breakdown({ v, title, shares, label }: { v: View; title: string; shares: Share[]; label: (key: string) => string }) {
  return (
    <DataTable
      caption={title}
      rows={shares}
      empty="—"
      columns={[
        { header: title, cell: (s) => label(s.key) },
        { header: v.t("fairness.count"), cell: (s) => String(s.count) },
        { header: v.t("fairness.share"), cell: (s) => percent(v, s.share) },
        { header: v.t("fairness.base_share"), cell: (s) => percent(v, s.baseShare) },
      ]}
    />
  );
}

function Section({ v, title, view }: { v: View; title: string; view: FairnessView }) {
  const value = (dimension: string) => (key: string) => (key === "unknown" ? v.t("fairness.unknown") : v.t(`fairness.${dimension}.${key}`));
  return (
    <section>
      <h2>{title} ({view.total})</h2>
      {view.warnings.map((w) => (
        <div class="panel panel--warning" role="alert">
          <p>{v.t(w.key, w.params)}</p>
          <p class="muted">{w.citation}</p>
        </div>
      ))}
      <Breakdown v={v} title={v.t("fairness.by_gender")} shares={view.byGender} label={value("gender")} />
      <Breakdown v={v} title={v.t("fairness.by_age")} shares={view.byAge} label={value("age")} />
      <Breakdown v={v} title={v.t("fairness.by_ethnicity")} shares={view.byEthnicity} label={(k) => (k === "unknown" ? v.t("fairness.unknown") : k)} />
      <Breakdown v={v} title={v.t("fairness.frontline")} shares={view.frontline} label={value("yes_no")} />
      <Breakdown v={v} title={v.t("fairness.leaders")} shares={view.leaders} label={value("yes_no")} />
      <Breakdown v={v} title={v.t("fairness.by_group")} shares={view.byGroup} label={(k) => k} />
    </section>
  );
}

export function FairnessPage({ v, data }: { v: View; data: Data }) {
  const title = v.t("fairness.title", { unit: data.unit.name, year: data.year });
  return (
    <Layout v={v} title={title}>
      <h1>{title}</h1>
      <form method="get" action="/fairness" class="search-row">
        <input type="hidden" name="unit" value={String(data.unit.id)} />
        <TextField v={v} form={emptyForm({ year: String(data.year) })} name="year" label={v.t("nominations.year")} width="short" />
        <button class="button button--secondary" type="submit">{v.t("setup.search_submit")}</button>
      </form>
      <p class="muted">{v.t("fairness.intro", { people: data.people })}</p>
      <Section v={v} title={v.t("fairness.nominated")} view={data.nominated} />
      <Section v={v} title={v.t("fairness.awarded")} view={data.awarded} />
    </Layout>
  );
}
