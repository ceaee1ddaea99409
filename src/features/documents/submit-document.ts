import { count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documentRecipients, documents } from "../../db/schema";
import { canTransition, nextStatus } from "../../domain/documents/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { documentKind } from "./document-kinds";
import { findVisibleDocument } from "./find-document";
import { documentPolicy } from "./policy";
import { recordEvent } from "./record-event";

/** Sends a complete draft for signature; every missing part is listed at once. */
export async function submitDocument(actor: Actor, id: number, db: Db) {
  return db.transaction(async (tx) => {
    const { doc, unit } = await findVisibleDocument(actor, tx, id, { forUpdate: true });
    authorize(documentPolicy.draft(actor, unit), "document.submit");
    if (!canTransition(doc.status, "submit")) throw ValidationError.field("_form", doc.status === "issued" ? "errors.document_issued" : "errors.document_already_submitted");
    const [recipients] = await tx.select({ n: count() }).from(documentRecipients).where(eq(documentRecipients.documentId, doc.id));
    const missing = documentKind(doc.typeCode).missing?.(doc.content, { recipients: recipients!.n }) ?? {};
    if (Object.keys(missing).length > 0) throw new ValidationError(missing);
    const [saved] = await tx.update(documents).set({ status: nextStatus(doc.status, "submit"), updatedAt: new Date() }).where(eq(documents.id, doc.id)).returning();
    await recordEvent(tx, actor, doc.id, "submitted", doc.version);
    await audit(tx, actor, { action: "document.submitted", entityType: "document", entityId: doc.id, unit, after: { version: doc.version } });
    return saved!;
  });
}
