import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { documents } from "../../db/schema";
import { canTransition, nextStatus } from "../../domain/documents/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleDocument } from "./find-document";
import { todayInVietnam } from "../../domain/text/dates";
import type { HeaderSettings } from "./document-input";
import { signingChoices } from "./signing-forms";
import { recordEvent } from "./record-event";

export const ReturnInput = z.object({
  reason: z.string({ error: "errors.reason_required" }).trim().min(5, "errors.reason_required").max(2000, "errors.too_long"),
});

/** The signer sends a submitted draft back to its writers, always saying why. */
export async function returnDocument(actor: Actor, id: number, input: unknown, db: Db) {
  const { reason } = parseInput(ReturnInput, input);
  return db.transaction(async (tx) => {
    const { doc, unit } = await findVisibleDocument(actor, tx, id, { forUpdate: true });
    const choices = await signingChoices(actor, tx, unit, (doc.header as HeaderSettings).headTitle, todayInVietnam());
    authorize(choices.length > 0, "document.return");
    if (!canTransition(doc.status, "return")) throw ValidationError.field("_form", doc.status === "issued" ? "errors.document_issued" : "errors.document_not_submitted");
    const [saved] = await tx.update(documents).set({ status: nextStatus(doc.status, "return"), updatedAt: new Date() }).where(eq(documents.id, doc.id)).returning();
    await recordEvent(tx, actor, doc.id, "returned", doc.version, reason);
    await audit(tx, actor, { action: "document.returned", entityType: "document", entityId: doc.id, unit, after: { reason } });
    return saved!;
  });
}
