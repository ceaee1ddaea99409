// Registrations (đăng ký thi đua): the titles a participant may aim for, and who has not
// registered yet.
import type { EntryValues } from "../catalogue/entries";
import type { Catalogue } from "../catalogue/in-force";

export interface TitleChoice {
  code: string;
  name: string;
  nameEn: string;
}

/**
 * The titles and forms a participant (a unit or an organisation: it registers as a collective)
 * may aim for: those the catalogue holds that day for collectives or units, lowest first, as
 * officials list them. Anything else is written in as the "other" title.
 */
export function registrationTitles(catalogue: Catalogue): TitleChoice[] {
  return catalogue
    .all("form")
    .filter((e) => (e.value as EntryValues["form"]).recipients.some((r) => r === "collective" || r === "unit"))
    .sort((a, b) => (a.value as EntryValues["form"]).rank - (b.value as EntryValues["form"]).rank || a.code.localeCompare(b.code))
    .map((e) => ({ code: e.code, name: (e.value as EntryValues["form"]).name, nameEn: (e.value as EntryValues["form"]).nameEn }));
}

/** A registration's titles by name on the movement's date; a code the catalogue does not know is shown as it is. */
export function titleLabels(catalogue: Catalogue, codes: readonly string[]): TitleChoice[] {
  return codes.map((code) => {
    const form = catalogue.get("form", code)?.value as EntryValues["form"] | undefined;
    return form ? { code, name: form.name, nameEn: form.nameEn } : { code, name: code, nameEn: code };
  });
}

export type RegistrationStatus = "submitted" | "accepted" | "returned";

/** Submitting again updates a submitted or returned registration; an accepted one is settled. */
export function canResubmit(status: RegistrationStatus | string): boolean {
  return status === "submitted" || status === "returned";
}

export interface Missing<P> {
  participant: P;
  /** The deadline has passed (in Vietnam's calendar) and this participant has still not registered. */
  overdue: boolean;
}

/**
 * Participants without a registration. A returned registration counts as registered: the
 * participant has answered and is correcting it.
 */
export function notRegistered<P extends { unitId: number }>(
  participants: readonly P[],
  registeredUnitIds: Iterable<number>,
  deadline: string | null,
  today: string,
): Missing<P>[] {
  const registered = new Set(registeredUnitIds);
  const overdue = deadline !== null && today > deadline;
  return participants.filter((p) => !registered.has(p.unitId)).map((participant) => ({ participant, overdue }));
}
