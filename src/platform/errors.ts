// Errors a use case may raise; routes turn them into pages or JSON answers.
// Messages are catalogue keys so that the answer comes in the reader's language.
import type { MessageKey } from "../i18n";

export type FieldErrors = Record<string, { key: MessageKey | string; params?: Record<string, string | number> }>;

/** Not found, or not visible to this actor: both answer 404 so that ids reveal nothing. */
export class NotFound extends Error {
  constructor(readonly entity: string) {
    super(`${entity} not found`);
  }
}

/** Visible, but this actor may not do this to it. */
export class Forbidden extends Error {
  constructor(readonly action: string) {
    super(`forbidden: ${action}`);
  }
}

/** Input that fails validation: one message per field, in the order of the form. */
export class ValidationError extends Error {
  constructor(readonly fields: FieldErrors) {
    super(`invalid input: ${Object.keys(fields).join(", ")}`);
  }
  static field(field: string, key: MessageKey, params?: Record<string, string | number>): ValidationError {
    return new ValidationError({ [field]: { key, ...(params ? { params } : {}) } });
  }
}

/** A rate limit was reached; `scope` says whose attempts: one account's or one address's. */
export class TooManyAttempts extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly scope: "account" | "address",
  ) {
    super("too many attempts");
  }
}

export function authorize(allowed: boolean, action: string): void {
  if (!allowed) throw new Forbidden(action);
}
