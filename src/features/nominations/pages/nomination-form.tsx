// Putting a member forward: first the nominating unit (when the actor has several), then who, for
// what, for which year, within which movement, and the planned decision date whose rules apply.
import { Csrf, DateField, ErrorSummary, SelectField, TextArea, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { nominatingUnits, nominationChoices } from "../nomination-choices";

type Units = Awaited<ReturnType<typeof nominatingUnits>>;
type Choices = Awaited<ReturnType<typeof nominationChoices>>;

export function ChooseUnitPage({ v, units, movement }: { v: View; units: Units; movement?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("nominations.new")}>
      <h1>{v.t("nominations.new")}</h1>
      <form method="get" action="/nominations/new" class="panel">
        {movement ? <input type="hidden" name="movement" value={movement} /> : null}
        <SelectField v={v} form={{ values: {}, errors: {} }} name="unit" label={v.t("nominations.choose_unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <button class="button" type="submit">{v.t("nominations.choose_unit_submit")}</button>
      </form>
    </Layout>
  );
}

export function NominationFormPage({ v, choices, form, action, title }: { v: View; choices: Choices; form: FormState; action: string; title: string }) {
  const labels: Record<string, string> = {
    _form: "",
    nominee: v.t("nominations.nominee"),
    nomineeId: v.t("nominations.nominee"),
    nomineeKind: v.t("nominations.nominee_kind"),
    formCode: v.t("nominations.form"),
    year: v.t("nominations.year"),
    commendationKind: v.t("nominations.kind"),
    achievement: v.t("nominations.achievement"),
    movementId: v.t("nominations.movement"),
    decisionDate: v.t("nominations.decision_date"),
  };
  // Errors on the nominee's kind or id are shown on the one field that chooses both.
  const { nomineeId, nomineeKind, ...rest } = form.errors;
  const errors = { ...rest, ...(nomineeId || nomineeKind ? { nominee: (nomineeId ?? nomineeKind)! } : {}) };
  const state: FormState = { values: form.values, errors };
  return (
    <Layout v={v} title={title}>
      <ErrorSummary v={v} errors={errors} labels={labels} />
      <h1>{title}</h1>
      <p>{v.t("nominations.unit")}: <strong>{choices.unit.name}</strong></p>
      {choices.nominees.length === 0 ? <p>{v.t("nominations.no_nominees")}</p> : null}
      <form method="post" action={action} class="panel" novalidate>
        <Csrf v={v} />
        <input type="hidden" name="unitId" value={String(choices.unit.id)} />
        <SelectField v={v} form={state} name="nominee" label={labels.nominee!} placeholder={v.t("common.choose")} options={choices.nominees} />
        <SelectField v={v} form={state} name="formCode" label={labels.formCode!} placeholder={v.t("common.choose")} options={choices.forms.map((f) => ({ value: f.code, label: v.lang === "en" ? f.nameEn : f.name }))} />
        <TextField v={v} form={state} name="year" label={labels.year!} width="short" />
        <SelectField v={v} form={state} name="commendationKind" label={labels.commendationKind!} options={choices.kinds.map((k) => ({ value: k.code, label: v.lang === "en" ? k.nameEn : k.name }))} />
        <SelectField v={v} form={state} name="movementId" label={labels.movementId!} placeholder={v.t("nominations.movement_none")} options={choices.movements.map((m) => ({ value: String(m.id), label: m.name }))} />
        <TextArea v={v} form={state} name="achievement" label={labels.achievement!} hint={v.t("nominations.achievement_hint")} rows={5} />
        <DateField v={v} form={state} name="decisionDate" label={labels.decisionDate!} hint={v.t("nominations.decision_date_hint")} />
        <button class="button" type="submit">{action.endsWith("/edit") ? v.t("nominations.save") : v.t("nominations.create")}</button>
      </form>
    </Layout>
  );
}
