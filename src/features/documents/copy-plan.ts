import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documentBases, documentRecipients } from "../../db/schema";
import type { PlanContent } from "../../domain/plans/plan-content";
import type { Actor } from "../../platform/actor";
import { createPlan } from "./create-plan";
import { findVisibleDocument } from "./find-document";

/**
 * A new draft that starts from an earlier plan (last year's, or another unit's): its
 * content, basis and Nơi nhận, never its number, date or signature.
 */
export async function copyPlan(actor: Actor, db: Db, sourceId: number) {
  const { doc, unit } = await findVisibleDocument(actor, db, sourceId);
  const content = doc.content as PlanContent;
  const bases = await db.select({ id: documentBases.directiveId }).from(documentBases).where(eq(documentBases.documentId, doc.id));
  const recipients = await db.select({ label: documentRecipients.label, unitId: documentRecipients.unitId }).from(documentRecipients).where(eq(documentRecipients.documentId, doc.id)).orderBy(documentRecipients.position);
  return createPlan(actor, { ...content, unitId: unit.id, copiedFromId: doc.id, directiveIds: bases.map((b) => b.id), recipients }, db);
}
