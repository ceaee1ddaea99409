// Parses input at the edge: NFC-normalises every string, then checks it with a
// zod schema. Messages in schemas are catalogue keys; anything without one falls
// back to zod's own Vietnamese or English text.
import { z } from "zod";
import { FIRST_DATE_YEAR, LAST_DATE_YEAR, readDate } from "../domain/text/dates";
import { normalizeStrings } from "../domain/text/normalize";
import { ValidationError, type FieldErrors } from "./errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(normalizeStrings(input));
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    if (fields[field]) continue; // first problem per field, like GOV.UK forms
    const params: Record<string, string | number> = {};
    if ("minimum" in issue) params.min = Number(issue.minimum);
    if ("maximum" in issue) params.max = Number(issue.maximum);
    if (issue.code === "custom" && issue.params) Object.assign(params, issue.params);
    fields[field] = { key: issue.message, params };
  }
  throw new ValidationError(fields);
}

interface DateOptions {
  /** Empty (or absent, or null) means "no date": the field gives null. */
  optional?: boolean;
  /** The years accepted; by default those of the app's calendar (1900–2199). */
  minYear?: number;
  maxYear?: number;
}

/** A value typed by someone, as a message may quote it back: short, on one line. */
function quoted(value: unknown): string {
  const text = (typeof value === "string" ? value.trim() : String(JSON.stringify(value))).replace(/\s+/g, " ");
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}

/**
 * The one date field of every form, query string, API body and command: "21/03/2024",
 * "21/3/2024" or "2024-03-21" in, "2024-03-21" out (see readDate). A wrong date is quoted
 * in its message with the format expected; nothing else reaches the database.
 */
function date(opts?: DateOptions & { optional?: false }): z.ZodType<string, unknown>;
function date(opts: DateOptions & { optional: true }): z.ZodType<string | null, unknown>;
function date(opts: DateOptions = {}): z.ZodType<string | null, unknown> {
  const { optional = false, minYear = FIRST_DATE_YEAR, maxYear = LAST_DATE_YEAR } = opts;
  const field = z
    .unknown()
    .transform((input, ctx) => {
      const blank = input === undefined || input === null || (typeof input === "string" && input.trim() === "");
      if (blank) {
        if (optional) return null;
        ctx.addIssue({ code: "custom", message: "errors.date_required" });
        return z.NEVER;
      }
      const reading = typeof input === "string" ? readDate(input, { minYear, maxYear }) : ({ ok: false, problem: "not_a_date" } as const);
      if (reading.ok) return reading.iso;
      const outside = reading.problem === "out_of_range";
      ctx.addIssue({ code: "custom", message: outside ? "errors.date_out_of_range" : "errors.date_invalid", params: { value: quoted(input), min: minYear, max: maxYear } });
      return z.NEVER;
    })
    .meta({ type: "string", description: "dd/mm/yyyy (21/03/2024) or yyyy-mm-dd (2024-03-21)" } as Record<string, unknown>);
  return optional ? field.default(null) : field;
}

/**
 * A date given on the command line, read by the same field: "YYYY-MM-DD", or a
 * ValidationError on `name`, the option or argument as the operator typed it ("--on", "DATE").
 */
export function parseDateArgument(name: string, value: unknown, opts: Omit<DateOptions, "optional"> = {}): string {
  return parseInput(z.object({ [name]: date(opts) }), { [name]: value })[name] as string;
}

/** Reusable field schemas with their messages. */
export const fields = {
  /** A form checkbox ("on", absent when unticked) or a JSON boolean: always true or false. */
  checkbox: () =>
    z
      .union([z.boolean(), z.literal("on"), z.literal("1"), z.literal("")])
      .optional()
      .transform((v) => v === true || v === "on" || v === "1"),
  requiredText: (max = 200) =>
    z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(max, "errors.too_long"),
  email: () =>
    z
      .string({ error: "errors.email_required" })
      .trim()
      .min(1, "errors.email_required")
      .max(254, "errors.too_long")
      .pipe(z.email("errors.email_invalid"))
      .transform((v) => v.toLowerCase()),
  /** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
  newPassword: () =>
    z.string({ error: "errors.password_required" }).min(10, "errors.password_short").max(200, "errors.too_long"),
  /** A record id chosen in a form; `message` says what to choose when it is missing. */
  id: (message = "errors.required") => z.coerce.number({ error: message }).int(message).positive(message),
  date,
};
