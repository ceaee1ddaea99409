// Input shared by the check-in and activity forms and the API.
import { z } from "zod";
import { todayInVietnam } from "../../domain/text/dates";
import { checkReportedOn, parseValue, type Measure } from "../../domain/progress/values";
import type { FieldErrors } from "../../platform/errors";

/** The form's hidden one-time key: random, URL-safe. Optional in the API (no retry protection then). */
export const requestKey = () =>
  z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "errors.checkin_request_key").optional());

export const newRequestKey = () => crypto.randomUUID().replaceAll("-", "");

/** Field errors for a reported date (inside the movement's period, not after today). */
export function dateErrors(field: string, on: string, period: { startsOn: string; endsOn: string }, now = new Date()): FieldErrors {
  const verdict = checkReportedOn(on, period, todayInVietnam(now));
  if (verdict === "future") return { [field]: { key: "errors.checkin_date_future" } };
  if (verdict === "outside") return { [field]: { key: "errors.checkin_date_outside", params: { from: period.startsOn.split("-").reverse().join("/"), to: period.endsOn.split("-").reverse().join("/") } } };
  return {};
}

/** The value for a criterion's measure, or a field error naming what is expected. */
export function readValue(field: string, measure: Measure, raw: unknown): { value: number | null; errors: FieldErrors } {
  const parsed = parseValue(measure, raw);
  if (parsed.ok) return { value: parsed.value, errors: {} };
  return { value: null, errors: { [field]: { key: `errors.checkin_value_${parsed.error}` } } };
}
