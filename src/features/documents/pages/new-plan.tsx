// Starting a plan: the unit, and a template, a blank page or a copy of another plan.
import { Csrf, ErrorSummary, RadioField, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

export function NewPlanPage({ v, form, units, plans }: { v: View; form: FormState; units: { id: number; name: string }[]; plans: { id: number; summary: string; numberSymbol: string | null; unitName: string }[] }) {
  const labels = { unitId: v.t("field.unit"), start: v.t("documents.start_from"), copyOf: v.t("documents.copy_of"), summary: v.t("documents.summary") };
  return (
    <Layout v={v} title={v.t("documents.new_plan")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("documents.new_plan")}</h1>
      <form method="post" action="/documents/new" novalidate>
        <Csrf v={v} />
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} hint={v.t("documents.unit_hint")} placeholder="" options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <RadioField
          v={v}
          form={form.values.start ? form : { ...form, values: { ...form.values, start: "template" } }}
          name="start"
          label={labels.start}
          options={[
            { value: "template", label: v.t("documents.start_template"), hint: v.t("documents.start_template_hint") },
            { value: "blank", label: v.t("documents.start_blank") },
            { value: "copy", label: v.t("documents.start_copy") },
          ]}
        />
        <SelectField v={v} form={form} name="copyOf" label={labels.copyOf} placeholder="" options={plans.map((p) => ({ value: String(p.id), label: `${p.numberSymbol ?? v.t("documents.status.draft")} – ${p.summary} (${p.unitName})` }))} />
        <TextField v={v} form={form} name="summary" label={labels.summary} hint={v.t("documents.summary_hint")} />
        <button class="button" type="submit">{v.t("documents.create_draft")}</button>
      </form>
    </Layout>
  );
}
