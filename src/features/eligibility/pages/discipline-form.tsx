// Recording a discipline: its form, the decision and its period.
import { DISCIPLINE_FORMS } from "../../../domain/catalogue/entries";
import { DateField, SelectField, TextField } from "../../../web/components";
import type { FormState, View } from "../../../web/view";
import { FactFormPage, type FactPerson } from "./fact-page";

export function DisciplineFormPage({ v, person, form }: { v: View; person: FactPerson; form: FormState }) {
  const labels = { form: v.t("eligibility.form"), decision: v.t("eligibility.decision"), decidedOn: v.t("eligibility.decided_on"), endsOn: v.t("eligibility.discipline_ends_on"), note: v.t("eligibility.note") };
  return (
    <FactFormPage v={v} person={person} form={form} labels={labels} title={v.t("eligibility.discipline_title", { name: person.fullName })} action={`/people/${person.id}/facts/discipline`} submit={v.t("common.save")}>
      <SelectField v={v} form={form} name="form" label={labels.form} placeholder={v.t("common.choose")} options={DISCIPLINE_FORMS.map((f) => ({ value: f, label: v.t(`eligibility.form.${f}`) }))} />
      <TextField v={v} form={form} name="decision" label={labels.decision} hint={v.t("eligibility.decision_hint")} />
      <DateField v={v} form={form} name="decidedOn" label={labels.decidedOn} />
      <DateField v={v} form={form} name="endsOn" label={labels.endsOn} hint={v.t("eligibility.discipline_ends_hint")} />
      <TextField v={v} form={form} name="note" label={labels.note} />
    </FactFormPage>
  );
}
