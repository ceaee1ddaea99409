// Finding a form as officials type it: its code ("GK_XA"), or words of its name in any order,
// with or without diacritics ("giay khen xa", "khen xã giấy"). Every word must begin a word of
// the name; several forms may match, and then all of them are listed.
import type { EntryValues } from "../catalogue/entries";
import type { Catalogue } from "../catalogue/in-force";
import { foldForSearch } from "../text/vietnamese";

export interface FormMatch {
  code: string;
  name: string;
}

export function findForms(catalogue: Catalogue, query: string): FormMatch[] {
  const forms = catalogue.all("form").map((e) => ({ code: e.code, name: (e.value as EntryValues["form"]).name }));
  const byCode = forms.find((f) => f.code.toLowerCase() === query.trim().toLowerCase());
  if (byCode) return [byCode];
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return forms.filter((f) => {
    const nameWords = foldForSearch(f.name).split(/\s+/);
    return words.every((w) => nameWords.some((n) => n.startsWith(w)));
  });
}
