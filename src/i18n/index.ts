// Message catalogues: Vietnamese is the source, English must have every key.
import type { Lang } from "../domain/text/dates";
import { vi } from "./vi";
import { en } from "./en";

export type MessageKey = keyof typeof vi;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey | string, params?: Params) => string;

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function isMessageKey(key: string): key is MessageKey {
  return key in vi;
}

export function translator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  return (key, params) => {
    const template = isMessageKey(key) ? catalogue[key] : key;
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
  };
}

export { vi, en };
