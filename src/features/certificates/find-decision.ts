// A decision whose certificates the actor may print: an issued QĐ of a unit they work in (seen as
// a recipient of the document is not enough), found as the documents' visibility rule finds it.
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { authorize, NotFound } from "../../platform/errors";
import { findVisibleDocument } from "../documents/find-document";
import { decisionFacts, type DecisionFacts } from "./certificate-facts";
import { certificatePolicy } from "./policy";

export async function findPrintableDecision(actor: Actor, db: DbOrTx, id: number): Promise<DecisionFacts> {
  const found = await findVisibleDocument(actor, db, id);
  if (found.asRecipient || found.doc.typeCode !== "QĐ" || found.doc.status !== "issued") throw new NotFound("document");
  authorize(certificatePolicy.print(actor, found.unit), "certificate.print");
  return decisionFacts(found.doc, found.unit.path);
}
