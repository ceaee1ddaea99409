import { z } from "zod";
import type { Db } from "../../db/client";
import { canTransition } from "../../domain/documents/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleDocument } from "./find-document";
import { documentPolicy } from "./policy";
import { recordEvent } from "./record-event";

export const CommentInput = z.object({
  comment: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(4000, "errors.too_long"),
});

/** A reviewer's remark on the version they read. */
export async function commentDocument(actor: Actor, id: number, input: unknown, db: Db) {
  const { comment } = parseInput(CommentInput, input);
  return db.transaction(async (tx) => {
    const { doc, unit } = await findVisibleDocument(actor, tx, id);
    authorize(documentPolicy.comment(actor, { status: doc.status, unitPath: unit.path }), "document.comment");
    if (!canTransition(doc.status, "comment")) throw ValidationError.field("comment", "errors.document_issued");
    await recordEvent(tx, actor, doc.id, "commented", doc.version, comment);
    await audit(tx, actor, { action: "document.commented", entityType: "document", entityId: doc.id, unit });
    return { ok: true };
  });
}
