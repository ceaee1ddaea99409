import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { documentRecipients, documents, units } from "../../db/schema";
import type { DocumentStatus } from "../../domain/documents/workflow";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { documentPolicy } from "./policy";

export type DocumentRow = typeof documents.$inferSelect & { status: DocumentStatus };
export type FoundDocument = { doc: DocumentRow; unit: typeof units.$inferSelect; asRecipient: boolean };

/**
 * The document if the actor may see it: within their units, or delivered to a unit where
 * they hold a post. Otherwise NotFound, as if it did not exist. `forUpdate` locks the row
 * for a transition, so that two clicks cannot both pass the status check.
 */
export async function findVisibleDocument(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}): Promise<FoundDocument> {
  const query = db.select().from(documents).where(eq(documents.id, id));
  const [doc] = opts.forUpdate ? await query.for("update") : await query;
  if (!doc) throw new NotFound("document");
  const [unit] = await db.select().from(units).where(eq(units.id, doc.unitId));
  const found = { doc: doc as DocumentRow, unit: unit!, asRecipient: false };
  if (documentPolicy.view(actor, { status: doc.status, unitPath: unit!.path })) return found;
  if (doc.status === "issued" && (await recipientUnitsOf(actor, db, id)).length > 0) return { ...found, asRecipient: true };
  throw new NotFound("document");
}

/** The recipient lines of this document that reach the actor: units where they hold a post. */
export async function recipientUnitsOf(actor: Actor, db: DbOrTx, documentId: number): Promise<number[]> {
  const own = [...new Set(actor.assignments.map((a) => a.unitId))];
  if (own.length === 0) return [];
  const rows = await db
    .select({ id: documentRecipients.id })
    .from(documentRecipients)
    .where(and(eq(documentRecipients.documentId, documentId), inArray(documentRecipients.unitId, own), sql`${documentRecipients.deliveredAt} IS NOT NULL`));
  return rows.map((r) => r.id);
}
