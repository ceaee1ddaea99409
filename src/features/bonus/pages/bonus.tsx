// The bonus calculator: the form typed as officials say it, the recipient, the issue date and
// (for a province's own rules) the unit; the answer with its figures, its words and its articles.
import { DateField, ErrorSummary, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { BonusAnswer } from "../calculate-bonus";

const money = (v: View, n: number) => new Intl.NumberFormat(v.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 }).format(n);

function Answer({ v, answer }: { v: View; answer: BonusAnswer }) {
  const b = answer.bonus;
  return (
    <section class="panel" aria-labelledby="bonus-result">
      <h2 id="bonus-result">{v.t("bonus.result")}: {answer.form.code} — {answer.form.name}</h2>
      {b.ok ? (
        <dl class="facts">
          <dt>{v.t("bonus.on")}</dt><dd>{v.date(b.on)}</dd>
          <dt>{v.t("bonus.coefficient")}</dt><dd>{money(v, b.coefficient)}{b.ofPersonAmount ? ` (${v.t("bonus.of_person", { n: money(v, b.ofPersonAmount) })})` : ""}</dd>
          <dt>{v.t("bonus.base_salary")}</dt><dd>{money(v, b.baseSalary)} đồng</dd>
          <dt>{v.t("bonus.exact")}</dt><dd>{money(v, b.exact)} đồng</dd>
          <dt>{v.t("bonus.amount")}</dt><dd><strong>{money(v, b.amount)} đồng</strong>{b.roundUpTo ? ` (${v.t("bonus.rounded", { n: money(v, b.roundUpTo) })})` : ""}</dd>
          <dt>{v.t("bonus.words")}</dt><dd>{answer.words}</dd>
          <dt>{v.t("bonus.articles")}</dt>
          <dd>
            <ul class="plain">
              {b.articles.map((a) => <li>{v.t(`bonus.part.${a.part}`)}: {a.citation}{a.unconfirmed ? ` (${v.t("catalogue.unconfirmed")})` : ""}</li>)}
            </ul>
          </dd>
        </dl>
      ) : (
        <p>{v.t(`bonus.problem.${b.problem}`)}{b.citation ? ` (${b.citation})` : ""}</p>
      )}
    </section>
  );
}

export function BonusPage({ v, form, units, answer }: { v: View; form: FormState; units: { id: number; name: string }[]; answer: BonusAnswer | null }) {
  const labels = { _form: "", form: v.t("bonus.form"), on: v.t("bonus.on"), recipient: v.t("bonus.recipient"), unitId: v.t("bonus.unit") };
  return (
    <Layout v={v} title={v.t("bonus.title")}>
      <h1>{v.t("bonus.title")}</h1>
      <p>{v.t("bonus.intro")}</p>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <form method="get" action="/bonus" class="panel" novalidate>
        <TextField v={v} form={form} name="form" label={labels.form} hint={v.t("bonus.form_hint")} />
        <SelectField v={v} form={form} name="recipient" label={labels.recipient} options={["person", "household", "collective", "unit"].map((r) => ({ value: r, label: v.t(`catalogue.opt.recipients.${r}`) }))} />
        <DateField v={v} form={form} name="on" label={labels.on} />
        {units.length ? <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("bonus.unit_national")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} /> : null}
        <button class="button" type="submit">{v.t("bonus.submit")}</button>
      </form>
      {answer ? <Answer v={v} answer={answer} /> : null}
    </Layout>
  );
}
