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

/** The stored birth columns: the year always accompanies the day. */
export const birthColumns = (birthDate: string | null | undefined, birthYear?: number | null) => ({
  birthDate: birthDate ?? null,
  birthYear: birthDate ? Number(birthDate.slice(0, 4)) : (birthYear ?? null),
});
