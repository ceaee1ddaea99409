// Publishing a list: the government first (when the standing member serves more than one), then
// the accepted nominations to put on it, the first day and, optionally, a title.
import { Csrf, DateField, ErrorSummary, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import { CheckboxGroup } from "../../movements/pages/parts";
import type { disclosureCandidates } from "../candidates";

type Choices = Awaited<ReturnType<typeof disclosureCandidates>>;

export function PublishPage({ v, choices, form }: { v: View; choices: Choices; form: FormState }) {
  const labels = { _form: "", startsOn: v.t("disclosure.starts_on"), title: v.t("disclosure.list_title"), nominationIds: v.t("disclosure.candidates"), unitId: v.t("disclosure.unit") };
  return (
    <Layout v={v} title={v.t("disclosure.new")}>
      <p><a href="/disclosures">{v.t("disclosure.title")}</a></p>
      <h1>{v.t("disclosure.new")}</h1>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      {choices.unit === null ? (
        choices.governments.length ? (
          <>
            <h2>{v.t("disclosure.choose_unit")}</h2>
            <ul>{choices.governments.map((g) => <li><a href={`/disclosures/new?unit=${g.id}`}>{g.name}</a></li>)}</ul>
          </>
        ) : (
          <p>{v.t("disclosure.no_candidates")}</p>
        )
      ) : (
        <form method="post" action="/disclosures/new" novalidate>
          <Csrf v={v} />
          <input type="hidden" name="unitId" value={String(choices.unit.id)} />
          <p>{v.t("disclosure.unit")}: <strong>{choices.unit.name}</strong></p>
          {choices.nominations.length ? (
            <CheckboxGroup
              v={v}
              form={form}
              name="nominationIds"
              legend={labels.nominationIds}
              hint={v.t("disclosure.candidates_hint")}
              items={choices.nominations.map((n) => ({ name: `nomination.${n.id}`, label: `${n.nomineeName} – ${n.formName} (${n.year}) – ${n.unitName}`, checked: form.values[`nomination.${n.id}`] === "on" }))}
            />
          ) : (
            <p>{v.t("disclosure.no_candidates")}</p>
          )}
          <DateField v={v} form={form} name="startsOn" label={labels.startsOn} hint={v.t("disclosure.starts_on_hint")} />
          <TextField v={v} form={form} name="title" label={labels.title} hint={v.t("disclosure.list_title_hint")} />
          <button class="button" type="submit">{v.t("disclosure.publish")}</button>
        </form>
      )}
    </Layout>
  );
}
