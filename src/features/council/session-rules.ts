// The rules of a session read from the catalogue in force on its day for its unit: the quorum,
// the council's own rules and the threshold of each form on the agenda. They are fixed in the
// session when the members are invited, so the minutes cite what was applied.
import type { DbOrTx } from "../../db/client";
import type { CatalogueEntry, EntryKind, EntryValues } from "../../domain/catalogue/entries";
import type { CitedRule, SessionRules } from "../../domain/council/rules";
import { loadCatalogue } from "../catalogue/load-catalogue";

const cited = <K extends EntryKind>(e: CatalogueEntry<K>): CitedRule<EntryValues[K]> => ({ value: e.value, citation: e.citation, unconfirmed: e.unconfirmed });

export async function sessionRules(db: DbOrTx, day: string, unitPath: string, formCodes: readonly string[]): Promise<SessionRules> {
  const catalogue = await loadCatalogue(db, day, unitPath);
  const quorum = catalogue.get("quorum", "quorum");
  const council = catalogue.get("council_rule", "council");
  if (!quorum || !council) throw new Error(`The catalogue has no quorum or council rules on ${day}`);
  const thresholds: SessionRules["thresholds"] = {};
  for (const code of ["*", ...formCodes]) {
    const entry = catalogue.forForm("ballot_threshold", code);
    if (entry) thresholds[code] = cited(entry);
  }
  return { quorum: cited(quorum), council: cited(council), thresholds };
}
