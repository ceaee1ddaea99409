// Cross-cutting request handling: security headers, language, who is asking, CSRF.
import { getConnInfo } from "@hono/node-server/conninfo";
import { getCookie, setCookie } from "hono/cookie";
import type { MiddlewareHandler } from "hono";
import { translator } from "../i18n";
import { loadActor } from "../platform/actor";
import { hmac, newToken, safeEqual } from "../platform/secrets";
import { findSession, SESSION_COOKIE } from "../features/accounts/sessions";
import { actorForApiToken } from "../features/accounts/api-tokens";
import type { AppEnv } from "./context";
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

/**
 * Signed double-submit CSRF protection: a random cookie, and in every form a token
 * that is its HMAC under the server secret. API calls with a bearer token carry no
 * cookies and need none.
 */
export const csrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { config } = c.get("deps");
  let seed = getCookie(c, CSRF_COOKIE);
  if (!seed || seed.length < 20) {
    seed = newToken();
    setCookie(c, CSRF_COOKIE, seed, { path: "/", httpOnly: true, sameSite: "Lax", secure: config.baseUrl.startsWith("https:") });
  }
  const expected = hmac(config.sessionSecret, seed);
  c.set("csrfToken", expected);
  if (UNSAFE.has(c.req.method) && !c.get("viaToken")) {
    const type = c.req.header("content-type") ?? "";
    let given = c.req.header("x-csrf-token");
    if (!given && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
      const body = await c.req.parseBody();
      given = typeof body._csrf === "string" ? body._csrf : undefined;
    }
    if (!given || !safeEqual(given, expected)) {
      const message = c.get("t")("errors.csrf");
      return isApi(c) ? apiError(c, 403, "csrf", message) : messagePage(c, 403, "errors.forbidden_title", message);
    }
  }
  await next();
};
