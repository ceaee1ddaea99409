// Writing a draft plan: its sections, assignments, recipients and header, as one form.
import { citeDocument } from "../../../domain/documents/citation";
import type { PlanContent } from "../../../domain/plans/plan-content";
import { Csrf, ErrorSummary, TextArea, DateField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { HeaderSettings } from "../document-input";
import type { planFormChoices } from "../form-choices";

type Choices = Awaited<ReturnType<typeof planFormChoices>>;

/** A stored plan as the flat values of its edit form. */
export function planFormValues(content: PlanContent, header: HeaderSettings, version: number): Record<string, string> {
  const values: Record<string, string> = {
    version: String(version),
    summary: content.summary,
    basis: content.basis,
    introduction: content.introduction,
    purposes: content.purposes,
    requirements: content.requirements,
    contents: content.contents,
    closing: content.closing,
    parentBody: header.parentBody ?? "",
    issuingBody: header.issuingBody,
    issuerCode: header.issuerCode,
    place: header.place,
    archiveLine: header.archiveLine,
  };
  content.assignments.forEach((a, i) => {
    values[`assignments.${i}.party`] = a.party;
    values[`assignments.${i}.duties`] = a.duties;
    values[`assignments.${i}.dueDate`] = a.dueDate ?? "";
  });
  return values;
}

export interface RecipientChoice {
  unitId: number;
  label: string;
  checked: boolean;
}

export function EditPlanPage({ v, id, form, choices, recipients, basis }: { v: View; id: number; form: FormState; choices: Choices; recipients: RecipientChoice[]; basis: Set<number> }) {
  const rows = Math.min(30, Object.keys(form.values).filter((k) => /^assignments\.\d+\.party$/.test(k)).length + 2);
  const labels: Record<string, string> = {
    _form: "",
    summary: v.t("documents.summary"),
    basis: v.t("plan.basis"),
    introduction: v.t("plan.introduction"),
    purposes: v.t("plan.purposes"),
    requirements: v.t("plan.requirements"),
    contents: v.t("plan.contents"),
  };
  for (let i = 0; i < rows; i++) {
    labels[`assignments.${i}.party`] = v.t("plan.party_n", { n: i + 1 });
    labels[`assignments.${i}.duties`] = v.t("plan.duties_n", { n: i + 1 });
    labels[`assignments.${i}.dueDate`] = v.t("plan.due_n", { n: i + 1 });
  }
  Object.assign(labels, {
    closing: v.t("plan.closing"),
    outsideRecipients: v.t("plan.outside_recipients"),
    parentBody: v.t("plan.parent_body"),
    issuingBody: v.t("plan.issuing_body"),
    issuerCode: v.t("plan.issuer_code"),
    place: v.t("plan.place"),
    archiveLine: v.t("plan.archive_line"),
  });
  return (
    <Layout v={v} title={v.t("plan.edit_title")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <p><a href={`/documents/${id}`}>{v.t("common.back")}</a></p>
      <h1>{v.t("plan.edit_title")}</h1>
      <p class="hint">{v.t("plan.markup_help")}</p>
      <form method="post" action={`/documents/${id}/edit`} novalidate>
        <Csrf v={v} />
        <input type="hidden" name="version" value={form.values.version ?? ""} />
        <TextField v={v} form={form} name="summary" label={labels.summary!} hint={v.t("documents.summary_hint")} />
        <fieldset class="fieldset">
          <legend>{v.t("plan.basis")}</legend>
          {choices.directives.length === 0 ? <p class="hint">{v.t("plan.no_directives")}</p> : null}
          {choices.directives.map((d) => (
            <div class="checkbox">
              <input type="checkbox" id={`basis-${d.id}`} name={`basis.${d.id}`} value="on" checked={basis.has(d.id)} />
              <label for={`basis-${d.id}`}>
                <span lang="vi">{citeDocument(d)}</span>: {d.summary}
              </label>
            </div>
          ))}
        </fieldset>
        <TextArea v={v} form={form} name="basis" label={labels.basis!} hint={v.t("plan.basis_hint")} rows={3} />
        <TextArea v={v} form={form} name="introduction" label={labels.introduction!} rows={2} />
        <h2>{v.t("plan.part1")}</h2>
        <TextArea v={v} form={form} name="purposes" label={labels.purposes!} rows={8} />
        <TextArea v={v} form={form} name="requirements" label={labels.requirements!} rows={6} />
        <h2>{v.t("plan.part2")}</h2>
        <TextArea v={v} form={form} name="contents" label={labels.contents!} rows={12} />
        <h2>{v.t("plan.part3")}</h2>
        <p class="hint">{v.t("plan.assignments_hint")}</p>
        {Array.from({ length: rows }, (_, i) => (
          <fieldset class="fieldset assignment">
            <legend>{v.t("plan.assignment_n", { n: i + 1 })}</legend>
            <TextField v={v} form={form} name={`assignments.${i}.party`} label={labels[`assignments.${i}.party`]!} />
            <TextArea v={v} form={form} name={`assignments.${i}.duties`} label={labels[`assignments.${i}.duties`]!} rows={4} />
            <DateField v={v} form={form} name={`assignments.${i}.dueDate`} label={labels[`assignments.${i}.dueDate`]!} type="date" hint={v.t("plan.due_hint")} />
          </fieldset>
        ))}
        <TextArea v={v} form={form} name="closing" label={labels.closing!} rows={2} />
        <h2>{v.t("plan.recipients")}</h2>
        <fieldset class="fieldset">
          <legend>{v.t("plan.internal_recipients")}</legend>
          <p class="hint">{v.t("plan.internal_hint")}</p>
          {recipients.map((r) => (
            <div class="checkbox">
              <input type="checkbox" id={`recipient-${r.unitId}`} name={`recipient.${r.unitId}`} value="on" checked={r.checked} />
              <input type="hidden" name={`recipientLabel.${r.unitId}`} value={r.label} />
              <label for={`recipient-${r.unitId}`}>{r.label}</label>
            </div>
          ))}
        </fieldset>
        <TextArea v={v} form={form} name="outsideRecipients" label={labels.outsideRecipients!} hint={v.t("plan.outside_hint")} rows={5} />
        <details class="details">
          <summary>{v.t("plan.header_settings")}</summary>
          <TextField v={v} form={form} name="parentBody" label={labels.parentBody!} />
          <TextField v={v} form={form} name="issuingBody" label={labels.issuingBody!} />
          <TextField v={v} form={form} name="issuerCode" label={labels.issuerCode!} width="short" hint={v.t("plan.issuer_code_hint")} />
          <TextField v={v} form={form} name="place" label={labels.place!} />
          <TextField v={v} form={form} name="archiveLine" label={labels.archiveLine!} />
        </details>
        <button class="button" type="submit">{v.t("plan.save")}</button>
      </form>
    </Layout>
  );
}
