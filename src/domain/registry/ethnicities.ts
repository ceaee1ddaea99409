// The 54 ethnic groups of Vietnam, from the one data file ethnic-groups.json (codes and order
// of the General Statistics Office's list, names as the Office writes them today, and the
// older names and spellings ward lists still use).
import data from "./ethnic-groups.json" with { type: "json" };
import { foldForSearch } from "../text/vietnamese";

export const ETHNIC_GROUPS_SOURCE = data.source;

export const ETHNICITIES = data.groups.map((g) => g.name) as [string, ...string[]];

export type Ethnicity = string;

/** "01" for Kinh … "54" for Rơ Măm. */
export const ethnicityCode = (name: string) => data.groups.find((g) => g.name === name)?.code ?? null;

// Every spelling folded to letters only: "H'Mông", "Hmông" and "H mông" all read "hmong".
const squeeze = (s: string) => foldForSearch(s).replace(/[^a-z0-9]+/g, "");
const BY_SPELLING = new Map<string, string>();
for (const g of data.groups) for (const spelling of [g.name, g.official1979, ...g.aliases]) BY_SPELLING.set(squeeze(spelling), g.name);
// Spellings that differ only by tones are different peoples (Thái ≠ Tày): exact forms win over folded ones.
const EXACT = new Map<string, string>();
for (const g of data.groups) for (const spelling of [g.name, g.official1979, ...g.aliases]) EXACT.set(spelling.normalize("NFC").toLocaleLowerCase("vi").replace(/[^\p{L}\p{N}]+/gu, ""), g.name);

/**
 * The official name of an ethnic group typed any common way: the name or an older one, with
 * or without hyphens, spaces, apostrophes or capitals ("H'Mông", "Êđê", "Bana", "Việt"), or its
 * two-digit code. Without tones only when that names one group.
 */
export function findEthnicity(text: string): Ethnicity | null {
  const t = text.normalize("NFC").trim();
  if (/^\d{1,2}$/.test(t)) return data.groups[Number(t) - 1]?.name ?? null;
  const exact = EXACT.get(t.toLocaleLowerCase("vi").replace(/[^\p{L}\p{N}]+/gu, ""));
  if (exact) return exact;
  const folded = squeeze(t);
  const candidates = new Set(data.groups.filter((g) => [g.name, g.official1979, ...g.aliases].some((s) => squeeze(s) === folded)).map((g) => g.name));
  return candidates.size === 1 ? [...candidates][0]! : null;
}
