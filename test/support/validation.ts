import { ValidationError } from "../../src/platform/errors";

/** The field → message key map of the validation error a use case throws; fails if it succeeds or throws anything else. */
export async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ValidationError) return Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, String(v.key)]));
    throw err;
  }
  throw new Error("expected a validation error");
}
