// The official list shipped with the product (an NFC copy of the published file made
// by our own parser), so that a new installation can offer its commune at set-up.
import { readFileSync } from "node:fs";
import { parseOfficialUnits, type OfficialCommune, type OfficialProvince } from "../../domain/registry/official-units";
import { foldForSearch, sortKey } from "../../domain/text/vietnamese";
import { fromRoot } from "../../paths";

export const SHIPPED_OFFICIAL_LIST = fromRoot("src", "db", "seed", "admin-units-2025.csv");

interface Entry extends OfficialCommune {
  province: OfficialProvince;
  folded: string;
  key: string;
}

let entries: Entry[] | undefined;

function load(): Entry[] {
  if (entries) return entries;
  const list = parseOfficialUnits(readFileSync(SHIPPED_OFFICIAL_LIST, "utf8"));
  if (!list.ok) throw new Error("the shipped official list does not parse");
  const provinces = new Map(list.provinces.map((p) => [p.code, p]));
  entries = list.communes.map((c) => ({ ...c, province: provinces.get(c.provinceCode)!, folded: foldForSearch(c.name), key: sortKey(c.name) }));
  return entries;
}

export function findOfficialCommune(code: string): (OfficialCommune & { province: OfficialProvince }) | undefined {
  return load().find((e) => e.code === code);
}

/** Communes whose name contains the text, with or without tones; word starts first. */
export function searchOfficialCommunes(text: string, limit = 20) {
  const q = foldForSearch(text);
  if (q.length < 2) return [];
  const hits = load().filter((e) => e.folded.includes(q));
  const starts = (e: Entry) => e.folded.startsWith(q) || e.folded.includes(` ${q}`);
  hits.sort((a, b) => Number(starts(b)) - Number(starts(a)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return hits.slice(0, limit).map(({ code, name, kind, province }) => ({ code, name, kind, provinceName: province.name }));
}

export type CommuneChoice = ReturnType<typeof searchOfficialCommunes>[number];

/** The communes a search offers to pick from, with the one already picked kept first when the search no longer finds it. */
export function communeChoices(query: string, pickedCode?: string): CommuneChoice[] {
  const hits = searchOfficialCommunes(query);
  const picked = pickedCode ? findOfficialCommune(pickedCode) : undefined;
  if (picked && !hits.some((h) => h.code === picked.code)) hits.unshift({ code: picked.code, name: picked.name, kind: picked.kind, provinceName: picked.province.name });
  return hits;
}
