// The standing member publishes a comment, rejects it, or answers it; an answer is public with
// the comment (a rejected comment is not answered). Whoever reads the nomination's file sees it.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { disclosureComments } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { ModerateCommentInput } from "./disclosure-input";
import { findManagedDisclosure } from "./find-disclosure";

export async function moderateComment(actor: Actor, disclosureId: number, commentId: number, input: unknown, db: Db) {
  return db.transaction(async (tx) => {
    const found = await findManagedDisclosure(actor, tx, disclosureId);
    const values = parseInput(ModerateCommentInput, input);
    const [comment] = await tx
      .select()
      .from(disclosureComments)
      .where(and(eq(disclosureComments.id, commentId), eq(disclosureComments.disclosureId, disclosureId)))
      .for("update");
    if (!comment) throw new NotFound("comment");
    const now = new Date();
    const moderated = { moderatedBy: actor.id, moderatedAt: now };
    let change: Partial<typeof disclosureComments.$inferInsert>;
    if (values.action === "publish") change = { status: "published", ...moderated };
    else if (values.action === "reject") change = { status: "rejected", ...moderated };
    else {
      if (comment.status === "rejected") throw ValidationError.field("answer", "errors.disclosure_comment_rejected");
      change = { answer: values.answer, answeredBy: actor.id, answeredAt: now, ...(comment.status === "pending" ? { status: "published", ...moderated } : {}) };
    }
    const [row] = await tx.update(disclosureComments).set(change).where(eq(disclosureComments.id, commentId)).returning();
    await audit(tx, actor, {
      action: `disclosure.comment_${values.action === "answer" ? "answered" : values.action === "publish" ? "published" : "rejected"}`,
      entityType: "disclosure_comment",
      entityId: commentId,
      unit: { id: found.disclosure.unitId, path: found.unitPath },
      before: { status: comment.status, answer: comment.answer },
      after: { status: row!.status, answer: row!.answer },
    });
    return row!;
  });
}
