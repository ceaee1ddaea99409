import type { DbOrTx } from "../../db/client";
import type { DecisionContent } from "../../domain/decisions/decision-content";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { findVisibleDocument, type FoundDocument } from "../documents/find-document";

/** A decision (a QĐ drafted from the council's results or a revocation) the actor may see; NotFound otherwise, as for any document. */
export async function findVisibleDecision(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}): Promise<FoundDocument & { content: DecisionContent }> {
  const found = await findVisibleDocument(actor, db, id, opts);
  const content = found.doc.content as Partial<DecisionContent>;
  if (found.doc.typeCode !== "QĐ" || (content.kind !== "award" && content.kind !== "revocation")) throw new NotFound("document");
  return { ...found, content: content as DecisionContent };
}
