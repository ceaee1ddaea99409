import type { Db } from "../../db/client";
import type { DecisionContent } from "../../domain/decisions/decision-content";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { DecisionTextsInput } from "./decision-input";
import { editDraftDecision } from "./edit-draft-decision";

/** Saves the texts a clerk may adjust in a draft (summary, own căn cứ lines, proposal and fund, or a revocation's grounds, Điều 3) as its next version. */
export async function updateDecisionTexts(actor: Actor, id: number, input: unknown, db: Db) {
  const values = parseInput(DecisionTextsInput, input);
  const bases = values.bases.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return db.transaction((tx) =>
    editDraftDecision(tx, actor, id, async (content) => {
      const common = { summary: values.summary, bases, executors: values.executors };
      const changed: DecisionContent =
        content.kind === "award"
          ? { ...content, ...common, proposal: values.proposal, fund: values.fund || content.fund }
          : { ...content, ...common, grounds: values.grounds || content.grounds };
      return { content: changed, result: id, action: "decision.texts_saved" };
    }),
  );
}
