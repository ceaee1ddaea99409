// A person of the registry, as plain data rules.
import { foldForSearch, personSortKey } from "../text/vietnamese";

export const GENDERS = ["male", "female"] as const;
export type Gender = (typeof GENDERS)[number];

/** The derived columns that search and sort people the Vietnamese way. */
export const personKeys = (fullName: string) => ({ searchText: foldForSearch(fullName), sortKey: personSortKey(fullName) });

/** Reads "Nam"/"Nữ" (or male/female) as a gender. */
export function parseGender(text: string): Gender | null {
  const t = text.normalize("NFC").trim().toLocaleLowerCase("vi");
  if (t === "nam" || t === "male" || t === "m") return "male";
  if (t === "nữ" || t === "nu" || t === "female" || t === "f") return "female";
  return null;
}

/** Reads a date as Vietnamese people write it (31/12/1980, 31-12-1980) or ISO; null if impossible. */
export function parseVietnameseDate(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
