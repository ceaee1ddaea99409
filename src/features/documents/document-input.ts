// What a plan form or API call sends, checked at the edge. A draft may be incomplete;
// what a plan needs before it goes for signature is checked by missingParts().
import { z } from "zod";
import { parseMarkup } from "../../documents/markup";
import type { PlanContent } from "../../domain/plans/plan-content";
import type { FieldErrors } from "../../platform/errors";
import { fields } from "../../platform/validation";

const text = (max: number) => z.string().trim().max(max, "errors.too_long").default("");
const emptyAsNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/** Plan markup: its syntax problems become field errors with the line they are on. */
const markup = (max: number) =>
  text(max).superRefine((value, ctx) => {
    const [problem] = parseMarkup(value).problems;
    if (problem) ctx.addIssue({ code: "custom", message: "errors.markup", params: { line: problem.line, problem: problem.message } });
  });

export const AssignmentInput = z.object({
  party: z.string().trim().min(1, "errors.required").max(300, "errors.too_long"),
  unitId: z.preprocess(emptyAsNull, fields.id().nullable()).default(null),
  duties: markup(8000),
  dueDate: fields.date({ optional: true }),
});

export const RecipientInput = z.object({
  label: z.string().trim().min(1, "errors.required").max(300, "errors.too_long"),
  unitId: z.preprocess(emptyAsNull, fields.id().nullable()).default(null),
});

export const HeaderInput = z.object({
  parentBody: z.preprocess(emptyAsNull, z.string().trim().max(200, "errors.too_long").nullable()).default(null),
  issuingBody: fields.requiredText(200),
  issuerCode: z.string().trim().min(1, "errors.required").max(20, "errors.too_long").regex(/^[\p{Lu}\p{Nd}Đ-]+$/u, "errors.symbol_invalid"),
  place: fields.requiredText(100),
  archiveLine: text(200).default("Lưu: VT"),
});
export type HeaderSettings = z.output<typeof HeaderInput> & { collectiveBody: string | null; headTitle: string };

export const PlanFields = z.object({
  summary: fields.requiredText(500),
  basis: markup(4000),
  introduction: text(1000),
  purposes: markup(20000),
  requirements: markup(20000),
  contents: markup(60000),
  assignments: z.array(AssignmentInput).max(30, "errors.too_many_items").default([]),
  closing: text(1000),
  directiveIds: z.array(fields.id()).max(20, "errors.too_many_items").default([]),
  recipients: z.array(RecipientInput).max(60, "errors.too_many_items").default([]),
});

export const CreatePlanInput = PlanFields.extend({
  unitId: fields.id("errors.choose_unit"),
  header: HeaderInput.optional(),
  copiedFromId: z.preprocess(emptyAsNull, fields.id().nullable()).default(null),
  /** An issued document this draft corrects or replaces (set by copyPlan with `corrects`). */
  correctsId: z.preprocess(emptyAsNull, fields.id().nullable()).default(null),
});

export const UpdatePlanInput = PlanFields.extend({
  header: HeaderInput,
  /** The version the writer started from: a save over someone else's newer version is refused. */
  version: z.coerce.number().int().positive(),
});

export type PlanFieldsValues = z.output<typeof PlanFields>;

export function planContentOf(values: PlanFieldsValues): PlanContent {
  const { summary, basis, introduction, purposes, requirements, contents, assignments, closing } = values;
  return { summary, basis, introduction, purposes, requirements, contents, assignments, closing };
}

/** The parts a plan must have before it goes for signature, as field errors. */
export function missingParts(content: PlanContent, extra: { recipients: number }): FieldErrors {
  const missing: FieldErrors = {};
  for (const part of ["summary", "basis", "purposes", "requirements", "contents", "closing"] as const) {
    if (!content[part].trim()) missing[part] = { key: "errors.plan_part_missing" };
  }
  if (content.assignments.length === 0) missing["assignments.0.party"] = { key: "errors.plan_needs_assignment" };
  if (extra.recipients === 0) missing.outsideRecipients = { key: "errors.plan_needs_recipient" };
  return missing;
}

/**
 * A submitted plan form, flat as HTML sends it, in the shape of the input schemas:
 * assignments.N.party / .duties / .dueDate, recipient.UNIT=on for units in the system,
 * outsideRecipients one per line, basis.DIRECTIVE=on.
 */
export function planFormValues(form: Record<string, string>) {
  const assignments: Record<string, string>[] = [];
  const recipients: { label: string; unitId: string | null }[] = [];
  const directiveIds: string[] = [];
  for (const [key, value] of Object.entries(form)) {
    const a = /^assignments\.(\d+)\.(party|duties|dueDate|unitId)$/.exec(key);
    if (a) (assignments[Number(a[1])] ??= {})[a[2]!] = value;
    const r = /^recipient\.(\d+)$/.exec(key);
    if (r && value) recipients.push({ label: form[`recipientLabel.${r[1]}`] ?? r[1]!, unitId: r[1]! });
    const d = /^basis\.(\d+)$/.exec(key);
    if (d && value) directiveIds.push(d[1]!);
  }
  for (const line of (form.outsideRecipients ?? "").split(/\r?\n/)) {
    const label = line.trim().replace(/^[-–]\s*/, "").replace(/[;.]$/, "");
    if (label) recipients.push({ label, unitId: null });
  }
  return {
    ...form,
    assignments: assignments.filter((a) => a && Object.entries(a).some(([k, v]) => k !== "unitId" && v.trim())),
    recipients,
    directiveIds,
    header: {
      parentBody: form.parentBody,
      issuingBody: form.issuingBody,
      issuerCode: form.issuerCode,
      place: form.place,
      archiveLine: form.archiveLine,
    },
  };
}
