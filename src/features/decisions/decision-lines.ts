import type { EntryValues } from "../../domain/catalogue/entries";
import type { Catalogue } from "../../domain/catalogue/in-force";
import type { DecisionLine } from "../../domain/decisions/decision-content";
import type { DecidableNomination } from "./decidable-nominations";

/** A nomination as a line of the decision, with its form's name, kind and rank on the catalogue's day. */
export function decisionLine(catalogue: Catalogue, n: DecidableNomination): DecisionLine {
  const form = catalogue.get("form", n.formCode)?.value as EntryValues["form"] | undefined;
  return {
    nominationId: n.id,
    formCode: n.formCode,
    formName: form?.name ?? n.formCode,
    category: form?.category ?? "form",
    rank: form?.rank ?? 0,
    recipientKind: n.nomineeKind,
    recipientId: n.recipientId,
    recipientName: n.nomineeName,
    detail: n.nominatorName,
    achievement: n.achievement,
    year: n.year,
    commendationKind: n.commendationKind,
  };
}
