// A new award decision: the nominations the unit's council passed and the unit decides, all ticked;
// the official unticks those the Chairman will not award now.
import { Csrf, ErrorSummary } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { decisionChoices } from "../decision-choices";

type Choices = Awaited<ReturnType<typeof decisionChoices>>;

export function NewDecisionPage({ v, data, form }: { v: View; data: Choices; form: FormState }) {
  const ticked = new Set(form.values.nominationIds ? String(form.values.nominationIds).split(",") : data.nominations.map((n) => String(n.id)));
  return (
    <Layout v={v} title={v.t("decisions.new")}>
      <h1>{v.t("decisions.new")}</h1>
      <p>{v.t("decisions.new_intro", { unit: data.unit.name })}</p>
      <ErrorSummary v={v} errors={form.errors} labels={{ _form: "", nominationIds: v.t("decisions.choose_items"), unitId: v.t("decisions.unit") }} />
      {data.nominations.length === 0 ? (
        <p>{v.t("decisions.none_waiting")}</p>
      ) : (
        <form method="post" action="/decisions" class="panel" novalidate>
          <Csrf v={v} />
          <input type="hidden" name="unitId" value={String(data.unit.id)} />
          <fieldset>
            <legend>{v.t("decisions.choose_items")}</legend>
            {data.nominations.map((n) => (
              <div class="checkbox">
                <input type="checkbox" id={`nom-${n.id}`} name="nominationIds" value={String(n.id)} checked={ticked.has(String(n.id))} />
                <label for={`nom-${n.id}`}>
                  {n.nomineeName} — {n.formCode} ({n.year}) · {n.nominatorName} · {v.t("decisions.passed_on", { date: v.date(n.meetsAt) })}
                </label>
              </div>
            ))}
          </fieldset>
          <button class="button" type="submit">{v.t("decisions.create")}</button>
        </form>
      )}
    </Layout>
  );
}
