// A nomination's dossier as it stands: the items the catalogue of its decision date requires,
// the documents in it (the latest of each item), and what is still missing.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { nominationDocuments } from "../../db/schema";
import { dossierChecklist, missingItems, requiredDossier, type DossierEntry } from "../../domain/nominations/dossier";
import type { Catalogue } from "../../domain/catalogue/in-force";
import type { NominationRow } from "./find-nomination";

export async function dossierState(db: DbOrTx, n: NominationRow, catalogue: Catalogue) {
  const documents = await db
    .select()
    .from(nominationDocuments)
    .where(and(eq(nominationDocuments.nominationId, n.id), isNull(nominationDocuments.replacedAt)))
    .orderBy(asc(nominationDocuments.id));
  const required: DossierEntry = requiredDossier(catalogue, n.formCode, n.commendationKind) ?? { items: [], citation: "", unconfirmed: false };
  const present = documents.map((d) => d.itemCode);
  return { required, documents, checklist: dossierChecklist(required, present), missing: missingItems(required, present) };
}
