import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { awardRevocations, awards, documents } from "../../db/schema";
import { type AwardDecisionContent, type DecisionContent, totalBonus } from "../../domain/decisions/decision-content";
import { canTransition } from "../../domain/documents/workflow";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { documentKind } from "../documents/document-kinds";
import { findVisibleDecision } from "./find-decision";
import { decisionPolicy } from "./policy";

/**
 * A decision as its page shows it: the lines as they read now (a draft's amounts for today, an
 * issued decision's as issued), the awards it made and whether any was revoked since, or for a
 * revocation what has been recovered; what the reader may do.
 */
export async function getDecision(actor: Actor, id: number, db: Db) {
  const { doc, unit, content: stored, asRecipient } = await findVisibleDecision(actor, db, id);
  const content = (doc.status === "issued" ? stored : await documentKind("QĐ").contentOn!(db, doc, todayInVietnam(), "preview")) as DecisionContent;
  const made =
    content.kind === "award" && doc.status === "issued"
      ? await db
          .select({ id: awards.id, nominationId: awards.nominationId, revokedBy: documents.numberSymbol, revokedOn: documents.issuedOn, revokedById: documents.id })
          .from(awards)
          .leftJoin(awardRevocations, eq(awardRevocations.awardId, awards.id))
          .leftJoin(documents, eq(documents.id, awardRevocations.decisionId))
          .where(eq(awards.decisionId, doc.id))
          .orderBy(asc(awards.id))
      : [];
  const revocations =
    content.kind === "revocation" && doc.status === "issued"
      ? await db.select().from(awardRevocations).where(and(eq(awardRevocations.decisionId, doc.id), isNotNull(awardRevocations.id))).orderBy(asc(awardRevocations.id))
      : [];
  const draftable = !asRecipient && decisionPolicy.draft(actor, unit);
  return {
    doc,
    unit,
    content,
    total: content.kind === "award" ? totalBonus((content as AwardDecisionContent).lines) : content.lines.reduce((sum, l) => sum + l.moneyDue, 0),
    awards: new Map(made.map((a) => [a.nominationId!, a])),
    revocations: new Map(revocations.map((r) => [r.awardId, r])),
    can: {
      edit: draftable && canTransition(doc.status, "edit"),
      pay: !asRecipient && decisionPolicy.pay(actor, unit),
      revoke: draftable && doc.status === "issued" && content.kind === "award",
    },
  };
}

