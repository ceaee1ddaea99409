// Declaring a relative of a person: who, and what they are to the person.
import { Csrf, ErrorSummary, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { relativeChoices } from "../list-relatives";
import { RELATIVE_KINDS } from "../relative-input";

type Choices = Awaited<ReturnType<typeof relativeChoices>>;

export function DeclareRelativePage({ v, choices, form }: { v: View; choices: Choices; form: FormState }) {
  const { person } = choices;
  const labels = { _form: "", relativeId: v.t("relatives.relative"), kind: v.t("relatives.kind") };
  const title = v.t("relatives.declare_title", { name: person.fullName });
  return (
    <Layout v={v} title={title}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{title}</h1>
      <p>{v.t("relatives.declare_hint")}</p>
      <form method="post" action={`/people/${person.id}/relatives`} class="panel" novalidate>
        <Csrf v={v} />
        <SelectField v={v} form={form} name="relativeId" label={labels.relativeId} placeholder={v.t("common.choose")} options={choices.options.map((p) => ({ value: String(p.id), label: p.birthYear ? `${p.fullName} (${p.birthYear})` : p.fullName }))} />
        <SelectField v={v} form={form} name="kind" label={labels.kind} hint={v.t("relatives.relative_hint", { name: person.fullName })} placeholder={v.t("common.choose")} options={RELATIVE_KINDS.map((k) => ({ value: k, label: v.t(`relatives.kind.${k}`) }))} />
        <button class="button" type="submit">{v.t("relatives.declare_submit")}</button>
      </form>
      <p><a href={`/people/${person.id}`}>{v.t("common.back")}</a></p>
    </Layout>
  );
}
