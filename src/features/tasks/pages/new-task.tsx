// Assigning a task to a unit, due on a date or in working days.
import { Csrf, ErrorSummary, RadioField, SelectField, TextArea, DateField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { UnitChoice } from "../form-choices";

const TASK_LABELS = (v: View) => ({
  unitId: v.t("tasks.field.unit"),
  title: v.t("tasks.field.title"),
  description: v.t("tasks.field.description"),
  responsibleUnitId: v.t("tasks.field.responsible"),
  responsibleLabel: v.t("tasks.field.responsible_label"),
  collaboratorUnitIds: v.t("tasks.field.collaborators"),
  dueKind: v.t("tasks.field.due_kind"),
  dueOn: v.t("tasks.field.due_on"),
  startsOn: v.t("tasks.field.starts_on"),
  workingDays: v.t("tasks.field.working_days"),
});

export function NewTaskPage({ v, form, choices, collaborators }: { v: View; form: FormState; choices: { assigning: UnitChoice[]; units: UnitChoice[] }; collaborators: Set<number> }) {
  const labels = TASK_LABELS(v);
  const unitOptions = choices.units.map((u) => ({ value: String(u.id), label: u.name }));
  return (
    <Layout v={v} title={v.t("tasks.new")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("tasks.new")}</h1>
      <form method="post" action="/tasks/new" novalidate>
        <Csrf v={v} />
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} options={choices.assigning.map((u) => ({ value: String(u.id), label: u.name }))} />
        <TextField v={v} form={form} name="title" label={labels.title} width="full" />
        <TextArea v={v} form={form} name="description" label={labels.description} rows={4} />
        <SelectField v={v} form={form} name="responsibleUnitId" label={labels.responsibleUnitId} placeholder={v.t("tasks.choose_unit")} options={unitOptions} />
        <TextField v={v} form={form} name="responsibleLabel" label={labels.responsibleLabel} width="full" />
        <fieldset class="fieldset" id="f-collaboratorUnitIds">
          <legend>{labels.collaboratorUnitIds}</legend>
          {choices.units.map((u) => (
            <div class="checkbox">
              <input type="checkbox" id={`collaborator-${u.id}`} name={`collaborator.${u.id}`} value="on" checked={collaborators.has(u.id)} />
              <label for={`collaborator-${u.id}`}>{u.name}</label>
            </div>
          ))}
        </fieldset>
        <RadioField
          v={v}
          form={form}
          name="dueKind"
          label={labels.dueKind}
          options={(["date", "working_days", "none"] as const).map((k) => ({ value: k, label: v.t(`tasks.due_kind.${k}`) }))}
        />
        <DateField v={v} form={form} name="dueOn" label={labels.dueOn} type="date" />
        <DateField v={v} form={form} name="startsOn" label={labels.startsOn} type="date" />
        <TextField v={v} form={form} name="workingDays" label={labels.workingDays} width="short" />
        <button class="button" type="submit">{v.t("tasks.new")}</button>
      </form>
    </Layout>
  );
}
