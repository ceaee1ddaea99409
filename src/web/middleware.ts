// Cross-cutting request handling: security headers, language, who is asking, CSRF.
import { getConnInfo } from "@hono/node-server/conninfo";
import { getCookie, setCookie } from "hono/cookie";
import type { MiddlewareHandler } from "hono";
import { translator } from "../i18n";
import { loadActor } from "../platform/actor";
import { hmac, newToken, safeEqual } from "../platform/secrets";
import { findSession, SESSION_COOKIE } from "../features/accounts/sessions";
import { actorForApiToken } from "../features/accounts/api-tokens";
import { parseFormBody } from "./body-limit";
import type { AppEnv, Ctx } from "./context";
import { sameSitePath } from "./redirects";
import { apiError, isApi, messagePage } from "./respond";

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set("Content-Security-Policy", CSP);
  h.set("X-Content-Type-Options", "nosniff");
  h.set("X-Frame-Options", "DENY");
  h.set("Referrer-Policy", "same-origin");
  h.set("Cross-Origin-Opener-Policy", "same-origin");
  h.set("Cross-Origin-Resource-Policy", "same-origin");
  h.set("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
  if (c.get("deps").config.baseUrl.startsWith("https:")) {
    h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  if (!h.has("Cache-Control") && !c.req.path.startsWith("/static/")) h.set("Cache-Control", "no-store");
};

export const clientIp: MiddlewareHandler<AppEnv> = async (c, next) => {
  const forwarded = c.get("deps").config.trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  let ip = forwarded;
  if (!ip) {
    try {
      ip = getConnInfo(c).remote.address;
    } catch {
      ip = undefined;
    }
  }
  c.set("clientIp", ip ?? "unknown");
  await next();
};

/** Vietnamese unless English was chosen; `?lang=en` switches and remembers the choice. */
export const language: MiddlewareHandler<AppEnv> = async (c, next) => {
  const chosen = c.req.query("lang");
  if ((chosen === "vi" || chosen === "en") && c.req.method === "GET") {
    setCookie(c, "lang", chosen, { path: "/", sameSite: "Lax", maxAge: 365 * 24 * 3600, httpOnly: true });
    const url = new URL(c.req.url);
    url.searchParams.delete("lang");
    return c.redirect(sameSitePath(url.pathname + url.search), 303);
  }
  const lang = c.req.path.startsWith("/api/") && c.req.header("accept-language")?.startsWith("en") ? "en" : getCookie(c, "lang") === "en" ? "en" : "vi";
  c.set("lang", lang);
  c.set("t", translator(lang));
  await next();
};

/** Finds the actor from an API token (Authorization: Bearer) or the session cookie. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { database } = c.get("deps");
  c.set("actor", null);
  c.set("sessionHash", null);
  c.set("viaToken", false);
  const bearer = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    c.set("actor", await actorForApiToken(database.db, bearer));
    c.set("viaToken", true);
  } else {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(database.db, token) : null;
    if (session) {
      const actor = await loadActor(database.db, session.userId);
      c.set("actor", actor);
      if (actor) c.set("sessionHash", session.tokenHash);
    }
  }
  await next();
};

const CSRF_COOKIE = "thidua_csrf";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Requests that may carry the browser's cookies: everything but calls with an API token. */
const cookieBased = (c: Ctx) => !c.get("viaToken");

/**
 * A post made by another site's page: the browser says so in Sec-Fetch-Site, or its
 * Origin is neither BASE_URL's nor the address the request was sent to. Clients that
 * send neither header (old browsers, curl) are left to the token check.
 */
function crossSite(c: Ctx): boolean {
  const site = c.req.header("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = c.req.header("origin");
  if (origin === undefined) return false;
  const { baseUrl, trustProxy } = c.get("deps").config;
  if (origin === new URL(baseUrl).origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed or privacy-redirected page) or garbage
  }
  const own = [new URL(c.req.url).host, trustProxy ? c.req.header("x-forwarded-host")?.split(",")[0]?.trim() : undefined];
  return !own.some((h) => h && h.toLowerCase() === host.toLowerCase());
}

/** Refuses unsafe requests from another site's pages, before anything else is done with them. */
export const sameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNSAFE.has(c.req.method) && cookieBased(c) && crossSite(c)) {
    const message = c.get("t")("errors.cross_site");
    return isApi(c) ? apiError(c, 403, "cross_site", message) : messagePage(c, 403, "errors.forbidden_title", message);
  }
  await next();
};

/** The token a form carries: a header (scripts), the form's address (file forms), or its hidden field. */
async function submittedToken(c: Ctx): Promise<string | undefined> {
  const header = c.req.header("x-csrf-token");
  if (header) return header;
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  // A file form's body may be large: its token is in the address, so nothing is read before it is checked.
  if (type.startsWith("multipart/form-data")) return c.req.query("_csrf");
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const field = (await parseFormBody(c))._csrf; // small: bounded by the route's limit
    return typeof field === "string" ? field : undefined;
  }
  return undefined;
}

/**
 * CSRF tokens bound to who is asking. A signed-in user's token is an HMAC of their
 * session (a token from before sign-in, from another session or another browser is
 * refused); an anonymous visitor's is an HMAC of a random cookie. API calls with a
 * bearer token carry no cookies and need none.
 */
export const csrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { config } = c.get("deps");
  if (!cookieBased(c)) {
    c.set("csrfToken", () => "");
    return next();
  }
  const sessionHash = c.get("sessionHash");
  let expected: string | undefined;
  // Made once, when a form or the check below first needs it: a public page with no form (the
  // certificate verification under load) mints no seed, sets no cookie and computes no HMAC.
  const token = () => {
    if (expected !== undefined) return expected;
    if (sessionHash) return (expected = hmac(config.sessionSecret, `csrf:session:${sessionHash}`));
    let seed = getCookie(c, CSRF_COOKIE);
    if (!seed || seed.length < 20) {
      seed = newToken();
      setCookie(c, CSRF_COOKIE, seed, { path: "/", httpOnly: true, sameSite: "Lax", secure: config.baseUrl.startsWith("https:") });
    }
    return (expected = hmac(config.sessionSecret, `csrf:anonymous:${seed}`));
  };
  c.set("csrfToken", token);
  if (UNSAFE.has(c.req.method)) {
    const given = await submittedToken(c);
    if (!given || !safeEqual(given, token())) {
      const message = c.get("t")("errors.csrf");
      return isApi(c) ? apiError(c, 403, "csrf", message) : messagePage(c, 403, "errors.forbidden_title", message);
    }
  }
  await next();
};
