import { inArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { awardRevocations, awards } from "../../db/schema";
import type { RevocationDecisionContent } from "../../domain/decisions/decision-content";
import { formatShortDate } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import type { DocumentRow } from "../documents/find-document";

/**
 * The issued revocation's awards marked revoked, in the issuing transaction: each with the grounds
 * and the bonus to pay back. The awards and their decision stay as issued; the registry, the
 * eligibility rules and the verification page read the revocation.
 */
export async function recordRevocations(tx: Tx, actor: Actor, doc: DocumentRow, content: RevocationDecisionContent): Promise<void> {
  const ids = content.lines.map((l) => l.awardId);
  if (ids.length === 0) throw ValidationError.field("_form", "errors.decision_empty");
  const already = await tx.select({ id: awardRevocations.awardId }).from(awardRevocations).where(inArray(awardRevocations.awardId, ids));
  if (already.length) throw ValidationError.field("_form", "errors.revocation_already", { ids: already.map((a) => a.id).join(", ") });
  const found = await tx.select({ id: awards.id, bonus: awards.bonus, recipientName: awards.recipientName, decisionNumber: awards.decisionNumber, decisionDate: awards.decisionDate }).from(awards).where(inArray(awards.id, ids));
  // A decision annuls only what was decided before it (the register's order allows an earlier date in another year).
  const later = found.filter((a) => a.decisionDate > doc.issuedOn!);
  if (later.length) throw ValidationError.field("issuedOn", "errors.revocation_before_award", { names: later.map((a) => `${a.recipientName}: ${a.decisionNumber} ${formatShortDate(a.decisionDate)}`).join("; ") });
  const due = new Map(found.map((a) => [a.id, (a.bonus as { amount?: number } | null)?.amount ?? 0]));
  await tx.insert(awardRevocations).values(content.lines.map((l) => ({ awardId: l.awardId, decisionId: doc.id, grounds: content.grounds, moneyDue: due.get(l.awardId) ?? 0 })));
  await audit(tx, actor, { action: "decision.awards_revoked", entityType: "document", entityId: doc.id, after: { numberSymbol: doc.numberSymbol, awards: ids } });
}
