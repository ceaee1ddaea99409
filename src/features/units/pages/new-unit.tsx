// Adding a sub-unit (residential group, agency, organisation…) under a unit.
import { UNIT_KINDS } from "../../../domain/access/unit-kinds";
import { Csrf, ErrorSummary, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

export function NewUnitPage({ v, parent, form }: { v: View; parent: { id: number; name: string }; form: FormState }) {
  const labels = { kind: v.t("field.unit_kind"), name: v.t("field.unit_name"), code: v.t("field.unit_code") };
  return (
    <Layout v={v} title={v.t("units.add_child")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <span class="muted">{parent.name}</span>
      <h1>{v.t("units.add_child")}</h1>
      <form method="post" action={`/units/${parent.id}/new`} novalidate>
        <Csrf v={v} />
        <SelectField v={v} form={form} name="kind" label={labels.kind} placeholder={v.t("common.choose")} options={UNIT_KINDS.map((k) => ({ value: k, label: v.t(`kind.${k}`) }))} />
        <TextField v={v} form={form} name="name" label={labels.name} />
        <TextField v={v} form={form} name="code" label={labels.code} hint={v.t("units.code_hint")} width="short" />
        <button class="button" type="submit">
          {v.t("units.add_submit")}
        </button>
      </form>
    </Layout>
  );
}
