// Setting a person's rating for a year; changing one recorded already needs the reason.
import { RATINGS } from "../../../domain/catalogue/entries";
import { RadioField, TextArea, TextField } from "../../../web/components";
import type { FormState, View } from "../../../web/view";
import { FactFormPage, type FactPerson } from "./fact-page";

export function AssessmentFormPage({ v, person, form }: { v: View; person: FactPerson; form: FormState }) {
  const labels = { year: v.t("eligibility.year"), rating: v.t("eligibility.rating"), note: v.t("eligibility.note"), reason: v.t("eligibility.change_reason") };
  return (
    <FactFormPage v={v} person={person} form={form} labels={labels} title={v.t("eligibility.assessment_title", { name: person.fullName })} action={`/people/${person.id}/facts/assessment`} submit={v.t("common.save")}>
      <TextField v={v} form={form} name="year" label={labels.year} width="short" />
      <RadioField v={v} form={form} name="rating" label={labels.rating} options={RATINGS.map((r) => ({ value: r, label: v.t(`eligibility.rating.${r}`) }))} />
      <TextField v={v} form={form} name="note" label={labels.note} />
      <TextArea v={v} form={form} name="reason" label={labels.reason} hint={v.t("eligibility.change_reason_hint")} rows={3} />
    </FactFormPage>
  );
}
