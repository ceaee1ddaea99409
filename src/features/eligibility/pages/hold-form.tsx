// Putting a person's awards on hold: why, from when, until when if known.
import { HOLD_REASONS } from "../../../domain/catalogue/entries";
import { DateField, RadioField, TextField } from "../../../web/components";
import type { FormState, View } from "../../../web/view";
import { FactFormPage, type FactPerson } from "./fact-page";

export function HoldFormPage({ v, person, form }: { v: View; person: FactPerson; form: FormState }) {
  const labels = { reason: v.t("eligibility.hold_reason"), startsOn: v.t("eligibility.starts_on"), endsOn: v.t("eligibility.ends_on"), note: v.t("eligibility.note") };
  return (
    <FactFormPage v={v} person={person} form={form} labels={labels} title={v.t("eligibility.hold_title", { name: person.fullName })} action={`/people/${person.id}/facts/hold`} submit={v.t("common.save")}>
      <RadioField v={v} form={form} name="reason" label={labels.reason} options={HOLD_REASONS.map((r) => ({ value: r, label: v.t(`eligibility.hold_reason.${r}`) }))} />
      <DateField v={v} form={form} name="startsOn" label={labels.startsOn} />
      <DateField v={v} form={form} name="endsOn" label={labels.endsOn} hint={v.t("eligibility.hold_ends_hint")} />
      <TextField v={v} form={form} name="note" label={labels.note} />
    </FactFormPage>
  );
}
