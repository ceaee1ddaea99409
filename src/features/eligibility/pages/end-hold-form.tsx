// Ending a hold that still lasts.
import { DateField } from "../../../web/components";
import type { FormState, View } from "../../../web/view";
import { FactFormPage, type FactPerson } from "./fact-page";

export function EndHoldPage({ v, person, form }: { v: View; person: FactPerson; form: FormState }) {
  const labels = { endsOn: v.t("eligibility.hold_ended_on"), holdId: v.t("eligibility.holds") };
  return (
    <FactFormPage v={v} person={person} form={form} labels={labels} title={v.t("eligibility.end_hold_title", { name: person.fullName })} action={`/people/${person.id}/facts/end-hold`} submit={v.t("eligibility.end_hold")}>
      <input type="hidden" name="holdId" value={form.values.holdId ?? ""} />
      <DateField v={v} form={form} name="endsOn" label={labels.endsOn} />
    </FactFormPage>
  );
}
