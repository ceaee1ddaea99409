// Parses input at the edge: NFC-normalises every string, then checks it with a
// zod schema. Messages in schemas are catalogue keys; anything without one falls
// back to zod's own Vietnamese or English text.
import { z } from "zod";
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
    fields[field] = { key: issue.message, params };
  }
  throw new ValidationError(fields);
}

/** Reusable field schemas with their messages. */
export const fields = {
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
};
