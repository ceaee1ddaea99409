import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { documentRecipients, documents, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";

/** Documents delivered to the units where the actor holds a post, newest first, with whether each was opened. */
export async function listInbox(actor: Actor, db: DbOrTx) {
  const own = [...new Set(actor.assignments.map((a) => a.unitId))];
  if (own.length === 0) return [];
  return db
    .select({
      id: documents.id, typeCode: documents.typeCode, numberSymbol: documents.numberSymbol, summary: documents.summary, issuedOn: documents.issuedOn,
      issuer: units.name, recipient: documentRecipients.label, deliveredAt: documentRecipients.deliveredAt, openedAt: documentRecipients.openedAt,
    })
    .from(documentRecipients)
    .innerJoin(documents, eq(documents.id, documentRecipients.documentId))
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(and(inArray(documentRecipients.unitId, own), isNotNull(documentRecipients.deliveredAt)))
    .orderBy(desc(documentRecipients.deliveredAt), desc(documents.id))
    .limit(200);
}
