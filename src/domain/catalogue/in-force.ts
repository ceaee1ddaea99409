// The catalogue in force for one unit on one day: of the entries that apply that day, a unit's
// own version wins over its province's, which wins over the national one; within one layer the
// latest version wins. Nothing is ever overwritten: a new version is a new entry with its dates.
import type { CatalogueEntry, EntryKind, EntryScope, EntryValues } from "./entries";

export interface LayeredEntry<K extends EntryKind = EntryKind> extends CatalogueEntry<K> {
  /** The row's id in the editable table (absent for the shipped data). */
  id?: number;
  scope: EntryScope;
  /** The unit (a province, or a unit) whose own version this is: its path ("/1/4/") and name. */
  scopePath: string | null;
  scopeName?: string | null;
}

/** Whether the entry applies on this ISO date. */
export function appliesOn(entry: Pick<CatalogueEntry, "validFrom" | "validTo">, on: string): boolean {
  return entry.validFrom <= on && (entry.validTo === null || on <= entry.validTo);
}

/** Whether the entry's layer reaches the unit at this path (national entries reach every unit). */
function reaches(entry: LayeredEntry, unitPath: string | null): boolean {
  if (entry.scopePath === null) return true;
  return unitPath !== null && unitPath.startsWith(entry.scopePath);
}

const key = (kind: string, code: string) => `${kind}\u0000${code}`;

export interface Catalogue {
  /** The day it is in force, ISO. */
  on: string;
  /** One entry per kind and code: the version that applies. */
  entries: LayeredEntry[];
  get<K extends EntryKind>(kind: K, code: string): LayeredEntry<K> | undefined;
  /** The entry for a form's code, or the default entry ("*") of that kind. */
  forForm<K extends EntryKind>(kind: K, formCode: string): LayeredEntry<K> | undefined;
  all<K extends EntryKind>(kind: K): LayeredEntry<K>[];
}

export function catalogueOn(entries: readonly LayeredEntry[], on: string, unitPath: string | null): Catalogue {
  const chosen = new Map<string, LayeredEntry>();
  for (const e of entries) {
    if (!appliesOn(e, on) || !reaches(e, unitPath)) continue;
    const k = key(e.kind, e.code);
    const held = chosen.get(k);
    if (!held || outranks(e, held)) chosen.set(k, e);
  }
  const list = [...chosen.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code));
  const get = <K extends EntryKind>(kind: K, code: string) => chosen.get(key(kind, code)) as LayeredEntry<K> | undefined;
  return {
    on,
    entries: list,
    get,
    forForm: (kind, formCode) => get(kind, formCode) ?? get(kind, "*"),
    all: <K extends EntryKind>(kind: K) => list.filter((e): e is LayeredEntry<K> => e.kind === kind),
  };
}

/** A deeper layer wins; within a layer, the later version. */
function outranks(a: LayeredEntry, b: LayeredEntry): boolean {
  const depth = (e: LayeredEntry) => e.scopePath?.length ?? 0;
  if (depth(a) !== depth(b)) return depth(a) > depth(b);
  return a.validFrom > b.validFrom;
}

/** The national layer as shipped, in the shape the resolver takes. */
export function nationalLayer(entries: readonly CatalogueEntry[]): LayeredEntry[] {
  return entries.map((e) => ({ ...e, scope: "national", scopePath: null }));
}

/** A form's name on that day, or its code when the catalogue does not know it. */
/** A form's name, category and rank on the catalogue's day, as decisions, certificates and the ceremony print and order it; its code when unknown. */
export function formOn(catalogue: Catalogue, code: string): { formName: string; category: "title" | "form"; rank: number } {
  const form = catalogue.get("form", code)?.value as EntryValues["form"] | undefined;
  return { formName: form?.name ?? code, category: form?.category ?? "form", rank: form?.rank ?? 0 };
}

export function formName(catalogue: Catalogue, code: string, lang: "vi" | "en" = "vi"): string {
  const form = catalogue.get("form", code)?.value as EntryValues["form"] | undefined;
  if (!form) return code;
  return lang === "en" ? form.nameEn : form.name;
}
