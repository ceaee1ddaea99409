// Drafting a proposal: the government, the items it may propose (passed by its council, beyond it,
// in no other proposal), the planned date that decides which level above receives it.
import { Csrf, DateField, ErrorSummary, FieldError } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { proposalCandidates } from "../proposal-choices";

type Candidates = Awaited<ReturnType<typeof proposalCandidates>>;

export function ChooseProposingUnitPage({ v, units }: { v: View; units: { id: number; name: string }[] }) {
  return (
    <Layout v={v} title={v.t("proposals.new")}>
      <h1>{v.t("proposals.new")}</h1>
      <ul>
        {units.map((u) => (
          <li><a href={`/proposals/new?unit=${u.id}`}>{u.name}</a></li>
        ))}
      </ul>
    </Layout>
  );
}

export function NewProposalPage({ v, data, form }: { v: View; data: Candidates; form: FormState }) {
  const labels = { _form: "", nominationIds: v.t("proposals.nominations"), proposedOn: v.t("proposals.proposed_on") };
  const chosen = new Set(Object.keys(form.values).filter((k) => k.startsWith("nomination.") && form.values[k]).map((k) => k.slice("nomination.".length)));
  return (
    <Layout v={v} title={v.t("proposals.new")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("proposals.new")}</h1>
      <p>{data.unit.name}</p>
      <p class="hint">{v.t("proposals.new_intro")}</p>
      {data.items.length === 0 ? (
        <p>{v.t("proposals.no_candidates")}</p>
      ) : (
        <form method="post" action="/proposals/new" novalidate>
          <Csrf v={v} />
          <input type="hidden" name="unitId" value={String(data.unit.id)} />
          <fieldset class={form.errors.nominationIds ? "field field--error" : "field"}>
            <legend>{labels.nominationIds}</legend>
            <FieldError v={v} form={form} name="nominationIds" label={labels.nominationIds} />
            {data.items.map((i) => (
              <div class="checkbox">
                <input type="checkbox" id={`nomination-${i.nominationId}`} name={`nomination.${i.nominationId}`} value="on" checked={chosen.size === 0 || chosen.has(String(i.nominationId))} />
                <label for={`nomination-${i.nominationId}`}>
                  {i.nomineeName} — {i.formName} ({i.unitName}; {i.result})
                </label>
              </div>
            ))}
          </fieldset>
          <DateField v={v} form={form} name="proposedOn" label={labels.proposedOn} hint={v.t("proposals.proposed_on_hint")} />
          <button class="button" type="submit">{v.t("proposals.create")}</button>
        </form>
      )}
    </Layout>
  );
}
