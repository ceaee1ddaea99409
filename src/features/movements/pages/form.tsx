// A movement's form, new or edited while a draft: its plan, dates, milestones, linked movements and participants.
import { citeDocument } from "../../../domain/documents/citation";
import { MILESTONE_KINDS } from "../../../domain/movements/movement";
import { Csrf, ErrorSummary, RadioField, SelectField, TextArea, DateField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import { CheckboxGroup, kindLabel } from "./parts";

export interface MovementFormChoices {
  unit: { id: number; name: string };
  plans: { id: number; numberSymbol: string | null; summary: string; issuedOn: string | null }[];
  linkable: { id: number; name: string; unitName: string }[];
  participants: { id: number; name: string; kind: string }[];
}

/** How many milestone lines the form shows: those filled in, and two spare ones. */
function milestoneRows(form: FormState) {
  const filled = Object.keys(form.values).filter((k) => /^milestones\.\d+\.on$/.test(k)).length;
  return Math.min(30, Math.max(3, filled + 2));
}

export function MovementFormPage({ v, form, choices, movementId }: { v: View; form: FormState; choices: MovementFormChoices; movementId: number | null }) {
  const rows = milestoneRows(form);
  const labels: Record<string, string> = {
    _form: "",
    unitId: v.t("field.unit"),
    name: v.t("movements.name"),
    kind: v.t("movements.kind_label"),
    planDocumentId: v.t("movements.plan"),
    startsOn: v.t("movements.starts_on"),
    endsOn: v.t("movements.ends_on"),
    registrationDeadline: v.t("movements.registration_deadline"),
    description: v.t("movements.description"),
  };
  for (let i = 0; i < rows; i++) {
    labels[`milestones.${i}.on`] = v.t("movements.milestone_on_n", { n: i + 1 });
    labels[`milestones.${i}.name`] = v.t("movements.milestone_name_n", { n: i + 1 });
  }
  labels.linkedIds = v.t("movements.linked");
  labels.participantIds = v.t("movements.participants");
  const title = movementId ? v.t("movements.edit_title") : v.t("movements.new");
  const checked = (name: string) => form.values[name] === "on";
  return (
    <Layout v={v} title={title}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <p><a href={movementId ? `/movements/${movementId}` : "/movements"}>{v.t("common.back")}</a></p>
      <h1>{title}</h1>
      <p>{v.t("movements.of_unit", { unit: choices.unit.name })}</p>
      <form method="post" action={movementId ? `/movements/${movementId}/edit` : "/movements/new"} novalidate>
        <Csrf v={v} />
        {movementId ? null : <input type="hidden" name="unitId" value={String(choices.unit.id)} />}
        <SelectField
          v={v}
          form={form}
          name="planDocumentId"
          label={labels.planDocumentId!}
          hint={v.t("movements.plan_hint")}
          placeholder={v.t("movements.no_plan")}
          options={choices.plans.map((p) => ({ value: String(p.id), label: `${citeDocument({ kind: "KH", numberSymbol: p.numberSymbol, issuedOn: p.issuedOn })} – ${p.summary}` }))}
        />
        <TextField v={v} form={form} name="name" label={labels.name!} hint={v.t("movements.name_hint")} />
        <RadioField
          v={v}
          form={form}
          name="kind"
          label={labels.kind!}
          options={[
            { value: "campaign", label: v.t("movements.kind.campaign"), hint: v.t("movements.kind_campaign_hint") },
            { value: "regular", label: v.t("movements.kind.regular"), hint: v.t("movements.kind_regular_hint") },
          ]}
        />
        <DateField v={v} form={form} name="startsOn" type="date" label={labels.startsOn!} />
        <DateField v={v} form={form} name="endsOn" type="date" label={labels.endsOn!} />
        <DateField v={v} form={form} name="registrationDeadline" type="date" label={labels.registrationDeadline!} hint={v.t("movements.deadline_hint")} />
        <TextArea v={v} form={form} name="description" label={labels.description!} rows={5} />
        <h2>{v.t("movements.milestones")}</h2>
        <p class="hint">{v.t("movements.milestones_hint")}</p>
        {Array.from({ length: rows }, (_, i) => (
          <fieldset class="fieldset assignment">
            <legend>{v.t("movements.milestone_n", { n: i + 1 })}</legend>
            <DateField v={v} form={form} name={`milestones.${i}.on`} type="date" label={labels[`milestones.${i}.on`]!} />
            <TextField v={v} form={form} name={`milestones.${i}.name`} label={labels[`milestones.${i}.name`]!} />
            <SelectField
              v={v}
              form={form}
              name={`milestones.${i}.kind`}
              label={v.t("movements.milestone_kind_n", { n: i + 1 })}
              options={MILESTONE_KINDS.map((k) => ({ value: k, label: v.t(`movements.milestone.${k}`) }))}
            />
          </fieldset>
        ))}
        <CheckboxGroup
          v={v}
          form={form}
          name="linkedIds"
          legend={labels.linkedIds!}
          hint={choices.linkable.length ? v.t("movements.linked_hint") : v.t("movements.linked_none")}
          items={choices.linkable.map((m) => ({ name: `linked.${m.id}`, label: `${m.name} (${m.unitName})`, checked: checked(`linked.${m.id}`) }))}
        />
        <CheckboxGroup
          v={v}
          form={form}
          name="participantIds"
          legend={labels.participantIds!}
          hint={choices.participants.length ? v.t("movements.participants_hint") : v.t("movements.participants_none")}
          items={choices.participants.map((u) => ({ name: `participant.${u.id}`, label: `${u.name} (${kindLabel(v, u.kind)})`, checked: checked(`participant.${u.id}`) }))}
        />
        <button class="button" type="submit">{movementId ? v.t("movements.save") : v.t("movements.create")}</button>
      </form>
    </Layout>
  );
}
