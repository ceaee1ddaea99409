import type { Tx } from "../../db/client";
import { awards } from "../../db/schema";
import type { AwardDecisionContent, DecisionLine } from "../../domain/decisions/decision-content";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { awardSearchText, awardSortKey } from "../awards/award-rules";
import { issueCertificateCodes } from "../certificates/issue-certificate-codes";
import type { DocumentRow } from "../documents/find-document";
import { recordEvent } from "../nominations/record-event";

const RECIPIENT_COLUMN = { person: "personId", household: "householdId", collective: "collectiveId", unit: "recipientUnitId" } as const;

/**
 * The issued decision's lines as awards in the unit's registry, in the issuing transaction: with
 * the decision's number and date, the nomination they answer and the bonus the decision states.
 * The next eligibility check reads them; they can no longer change (a trigger), only be revoked.
 */
export async function recordDecidedAwards(tx: Tx, actor: Actor, doc: DocumentRow, content: AwardDecisionContent): Promise<number[]> {
  const rows = content.lines.map((line: DecisionLine) => ({
    unitId: doc.unitId,
    recipientKind: line.recipientKind,
    [RECIPIENT_COLUMN[line.recipientKind]]: line.recipientId,
    recipientName: line.recipientName,
    searchText: awardSearchText({ recipientName: line.recipientName, formName: line.formName, decisionNumber: doc.numberSymbol!, achievement: line.achievement }),
    // A person sorts by given name; a household, collective or unit by its name as written.
    sortKey: awardSortKey(line.recipientName, line.recipientKind === "person"),
    formCode: line.formCode,
    year: line.year,
    commendationKind: line.commendationKind,
    decidingBody: content.issuer,
    decisionNumber: doc.numberSymbol!,
    decisionDate: doc.issuedOn!,
    achievement: line.achievement,
    source: "decided",
    decisionId: doc.id,
    nominationId: line.nominationId,
    bonus: line.bonus ?? null,
    createdBy: actor.id,
  }));
  const ids: number[] = [];
  // Chunked: a statement takes at most 65,535 parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await tx.insert(awards).values(rows.slice(i, i + 1000) as (typeof awards.$inferInsert)[]).returning({ id: awards.id });
    ids.push(...inserted.map((r) => r.id));
  }
  // Each award's certificate gets its verification code now, with the award: the code exists before anything is printed.
  await issueCertificateCodes(tx, ids);
  for (const line of content.lines) await recordEvent(tx, actor, line.nominationId, "decided", `${doc.numberSymbol} (${doc.issuedOn})`);
  await audit(tx, actor, { action: "decision.awards_recorded", entityType: "document", entityId: doc.id, after: { numberSymbol: doc.numberSymbol, awards: ids.length } });
  return ids;
}
