// What a check-in or an assessment may report for a criterion, by the criterion's measure:
// a count (≥ 0), a percentage (0–100) or yes/no (stored as 1 or 0, the target being "yes").

export const MEASURES = ["number", "percent", "boolean"] as const;
export type Measure = (typeof MEASURES)[number];

export const CHECKIN_STATUSES = ["on_track", "late", "at_risk"] as const;
export type CheckinStatus = (typeof CHECKIN_STATUSES)[number];

export const isMeasure = (s: string): s is Measure => (MEASURES as readonly string[]).includes(s);
export const isCheckinStatus = (s: string): s is CheckinStatus => (CHECKIN_STATUSES as readonly string[]).includes(s);

/** numeric(14,4): ten integer digits at most. */
const MAX_VALUE = 9_999_999_999;

const YES = new Set(["1", "yes", "true", "có", "co", "đạt", "dat"]);
const NO = new Set(["0", "no", "false", "không", "khong", "chưa đạt", "chua dat"]);

export type ParsedValue = { ok: true; value: number } | { ok: false; error: "number" | "percent" | "boolean" };

/**
 * Reads a value typed in a form or sent by the API for a criterion of this measure.
 * A Vietnamese decimal comma ("12,5") is accepted; at most four decimals are kept.
 */
export function parseValue(measure: Measure, raw: unknown): ParsedValue {
  if (measure === "boolean") {
    if (raw === true || raw === 1) return { ok: true, value: 1 };
    if (raw === false || raw === 0) return { ok: true, value: 0 };
    const s = typeof raw === "string" ? raw.trim().toLocaleLowerCase("vi") : "";
    if (YES.has(s)) return { ok: true, value: 1 };
    if (NO.has(s)) return { ok: true, value: 0 };
    return { ok: false, error: "boolean" };
  }
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\s*\d+([.,]\d+)?\s*$/.test(raw) ? Number(raw.trim().replace(",", ".")) : Number.NaN;
  const max = measure === "percent" ? 100 : MAX_VALUE;
  if (!Number.isFinite(n) || n < 0 || n > max) return { ok: false, error: measure };
  return { ok: true, value: Math.round(n * 10_000) / 10_000 };
}

/** Whether a reported date is acceptable: inside the movement's period and not after today (ISO dates compare as text). */
export function checkReportedOn(on: string, period: { startsOn: string; endsOn: string }, today: string): "ok" | "outside" | "future" {
  if (on > today) return "future";
  if (on < period.startsOn || on > period.endsOn) return "outside";
  return "ok";
}
