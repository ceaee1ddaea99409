// The dossier a nomination needs (L Art. 84; the simplified procedure of L Art. 85 for sudden
// achievements): the catalogue's list for the form, or its default, or the simplified one when
// the kind of commendation allows it. The checklist says, for every item at once, whether it is
// there and whether the product can draw it up from the record.
import type { EntryValues } from "../catalogue/entries";
import type { Catalogue } from "../catalogue/in-force";

export type DossierItem = EntryValues["dossier"]["items"][number];

export interface DossierEntry {
  items: DossierItem[];
  citation: string;
  unconfirmed: boolean;
}

/** The dossier required on the decision date for this form and kind of commendation. */
export function requiredDossier(catalogue: Catalogue, formCode: string, commendationKind: string): DossierEntry | null {
  const kind = catalogue.get("commendation_kind", commendationKind)?.value as EntryValues["commendation_kind"] | undefined;
  const entry = (kind?.simplifiedProcedure ? catalogue.get("dossier", "simplified") : undefined) ?? catalogue.forForm("dossier", formCode);
  return entry ? { items: entry.value.items, citation: entry.citation, unconfirmed: entry.unconfirmed } : null;
}

export interface ChecklistLine {
  item: DossierItem;
  present: boolean;
}

/** Every required item with whether a document of that item is in the dossier. */
export function dossierChecklist(required: DossierEntry, presentItems: Iterable<string>): ChecklistLine[] {
  const present = new Set(presentItems);
  return required.items.map((item) => ({ item, present: present.has(item.code) }));
}

/** The items still missing, all at once, in the order the law lists them. */
export function missingItems(required: DossierEntry, presentItems: Iterable<string>): DossierItem[] {
  return dossierChecklist(required, presentItems)
    .filter((l) => !l.present)
    .map((l) => l.item);
}
