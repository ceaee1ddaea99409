// Removing a fact entered by mistake: what it is, and the reason (kept in the history).
import { TextArea } from "../../../web/components";
import type { FormState, View } from "../../../web/view";
import type { FactValues } from "../get-facts";
import { FactFormPage, type FactPerson } from "./fact-page";
import { factText } from "./fact-text";

export function RemoveFactPage({ v, person, fact, form }: { v: View; person: FactPerson; fact: FactValues | null; form: FormState }) {
  const labels = { reason: v.t("eligibility.reason"), kind: v.t("eligibility.remove_what"), factId: v.t("eligibility.remove_what") };
  return (
    <FactFormPage v={v} person={person} form={form} labels={labels} title={v.t("eligibility.remove_title", { name: person.fullName })} action={`/people/${person.id}/facts/remove`} submit={v.t("eligibility.remove_confirm")}>
      <dl class="summary-list">
        <dt>{labels.kind}</dt>
        <dd>{factText(v, fact)}</dd>
      </dl>
      <input type="hidden" name="kind" value={form.values.kind ?? ""} />
      <input type="hidden" name="factId" value={form.values.factId ?? ""} />
      <TextArea v={v} form={form} name="reason" label={labels.reason} hint={v.t("eligibility.remove_reason_hint")} rows={3} />
    </FactFormPage>
  );
}
