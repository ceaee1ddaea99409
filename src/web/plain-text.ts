// Text arrives as text: a NUL or another control character (tab, carriage return and
// line feed aside) in a search, a filter or a form field is refused with 400 and one
// plain sentence, before it can reach a query (PostgreSQL stores no NUL) or a page.
import type { MiddlewareHandler } from "hono";
import type { AppEnv, Ctx } from "./context";
import { parseFormBody } from "./body-limit";
import { apiError, isApi, messagePage } from "./respond";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first control character of `text` as "U+0000", or null. */
export function controlCharacter(text: string): string | null {
  const found = CONTROL.exec(text)?.[0];
  return found === undefined ? null : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Raised by readers of bodies (multipart forms, JSON); the app answers 400. */
export class ControlCharacter extends Error {
  constructor(readonly code: string) {
    super(`control character ${code} in input`);
  }
}

/** Throws ControlCharacter for the first key or string value (nested, for JSON) that holds one. */
export function assertPlainText(value: unknown): void {
  if (typeof value === "string") {
    const code = controlCharacter(value);
    if (code) throw new ControlCharacter(code);
  } else if (Array.isArray(value)) {
    for (const v of value) assertPlainText(v);
  } else if (value && typeof value === "object" && !(value instanceof Blob)) {
    for (const [k, v] of Object.entries(value)) {
      assertPlainText(k);
      assertPlainText(v);
    }
  }
}

export function controlCharacterAnswer(c: Ctx, code: string) {
  const message = c.get("t")("errors.control_character", { code });
  return isApi(c) ? apiError(c, 400, "bad_request", message) : messagePage(c, 400, "errors.bad_request_title", message);
}

/** Searches and filters: every name and value of the query string. */
export const plainQuery: MiddlewareHandler<AppEnv> = async (c, next) => {
  const search = new URL(c.req.url).search;
  if (search) {
    for (const [k, v] of new URLSearchParams(search)) {
      const code = controlCharacter(k) ?? controlCharacter(v);
      if (code) return controlCharacterAnswer(c, code);
    }
  }
  await next();
};

/** Ordinary forms (urlencoded, small and bounded): every field, read once and kept for the route. */
export const plainForm: MiddlewareHandler<AppEnv> = async (c, next) => {
  if ((c.req.header("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    try {
      assertPlainText(await parseFormBody(c, { all: true }));
    } catch (err) {
      if (err instanceof ControlCharacter) return controlCharacterAnswer(c, err.code);
      throw err;
    }
  }
  await next();
};
