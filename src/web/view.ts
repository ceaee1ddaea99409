// What every page needs to render: language, translator, actor and CSRF token.
import type { Lang } from "../domain/text/dates";
import { formatDate, formatDateTime } from "../domain/text/dates";
import { translator, type Translate } from "../i18n";
import type { Actor } from "../platform/actor";
import type { FieldErrors } from "../platform/errors";
import type { Ctx } from "./context";

export interface View {
  lang: Lang;
  t: Translate;
  actor: Actor | null;
  csrfToken: string;
  path: string;
  /** The current address with another language chosen, for the language link. */
  otherLanguageHref: string;
  date(value: Date | string): string;
  dateTime(value: Date): string;
}

export function viewOf(c: Ctx): View {
  // A page answered before the language middleware ran (an early error) reads in Vietnamese.
  const lang = c.get("lang") ?? "vi";
  const url = new URL(c.req.url);
  url.searchParams.set("lang", lang === "vi" ? "en" : "vi");
  url.searchParams.delete("_csrf"); // a file form shown again after a post: its token stays out of links
  return {
    lang,
    t: c.get("t") ?? translator(lang),
    actor: c.get("actor"),
    // Read only by pages that hold a form: an anonymous visitor's seed cookie is made then, not on every page.
    get csrfToken() {
      return c.get("csrfToken")?.() ?? "";
    },
    path: url.pathname,
    otherLanguageHref: url.pathname + url.search,
    date: (v) => formatDate(v, lang),
    dateTime: (v) => formatDateTime(v, lang),
  };
}

/** A form's state when it is shown again: what was typed and what is wrong. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

/** "Nhập {label}" reads "Nhập họ và tên": labels are lower-cased inside a sentence. */
export function fieldMessage(v: View, error: FieldErrors[string], label: string): string {
  const lower = label.charAt(0).toLocaleLowerCase(v.lang) + label.slice(1);
  return v.t(error.key, { label: lower, ...(error.params ?? {}) });
}
