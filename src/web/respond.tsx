// Uniform answers for errors, as a page or as JSON under /api.
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { translator, type MessageKey } from "../i18n";
import type { FieldErrors } from "../platform/errors";
import type { Ctx } from "./context";
import { MessagePage } from "./layout";
import { viewOf } from "./view";

export const isApi = (c: Ctx) => c.req.path.startsWith("/api/");

export function messagePage(c: Ctx, status: ContentfulStatusCode, title: MessageKey, body: string) {
  const v = viewOf(c);
  return c.html(<MessagePage v={v} title={v.t(title)} body={body} />, status);
}

/** "fullName" reads as "họ và tên" in a message, from the catalogue's field labels. */
function apiFieldLabel(t: (key: string) => string, field: string): string {
  const key = `field.${field.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`)}`;
  const label = t(key);
  return label === key ? field : label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

export function apiError(c: Ctx, status: ContentfulStatusCode, code: string, message: string, fields?: FieldErrors) {
  const t = c.get("t") ?? translator("vi");
  const details = fields
    ? Object.fromEntries(Object.entries(fields).map(([k, e]) => [k, t(e.key, { label: apiFieldLabel(t, k), ...(e.params ?? {}) })]))
    : undefined;
  return c.json({ error: { code, message, ...(details ? { fields: details } : {}) } }, status);
}

/** 404 for a missing record and for one the actor may not see: an id reveals nothing. */
export function notFound(c: Ctx) {
  const t = c.get("t") ?? translator("vi");
  return isApi(c) ? apiError(c, 404, "not_found", t("errors.not_found_body")) : messagePage(c, 404, "errors.not_found_title", t("errors.not_found_body"));
}

export function forbidden(c: Ctx) {
  const t = c.get("t") ?? translator("vi");
  return isApi(c) ? apiError(c, 403, "forbidden", t("errors.forbidden_body")) : messagePage(c, 403, "errors.forbidden_title", t("errors.forbidden_body"));
}
