// What a form, an API body or an import row gives for each fact, read at the edge. Messages are
// catalogue keys; enumerations answer with their Vietnamese labels.
import { z } from "zod";
import { DISCIPLINE_FORMS, HOLD_REASONS, INITIATIVE_SCOPES, RATINGS } from "../../domain/catalogue/entries";
import { todayInVietnam } from "../../domain/text/dates";
import { ValidationError } from "../../platform/errors";
import { fields } from "../../platform/validation";

/** The first year an assessment may be for (the Republic's first year), and the last: next year. */
export const FIRST_ASSESSMENT_YEAR = 1945;
export const lastAssessmentYear = () => Number(todayInVietnam().slice(0, 4)) + 1;

/** A year typed in a form ("2024"), given as a number in JSON, or read from a sheet. */
export const yearField = () =>
  z
    .unknown()
    .transform((input, ctx) => {
      const max = lastAssessmentYear();
      const text = typeof input === "number" ? String(input) : typeof input === "string" ? input.trim() : "";
      if (text === "") {
        ctx.addIssue({ code: "custom", message: "eligibility.errors.year_required" });
        return z.NEVER;
      }
      const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
      if (!(year >= FIRST_ASSESSMENT_YEAR && year <= max)) {
        ctx.addIssue({ code: "custom", message: "eligibility.errors.year", params: { value: text.slice(0, 12), min: FIRST_ASSESSMENT_YEAR, max } });
        return z.NEVER;
      }
      return year;
    })
    .meta({ type: "integer", description: `A year from ${FIRST_ASSESSMENT_YEAR} to next year` } as Record<string, unknown>);

const note = () => z.string().trim().max(2000, "errors.too_long").optional().default("");
/** Why a recorded fact is changed or removed: required, a few words at least. */
export const reasonField = () => z.string({ error: "eligibility.errors.reason_required" }).trim().min(5, "eligibility.errors.reason_required").max(1000, "errors.too_long");

export const AssessmentInput = z.object({
  year: yearField(),
  rating: z.enum(RATINGS, { error: "eligibility.errors.rating" }),
  note: note(),
  /** Required when the year has a rating already (checked against what is recorded). */
  reason: z.string().trim().max(1000, "errors.too_long").optional().default(""),
});

export const DisciplineInput = z.object({
  form: z.enum(DISCIPLINE_FORMS, { error: "eligibility.errors.discipline_form" }),
  decision: z.string().trim().max(300, "errors.too_long").optional().default(""),
  decidedOn: fields.date(),
  endsOn: fields.date({ optional: true }),
  note: note(),
});

export const HoldInput = z.object({
  reason: z.enum(HOLD_REASONS, { error: "eligibility.errors.hold_reason" }),
  startsOn: fields.date(),
  endsOn: fields.date({ optional: true }),
  note: note(),
});

export const EndHoldInput = z.object({
  holdId: fields.id("eligibility.errors.hold_unknown"),
  endsOn: fields.date(),
});

export const InitiativeInput = z.object({
  title: fields.requiredText(500),
  scope: z.enum(INITIATIVE_SCOPES, { error: "eligibility.errors.initiative_scope" }),
  recognisedOn: fields.date(),
  recognisedBy: z.string().trim().max(300, "errors.too_long").optional().default(""),
  note: note(),
});

export const FACT_KINDS = ["assessment", "discipline", "hold", "initiative"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const RemoveFactInput = z.object({
  kind: z.enum(FACT_KINDS, { error: "eligibility.errors.fact_kind" }),
  factId: fields.id("eligibility.errors.fact_unknown"),
  reason: reasonField(),
});

/** A period's end on or after its start; the field named is the end's. */
export function assertPeriod(start: string, end: string | null, field = "endsOn"): void {
  if (end && end < start) throw ValidationError.field(field, "eligibility.errors.ends_before_start");
}
