// Decisions as a kind of official document (documents/document-kinds.ts): composed as award or
// revocation decisions; an award decision's amounts are computed for the day it is issued, inside
// the issuing transaction, and issuing records its awards in the registry (a revocation: its
// revocations), so the decision and the registry never disagree.
import { eq } from "drizzle-orm";
import { composeAwardDecision, composeRevocationDecision } from "../../documents/compose-decision";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import { type AwardDecisionContent, bonusProblems, type DecisionContent, lawBases, type RevocationDecisionContent, withBonus } from "../../domain/decisions/decision-content";
import { formatShortDate } from "../../domain/text/dates";
import { type FieldErrors, ValidationError } from "../../platform/errors";
import { loadCatalogue } from "../catalogue/load-catalogue";
import type { DocumentKind } from "../documents/document-kinds";
import type { DocumentRow } from "../documents/find-document";
import { decidableNominations } from "./decidable-nominations";
import { recordDecidedAwards } from "./record-decided-awards";
import { recordRevocations } from "./record-revocations";

export const DECISION: DocumentKind = {
  compose: (content, header) => {
    const decision = content as DecisionContent;
    return decision.kind === "revocation" ? composeRevocationDecision(decision, header) : composeAwardDecision(decision, header);
  },
  missingParts: (content) => {
    const decision = content as DecisionContent;
    const missing: FieldErrors = {};
    if (decision.lines.length === 0) missing._form = { key: "errors.decision_empty" };
    if (!decision.summary.trim()) missing.summary = { key: "errors.required" };
    if (decision.kind === "revocation" && !decision.grounds.trim()) missing.grounds = { key: "errors.required" };
    return missing;
  },
  contentOn: async (db, doc, on, purpose) => {
    const content = doc.content as DecisionContent;
    const [unit] = await db.select({ id: units.id, path: units.path }).from(units).where(eq(units.id, doc.unitId));
    const catalogue = await loadCatalogue(db, on, unit!.path);
    if (content.kind !== "award") return { ...content, lawBases: lawBases(catalogue, "revocation") };
    if (purpose === "issue") await checkBeforeIssue(db, doc, content, catalogue);
    return withBonus(content, catalogue);
  },
  issued: async (tx, actor, doc) => {
    const content = doc.content as DecisionContent;
    if (content.kind === "award") await recordDecidedAwards(tx, actor, doc, content);
    else await recordRevocations(tx, actor, doc, content as RevocationDecisionContent);
  },
};

/**
 * Whatever changed since the draft: every line must still be decidable by the unit (passed, not
 * awarded, not withdrawn), and every amount must be known on the issue date.
 */
async function checkBeforeIssue(db: DbOrTx, doc: DocumentRow, content: AwardDecisionContent, catalogue: Awaited<ReturnType<typeof loadCatalogue>>) {
  if (content.lines.length === 0) throw ValidationError.field("_form", "errors.decision_empty");
  const ids = content.lines.map((l) => l.nominationId);
  const still = new Set((await decidableNominations(db, doc.unitId, { ids, inDecision: doc.id, lock: true })).map((n) => n.id));
  const gone = content.lines.filter((l) => !still.has(l.nominationId));
  if (gone.length) throw ValidationError.field("_form", "errors.decision_lines_not_decidable", { names: gone.map((l) => l.recipientName).join(", ") });
  const unknown = bonusProblems(catalogue, content.lines);
  if (unknown.length) throw ValidationError.field("_form", "errors.decision_bonus_unknown", { names: unknown.map((u) => `${u.recipientName} (${u.formCode})`).join(", "), date: formatShortDate(catalogue.on) });
}
