// Which form of commendation and which kind a typed text names, among those the catalogue has
// in force on the decision's date: its code ("LDTT", "ldtt", "LĐTT"), its full name with or
// without diacritics ("Lao động tiên tiến", "lao dong tien tien"), or the start of one name
// only ("Giấy khen" once the district level has ended). Names are those of that date: "Xã,
// phường, đặc khu tiêu biểu" is not a name before 1/7/2025.
import type { RecipientKind } from "../catalogue/entries";
import type { Catalogue, LayeredEntry } from "../catalogue/in-force";
import { foldForSearch } from "../text/vietnamese";

/** Folded, abbreviations written out, punctuation to spaces. */
export function formKey(text: string): string {
  return foldForSearch(text)
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bubnd\b/g, "uy ban nhan dan")
    .replace(/\bttg\b/g, "thu tuong")
    .replace(/\bcp\b/g, "chinh phu")
    .trim();
}

export type FormMatch = { ok: true; code: string; entry: LayeredEntry<"form"> } | { ok: false; reason: "unknown" | "ambiguous"; candidates: string[] };

export function matchForm(catalogue: Catalogue, text: string): FormMatch {
  const forms = catalogue.all("form");
  const key = formKey(text);
  const code = key.replace(/ /g, "_").toUpperCase();
  const byCode = forms.find((f) => f.code === code || f.code.replace(/_/g, "") === code.replace(/_/g, ""));
  if (byCode) return { ok: true, code: byCode.code, entry: byCode };
  const exact = forms.filter((f) => formKey(f.value.name) === key);
  if (exact.length === 1) return { ok: true, code: exact[0]!.code, entry: exact[0]! };
  const starts = key ? forms.filter((f) => formKey(f.value.name).startsWith(key + " ") || formKey(f.value.name) === key) : [];
  if (starts.length === 1) return { ok: true, code: starts[0]!.code, entry: starts[0]! };
  if (starts.length > 1) return { ok: false, reason: "ambiguous", candidates: starts.map((f) => `${f.value.name} (${f.code})`) };
  return { ok: false, reason: "unknown", candidates: [] };
}

/** Whether the form is given to this kind of recipient. */
export const formAccepts = (entry: LayeredEntry<"form">, kind: RecipientKind) => entry.value.recipients.includes(kind);

export type KindMatch = { ok: true; code: string } | { ok: false; candidates: string[] };

/** A commendation kind by its code or a word of its name ("công trạng", "đột xuất", "theo đợt", "chuyên đề"); empty: công trạng. */
export function matchCommendationKind(catalogue: Catalogue, text: string): KindMatch {
  const kinds = catalogue.all("commendation_kind");
  const key = formKey(text);
  if (!key) return catalogue.get("commendation_kind", "cong_trang") ? { ok: true, code: "cong_trang" } : { ok: false, candidates: [] };
  const byCode = kinds.find((k) => k.code === key.replace(/ /g, "_"));
  if (byCode) return { ok: true, code: byCode.code };
  const found = kinds.filter((k) => ` ${formKey(k.value.name)} `.includes(` ${key} `));
  if (found.length === 1) return { ok: true, code: found[0]!.code };
  return { ok: false, candidates: found.map((k) => k.value.name) };
}
