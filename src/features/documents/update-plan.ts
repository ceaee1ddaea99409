import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents, documentVersions } from "../../db/schema";
import { canTransition } from "../../domain/documents/workflow";
import type { PlanContent } from "../../domain/plans/plan-content";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { UpdatePlanInput, type HeaderSettings } from "./document-input";
import { findVisibleDocument } from "./find-document";
import { documentPolicy } from "./policy";
import { recordEvent } from "./record-event";
import { contentWithBasis, writeBasesAndRecipients } from "./save-plan";

/**
 * Saves a draft as its next version. A save made from an older version than the latest
 * (two writers at once) is refused rather than silently overwriting the other's work.
 */
export async function updatePlan(actor: Actor, id: number, input: unknown, db: Db) {
  const values = parseInput(UpdatePlanInput, input);
  return db.transaction(async (tx) => {
    const { doc, unit } = await findVisibleDocument(actor, tx, id, { forUpdate: true });
    if (doc.typeCode !== "KH") throw new NotFound("document"); // other kinds are drawn up by their own areas
    authorize(documentPolicy.draft(actor, unit), "document.edit");
    if (!canTransition(doc.status, "edit")) throw ValidationError.field("_form", doc.status === "issued" ? "errors.document_issued" : "errors.document_not_draft");
    if (values.version !== doc.version) throw ValidationError.field("_form", "errors.document_stale", { version: doc.version });
    const content: PlanContent = await contentWithBasis(tx, unit.path, values);
    const old = doc.header as HeaderSettings;
    const header: HeaderSettings = { ...values.header, collectiveBody: old.collectiveBody, headTitle: old.headTitle };
    const version = doc.version + 1;
    const [saved] = await tx
      .update(documents)
      .set({ summary: content.summary, content, header, version, updatedAt: new Date() })
      .where(eq(documents.id, doc.id))
      .returning();
    await tx.insert(documentVersions).values({ documentId: doc.id, version, summary: content.summary, content, header, createdBy: actor.id });
    await writeBasesAndRecipients(actor, tx, doc.id, unit.path, values);
    await recordEvent(tx, actor, doc.id, "saved", version);
    await audit(tx, actor, { action: "document.saved", entityType: "document", entityId: doc.id, unit, after: { version } });
    return saved!;
  });
}
