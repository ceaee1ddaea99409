// Recording a recognised initiative with its scope.
import { INITIATIVE_SCOPES } from "../../../domain/catalogue/entries";
import { DateField, RadioField, TextField } from "../../../web/components";
import type { FormState, View } from "../../../web/view";
import { FactFormPage, type FactPerson } from "./fact-page";

export function InitiativeFormPage({ v, person, form }: { v: View; person: FactPerson; form: FormState }) {
  const labels = { title: v.t("eligibility.initiative_title"), scope: v.t("eligibility.scope"), recognisedOn: v.t("eligibility.recognised_on"), recognisedBy: v.t("eligibility.recognised_by"), note: v.t("eligibility.note") };
  return (
    <FactFormPage v={v} person={person} form={form} labels={labels} title={v.t("eligibility.initiative_form_title", { name: person.fullName })} action={`/people/${person.id}/facts/initiative`} submit={v.t("common.save")}>
      <TextField v={v} form={form} name="title" label={labels.title} />
      <RadioField v={v} form={form} name="scope" label={labels.scope} options={INITIATIVE_SCOPES.map((s) => ({ value: s, label: v.t(`eligibility.scope.${s}`) }))} />
      <DateField v={v} form={form} name="recognisedOn" label={labels.recognisedOn} />
      <TextField v={v} form={form} name="recognisedBy" label={labels.recognisedBy} hint={v.t("eligibility.recognised_by_hint")} />
      <TextField v={v} form={form} name="note" label={labels.note} />
    </FactFormPage>
  );
}
