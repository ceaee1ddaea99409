// Pieces the award pages share: an award's decision as officials cite it, and the fields of the award form.
import { DateField, SelectField, TextArea, TextField } from "../../../web/components";
import type { FormState, View } from "../../../web/view";

/** "125/QĐ-UBND ngày 10 tháng 1 năm 2024 của Chủ tịch UBND thành phố Cam Ranh". */
export function decisionText(v: View, a: { decisionNumber: string; decisionDate: string; decidingBody: string }): string {
  return v.t("awards.decision_text", { number: a.decisionNumber, date: v.date(a.decisionDate), body: a.decidingBody || "—" });
}

/** The year of a yearly title, or the period of the achievement. */
export function yearText(v: View, a: { year: number | null; periodFrom: string | null; periodTo: string | null }): string {
  if (a.year) return String(a.year);
  if (a.periodFrom || a.periodTo) return v.t("awards.period_text", { from: a.periodFrom ? v.date(a.periodFrom) : "…", to: a.periodTo ? v.date(a.periodTo) : "…" });
  return "—";
}

export const awardLabels = (v: View) => ({
  recipientKind: v.t("awards.recipient_kind"),
  recipientId: v.t("awards.recipient_id"),
  formCode: v.t("awards.form"),
  year: v.t("awards.year"),
  periodFrom: v.t("awards.period_from"),
  periodTo: v.t("awards.period_to"),
  commendationKind: v.t("awards.kind"),
  decidingBody: v.t("awards.deciding_body"),
  decisionNumber: v.t("awards.decision_number"),
  decisionDate: v.t("awards.decision_date"),
  achievement: v.t("awards.achievement"),
  reason: v.t("awards.reason"),
});

export function AwardFieldset({ v, form, forms, kinds }: { v: View; form: FormState; forms: { code: string; name: string; nameEn: string }[]; kinds: { code: string; name: string; nameEn: string }[] }) {
  const labels = awardLabels(v);
  return (
    <>
      <SelectField v={v} form={form} name="formCode" label={labels.formCode} hint={v.t("awards.form_hint")} placeholder={v.t("common.choose")} options={forms.map((f) => ({ value: f.code, label: `${v.lang === "en" ? f.nameEn : f.name} (${f.code})` }))} />
      <TextField v={v} form={form} name="year" label={labels.year} hint={v.t("awards.year_hint")} width="short" />
      <DateField v={v} form={form} name="periodFrom" label={labels.periodFrom} />
      <DateField v={v} form={form} name="periodTo" label={labels.periodTo} />
      <SelectField v={v} form={form} name="commendationKind" label={labels.commendationKind} options={kinds.map((k) => ({ value: k.code, label: v.lang === "en" ? k.nameEn : k.name }))} />
      <TextField v={v} form={form} name="decidingBody" label={labels.decidingBody} hint={v.t("awards.deciding_body_hint")} />
      <TextField v={v} form={form} name="decisionNumber" label={labels.decisionNumber} hint={v.t("awards.decision_number_hint")} width="short" />
      <DateField v={v} form={form} name="decisionDate" label={labels.decisionDate} />
      <TextArea v={v} form={form} name="achievement" label={labels.achievement} rows={4} />
    </>
  );
}
