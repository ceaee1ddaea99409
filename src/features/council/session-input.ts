// What the forms and the API send for sessions, ballots and counts. Messages are i18n keys.
import { z } from "zod";
import { fields } from "../../platform/validation";
import { CHOICES } from "../../domain/council/tally";

const time = (optional: boolean) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    optional
      ? z.string().regex(/^([01]?\d|2[0-3])[:h]([0-5]\d)$/, "errors.council_time").optional()
      : z.string({ error: "errors.council_time" }).regex(/^([01]?\d|2[0-3])[:h]([0-5]\d)$/, "errors.council_time"),
  );

/** A day and an hour in Vietnam's time (UTC+7, no daylight saving): the moment they name. */
export function vietnamMoment(isoDate: string, hhmm: string): Date {
  const [h, m] = hhmm.split(/[:h]/).map(Number);
  return new Date(`${isoDate}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00+07:00`);
}

export const CreateSessionInput = z.object({
  unitId: fields.id("errors.choose_unit"),
  title: fields.requiredText(300),
  meetsOn: fields.date(),
  meetsAt: time(false),
  place: z.string().trim().max(300, "errors.too_long").default(""),
  /** Written opinions are taken until then; by default, until the meeting starts. */
  opinionsUntilOn: fields.date({ optional: true }),
  opinionsUntilAt: time(true),
  ballotMode: z.enum(["online", "paper"], { error: "errors.council_ballot_mode" }).default("online"),
});

export const AgendaInput = z.object({
  nominationIds: z.preprocess(
    (v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]),
    z.array(fields.id("errors.council_choose_nominations")).min(1, "errors.council_choose_nominations").max(500, "errors.too_many_items"),
  ),
});

export const AttendanceInput = z.object({
  /** memberId → "present" | "absent"; form fields "attendance.<memberId>". */
  attendance: z.record(z.string().regex(/^\d+$/), z.enum(["present", "absent"], { error: "errors.council_attendance" })),
});

export const RecusalInput = z.object({
  itemId: fields.id("errors.council_choose_item"),
  note: fields.requiredText(500),
});

export const OpinionInput = z.object({
  /** itemId → choice; form fields "choice.<itemId>". */
  choices: z.record(z.string().regex(/^\d+$/), z.enum(CHOICES, { error: "errors.council_choice" })),
  note: z.string().trim().max(2000, "errors.too_long").default(""),
});

export const BallotInput = z.object({
  /** The ballot form's one-time token: the same token twice is the same request, answered again. */
  token: z.string({ error: "errors.council_ballot_token" }).regex(/^[A-Za-z0-9_-]{16,64}$/, "errors.council_ballot_token"),
  choices: z.record(z.string().regex(/^\d+$/), z.enum(CHOICES, { error: "errors.council_choice" })),
});

export const PaperCountInput = z.object({
  itemId: fields.id("errors.council_choose_item"),
  agree: z.coerce.number({ error: "errors.council_count_invalid" }).int("errors.council_count_invalid").min(0, "errors.council_count_invalid").max(10_000, "errors.council_count_invalid"),
  disagree: z.coerce.number({ error: "errors.council_count_invalid" }).int("errors.council_count_invalid").min(0, "errors.council_count_invalid").max(10_000, "errors.council_count_invalid"),
  invalid: z.coerce.number({ error: "errors.council_count_invalid" }).int("errors.council_count_invalid").min(0, "errors.council_count_invalid").max(10_000, "errors.council_count_invalid").default(0),
});

/** Form fields "prefix.<id>" gathered into a record, for attendance and choices. */
export function gathered(values: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (k.startsWith(`${prefix}.`) && v !== "") out[k.slice(prefix.length + 1)] = v;
  return out;
}
