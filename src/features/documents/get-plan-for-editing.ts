import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { documentBases, documentRecipients } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { findVisibleDocument } from "./find-document";
import { planFormChoices } from "./form-choices";

/** A plan as its edit form needs it: the document, the choices of the form, its stored recipients and basis. */
export async function getPlanForEditing(actor: Actor, db: DbOrTx, id: number) {
  const { doc, unit } = await findVisibleDocument(actor, db, id);
  if (doc.typeCode !== "KH") throw new NotFound("document"); // other kinds are drawn up by their own areas
  const [choices, recipients, bases] = await Promise.all([
    planFormChoices(actor, db, unit),
    db.select().from(documentRecipients).where(eq(documentRecipients.documentId, id)).orderBy(documentRecipients.position),
    db.select({ id: documentBases.directiveId }).from(documentBases).where(eq(documentBases.documentId, id)),
  ]);
  return { doc, unit, choices, recipients, basisIds: bases.map((b) => b.id) };
}
