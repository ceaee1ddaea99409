import { type Catalogue, formOn } from "../../domain/catalogue/in-force";
import type { DecisionLine } from "../../domain/decisions/decision-content";
import type { DecidableNomination } from "./decidable-nominations";

/** A nomination as a line of the decision, with its form's name, kind and rank on the catalogue's day. */
export function decisionLine(catalogue: Catalogue, n: DecidableNomination): DecisionLine {
  return {
    nominationId: n.id,
    formCode: n.formCode,
    ...formOn(catalogue, n.formCode),
    recipientKind: n.nomineeKind,
    recipientId: n.recipientId,
    recipientName: n.nomineeName,
    detail: n.nominatorName,
    achievement: n.achievement,
    year: n.year,
    commendationKind: n.commendationKind,
  };
}
