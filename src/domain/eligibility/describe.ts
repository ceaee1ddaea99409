// A rule's message in words: vocabulary parameters through their labels, form codes by the form's
// name on the decision date, ISO dates as officials write them, a nested message rendered first.
import { formatDate, type Lang } from "../text/dates";
import type { Message } from "./types";

type Translate = (key: string, params?: Record<string, string | number>) => string;

const VOCABULARY: Record<string, string> = { rating: "rating", min: "rating", discipline: "discipline", from: "discipline", reason: "reason", recipient: "recipient", scope: "scope" };
const FORM_CODES = new Set(["code", "requires", "of", "title"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function describeMessage(message: Message, t: Translate, lang: Lang, formName: (code: string) => string, kindName: (code: string) => string = (c) => c): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (typeof value === "number") params[name] = value;
    else if (VOCABULARY[name]) params[name] = t(`rules.value.${VOCABULARY[name]}.${value}`);
    else if (FORM_CODES.has(name)) params[name] = formName(value);
    else if (name === "kind") params[name] = kindName(value);
    else if (ISO_DATE.test(value)) params[name] = formatDate(value, lang);
    else params[name] = value;
  }
  if (typeof message.params?.inner === "string") {
    const { inner, ...rest } = message.params;
    params.inner = describeMessage({ key: inner, params: Object.fromEntries(Object.entries(rest).filter(([k]) => k !== "code")) }, t, lang, formName, kindName);
  }
  return t(message.key, params);
}
