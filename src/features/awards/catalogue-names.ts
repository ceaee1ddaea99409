// Forms' and kinds' names as the catalogue had them on each decision's date (a form is shown
// under the name it bore when decided), and the forms an award may name, for choosing.
import type { DbOrTx } from "../../db/client";
import type { EntryValues } from "../../domain/catalogue/entries";
import { catalogueOn, type Catalogue, type LayeredEntry } from "../../domain/catalogue/in-force";
import { loadCatalogueEntries } from "../catalogue/load-catalogue";

export interface CatalogueNames {
  form(code: string, on: string, lang?: "vi" | "en"): string;
  kind(code: string, on: string, lang?: "vi" | "en"): string;
  /** Every form ever in the catalogue, by code, under its latest name: the list's filter and the form's choices. */
  forms: { code: string; name: string; nameEn: string }[];
  on(date: string): Catalogue;
}

export async function catalogueNames(db: DbOrTx): Promise<CatalogueNames> {
  const entries = await loadCatalogueEntries(db);
  const byDate = new Map<string, Catalogue>();
  const on = (date: string) => {
    let c = byDate.get(date);
    if (!c) byDate.set(date, (c = catalogueOn(entries, date, null)));
    return c;
  };
  const latest = new Map<string, LayeredEntry>();
  for (const e of entries) if (e.kind === "form" && e.scopePath === null && (!latest.has(e.code) || latest.get(e.code)!.validFrom < e.validFrom)) latest.set(e.code, e);
  const named = (kind: "form" | "commendation_kind", code: string, date: string, lang: "vi" | "en") => {
    const v = (on(date).get(kind, code) ?? latest.get(code))?.value as EntryValues["form"] | undefined;
    return v ? (lang === "en" ? v.nameEn : v.name) : code;
  };
  return {
    form: (code, date, lang = "vi") => named("form", code, date, lang),
    kind: (code, date, lang = "vi") => named("commendation_kind", code, date, lang),
    forms: [...latest.values()]
      .map((e) => ({ code: e.code, name: (e.value as EntryValues["form"]).name, nameEn: (e.value as EntryValues["form"]).nameEn, rank: (e.value as EntryValues["form"]).rank }))
      .sort((a, b) => b.rank - a.rank)
      .map(({ rank: _, ...f }) => f),
    on,
  };
}
