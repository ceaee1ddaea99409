// Reading forms and managing the session cookie, shared by the feature routes.
import type { MiddlewareHandler } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { SESSION_COOKIE } from "../features/accounts/sessions";
import { ValidationError } from "../platform/errors";
import { parseFormBody } from "./body-limit";
import type { AppEnv, Ctx } from "./context";
import { assertPlainText } from "./plain-text";
import { sameSitePath } from "./redirects";
import { apiError, isApi } from "./respond";
import type { FormState } from "./view";

/** The submitted fields as strings (files and the CSRF token left out); control characters refused. */
export async function readForm(c: Ctx): Promise<Record<string, string>> {
  const body = await parseFormBody(c);
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === "string" && k !== "_csrf") values[k] = v;
  assertPlainText(values);
  return values;
}

/**
 * Runs a use case with the submitted form; on invalid input, renders the form again
 * with what was typed and what is wrong (422). Other errors go to the app's handler.
 */
export async function handleForm<T>(
  values: Record<string, string>,
  run: () => Promise<T>,
  showAgain: (form: FormState) => Response | Promise<Response>,
  onSuccess: (result: T) => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await onSuccess(await run());
  } catch (err) {
    if (err instanceof ValidationError) return showAgain({ values, errors: err.fields });
    throw err;
  }
}

export function setSessionCookie(c: Ctx, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: c.get("deps").config.baseUrl.startsWith("https:"),
    maxAge: 14 * 24 * 3600,
  });
}

export function clearSessionCookie(c: Ctx) {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** Staff pages need a signed-in user: pages redirect to sign-in, the API answers 401. */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("actor")?.user) return next();
  if (isApi(c)) return apiError(c, 401, "unauthenticated", c.get("t")("errors.unauthenticated"));
  const next_ = c.req.method === "GET" ? `?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ""))}` : "";
  return c.redirect(`/sign-in${next_}`, 303);
};

/** Only paths of this site are followed after sign-in. */
export const safeNext = (next: string | undefined): string => sameSitePath(next);

export const clientMeta = (c: Ctx) => ({ ip: c.get("clientIp"), userAgent: c.req.header("user-agent") });
