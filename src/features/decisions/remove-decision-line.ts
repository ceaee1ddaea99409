import { and, eq, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { decisionItems } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { z } from "zod";
import { editDraftDecision } from "./edit-draft-decision";

const RemoveLineInput = z.object({ subjectId: fields.id("errors.decision_line_unknown") });

/**
 * Takes a line out of a draft decision (the Chairman decides not to award it, or its amount is
 * not known yet): the nomination, or the award of a revocation, is free for another draft.
 */
export async function removeDecisionLine(actor: Actor, id: number, input: unknown, db: Db) {
  const { subjectId } = parseInput(RemoveLineInput, input);
  return db.transaction((tx) =>
    editDraftDecision(tx, actor, id, async (content) => {
      const kept =
        content.kind === "award" ? { ...content, lines: content.lines.filter((l) => l.nominationId !== subjectId) } : { ...content, lines: content.lines.filter((l) => l.awardId !== subjectId) };
      if (kept.lines.length === content.lines.length) throw ValidationError.field("subjectId", "errors.decision_line_unknown");
      await tx.delete(decisionItems).where(and(eq(decisionItems.documentId, id), or(eq(decisionItems.nominationId, subjectId), eq(decisionItems.awardId, subjectId))));
      return { content: kept, result: kept.lines.length, action: "decision.line_removed" };
    }),
  );
}
