import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { documents, documentVersions } from "../../db/schema";
import type { DecisionContent } from "../../domain/decisions/decision-content";
import { canTransition } from "../../domain/documents/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { recordEvent } from "../documents/record-event";
import { findVisibleDecision } from "./find-decision";
import { decisionPolicy } from "./policy";

/**
 * Changes a draft decision as its next version, for the use cases that edit it: the decision is
 * found as the actor may see it, locked, and must still be a draft.
 */
export async function editDraftDecision<T>(tx: Tx, actor: Actor, id: number, change: (content: DecisionContent) => Promise<{ content: DecisionContent; result: T; action: string }>) {
  const { doc, unit, content } = await findVisibleDecision(actor, tx, id, { forUpdate: true });
  authorize(decisionPolicy.draft(actor, unit), "decision.draft");
  if (!canTransition(doc.status, "edit")) throw ValidationError.field("_form", doc.status === "issued" ? "errors.document_issued" : "errors.document_not_draft");
  const changed = await change(content);
  const version = doc.version + 1;
  await tx.update(documents).set({ summary: changed.content.summary, content: changed.content, version, updatedAt: new Date() }).where(eq(documents.id, doc.id));
  await tx.insert(documentVersions).values({ documentId: doc.id, version, summary: changed.content.summary, content: changed.content, header: doc.header, createdBy: actor.id });
  await recordEvent(tx, actor, doc.id, "saved", version);
  await audit(tx, actor, { action: changed.action, entityType: "document", entityId: doc.id, unit, after: { version } });
  return changed.result;
}
