// What the movements pages share: numbers and periods as read, the state tag, the criterion's fields and checkbox groups.
import { UNIT_KINDS } from "../../../domain/access/unit-kinds";
import { MEASURES } from "../../../domain/movements/criteria";
import { fieldId, FieldError, RadioField, SelectField, TextField } from "../../../web/components";
import { StatusTag } from "../../../web/workflow";
import type { FormState, View } from "../../../web/view";

export const numberText = (v: View, n: number | null) => (n === null ? "—" : new Intl.NumberFormat(v.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 4 }).format(n));

export const period = (v: View, m: { startsOn: string; endsOn: string }) => `${v.date(m.startsOn)} – ${v.date(m.endsOn)}`;

export const kindLabel = (v: View, kind: string) => v.t(`kind.${kind}`);

/** A movement's state, or a registration's: done ones green, waiting ones yellow. */
export function MovementStatus({ v, status }: { v: View; status: string }) {
  const tone = status === "launched" || status === "accepted" ? "issued" : status === "submitted" ? "submitted" : undefined;
  const area = status === "submitted" || status === "accepted" || status === "returned" ? "registrations" : "movements";
  return <StatusTag label={v.t(`${area}.status.${status}`)} tone={tone} />;
}

/** A target as a reader says it: "4 buổi", "90 %", "Đạt" for a yes/no criterion. */
export function targetText(v: View, c: { measure: string; unitLabel: string | null }, target: number | null) {
  if (c.measure === "boolean") return v.t("criteria.boolean_target");
  return `${numberText(v, target)}${c.unitLabel ? ` ${c.unitLabel}` : ""}`;
}

/** Checkboxes in a fieldset that carries the group's id and error, so the error summary can link to it. */
/** A registration's titles by name (as the catalogue had them on the movement's date) and its other title: "Tập thể lao động tiên tiến; Bằng khen của Trung ương Hội". */
export function titlesText(v: View, labels: readonly { name: string; nameEn: string }[], other: string | null): string {
  return [...labels.map((l) => (v.lang === "en" ? l.nameEn : l.name)), ...(other ? [other] : [])].join("; ") || "—";
}

export function CheckboxGroup({ v, form, name, legend, hint, items }: { v: View; form: FormState; name: string; legend: string; hint?: string; items: { name: string; label: string; checked: boolean }[] }) {
  const id = fieldId(name);
  return (
    <div class={form.errors[name] ? "field field--error" : "field"}>
      <fieldset class="fieldset" id={id} tabindex={-1} aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend>{legend}</legend>
        {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
        <FieldError v={v} form={form} name={name} label={legend} />
        {items.map((item) => (
          <div class="checkbox">
            <input type="checkbox" id={fieldId(item.name)} name={item.name} value="on" checked={item.checked} />
            <label for={fieldId(item.name)}>{item.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export function criterionLabels(v: View): Record<string, string> {
  return {
    groupName: v.t("criteria.group"),
    name: v.t("criteria.name"),
    measure: v.t("criteria.measure"),
    target: v.t("criteria.target"),
    unitLabel: v.t("criteria.unit_label"),
    maxPoints: v.t("criteria.max_points"),
    bonusPoints: v.t("criteria.bonus_points"),
    appliesTo: v.t("criteria.applies_to"),
  };
}

/** The criterion's fields, shared by "add" on the overview and the edit page. */
export function CriterionFields({ v, form }: { v: View; form: FormState }) {
  const labels = criterionLabels(v);
  return (
    <>
      <TextField v={v} form={form} name="groupName" label={labels.groupName!} hint={v.t("criteria.group_hint")} />
      <TextField v={v} form={form} name="name" label={labels.name!} />
      <RadioField v={v} form={form.values.measure ? form : { ...form, values: { ...form.values, measure: "number" } }} name="measure" label={labels.measure!} options={MEASURES.map((m) => ({ value: m, label: v.t(`criteria.measure.${m}`) }))} />
      <TextField v={v} form={form} name="target" label={labels.target!} width="short" hint={v.t("criteria.target_hint")} />
      <TextField v={v} form={form} name="unitLabel" label={labels.unitLabel!} width="short" hint={v.t("criteria.unit_label_hint")} />
      <TextField v={v} form={form} name="maxPoints" label={labels.maxPoints!} width="short" />
      <TextField v={v} form={form} name="bonusPoints" label={labels.bonusPoints!} width="short" />
      <SelectField v={v} form={form} name="appliesTo" label={labels.appliesTo!} placeholder={v.t("criteria.applies_to_all")} options={UNIT_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))} />
    </>
  );
}
