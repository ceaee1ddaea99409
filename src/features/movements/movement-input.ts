// What the movement forms and the API send, checked at the edge. Rules that involve
// several fields (dates inside the period, a percentage at most 100) live in the domain
// (src/domain/movements) and are applied by the use cases.
import { z } from "zod";
import { MEASURES } from "../../domain/movements/criteria";
import { MILESTONE_KINDS, MOVEMENT_KINDS } from "../../domain/movements/movement";
import { UNIT_KINDS } from "../../domain/access/unit-kinds";
import { fields } from "../../platform/validation";

/** A record id: a positive integer that fits PostgreSQL's integer columns. */
const id = (message = "errors.required") => fields.id(message).max(2_147_483_647, message);

const emptyAsNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/**
 * A decimal as officials type it: "12", "12,5" (Vietnamese comma) or "12.5"; empty is null.
 * The column holds 14 digits with 4 decimals, so the size is capped well inside it.
 */
export const decimal = z.preprocess(
  (v) => {
    if (v === "" || v === undefined || v === null) return null;
    if (typeof v === "string") {
      const s = v.trim().replace(/\s/g, "").replace(",", ".");
      return s === "" ? null : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
    }
    return v;
  },
  z.number({ error: "errors.movement_not_a_number" }).max(1_000_000_000, "errors.movement_number_range").nullable(),
);

const text = (max: number) => z.string().trim().max(max, "errors.too_long").default("");

export const MilestoneInput = z.object({
  on: fields.date(),
  name: fields.requiredText(300),
  kind: z.enum(MILESTONE_KINDS).catch("other").default("other"),
});

export const MovementFields = z.object({
  name: fields.requiredText(500),
  kind: z.enum(MOVEMENT_KINDS, { error: "errors.movement_choose_kind" }),
  planDocumentId: z.preprocess(emptyAsNull, id().nullable()).default(null),
  startsOn: fields.date(),
  endsOn: fields.date(),
  registrationDeadline: fields.date({ optional: true }),
  description: text(10000),
  milestones: z.array(MilestoneInput).max(30, "errors.too_many_items").default([]),
  linkedIds: z.array(id()).max(30, "errors.too_many_items").default([]),
  participantIds: z.array(id()).max(500, "errors.too_many_items").default([]),
});

export const CreateMovementInput = MovementFields.extend({ unitId: id("errors.choose_unit") });
export type MovementValues = z.output<typeof MovementFields>;

export const CriterionInput = z.object({
  groupName: fields.requiredText(300),
  name: fields.requiredText(500),
  measure: z.enum(MEASURES, { error: "errors.movement_choose_measure" }),
  target: decimal.default(null),
  unitLabel: z.preprocess(emptyAsNull, z.string().trim().max(50, "errors.too_long").nullable()).default(null),
  maxPoints: decimal.default(null),
  bonusPoints: decimal.default(null),
  appliesTo: z.preprocess(emptyAsNull, z.enum(UNIT_KINDS, { error: "errors.choose_kind" }).nullable()).default(null),
});

export const SubordinatesInput = z.object({
  /** "all", or the chosen subordinate units. */
  unitIds: z.union([z.literal("all"), z.array(id()).min(1, "errors.movement_choose_subordinate")], { error: "errors.movement_choose_subordinate" }),
});

export const RegistrationInput = z.object({
  unitId: id("errors.choose_unit"),
  /** Committed targets by criterion id; a criterion left out commits to the movement's own target. */
  targets: z.record(z.string().regex(/^\d+$/), decimal).default({}),
  /** Catalogue codes of the titles and forms aimed for ("TTLDTT"), as offered on the movement's start date. */
  titles: z.array(z.string({ error: "errors.movement_title_unknown" }).trim().regex(/^[A-Za-z0-9_.-]{1,50}$/, "errors.movement_title_unknown")).max(10, "errors.too_many_items").default([]),
  otherTitle: z.preprocess(emptyAsNull, z.string().trim().max(300, "errors.too_long").nullable()).default(null),
  note: text(2000),
});

export const ReturnRegistrationInput = z.object({
  reason: z.string({ error: "errors.reason_required" }).trim().min(5, "errors.reason_required").max(2000, "errors.too_long"),
});

/** The flat fields of the movement form as the input above ("milestones.0.on", "participant.12" = "on"…). */
export function movementFormToInput(form: Record<string, string>) {
  const milestones: Record<string, string>[] = [];
  const linkedIds: string[] = [];
  const participantIds: string[] = [];
  for (const [key, value] of Object.entries(form)) {
    const m = /^milestones\.(\d+)\.(on|name|kind)$/.exec(key);
    if (m) (milestones[Number(m[1])] ??= {})[m[2]!] = value;
    const l = /^linked\.(\d+)$/.exec(key);
    if (l && value) linkedIds.push(l[1]!);
    const p = /^participant\.(\d+)$/.exec(key);
    if (p && value) participantIds.push(p[1]!);
  }
  // Empty rows are the form's spare lines; a row with only a kind chosen is still empty.
  const filled = milestones.map((m) => m ?? {}).filter((m) => (m.on ?? "").trim() || (m.name ?? "").trim());
  return { ...form, milestones: filled, linkedIds, participantIds };
}

/** The registration form's fields ("targets.7", "title.TTLDTT", …) as the input above. */
export function registrationFormToInput(form: Record<string, string>) {
  const targets: Record<string, string> = {};
  const titles: string[] = [];
  for (const [key, value] of Object.entries(form)) {
    const t = /^targets\.(\d+)$/.exec(key);
    if (t) targets[t[1]!] = value;
    const title = /^title\.(.+)$/.exec(key);
    if (title && value) titles.push(title[1]!);
  }
  return { unitId: form.unitId, targets, titles, otherTitle: form.otherTitle, note: form.note };
}
