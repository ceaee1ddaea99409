// The awards a unit may revoke: made by a decision the unit issued (the person who decided an award
// revokes it, Law Art. 93(8)), not revoked already and not in another revocation's draft.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { awardRevocations, awards, decisionItems, documents } from "../../db/schema";

export async function revocableAwards(db: DbOrTx, unitId: number, opts: { ids?: number[]; decisionId?: number; lock?: boolean } = {}) {
  const conditions = [eq(documents.unitId, unitId), eq(documents.status, "issued"), isNull(awardRevocations.id), isNull(decisionItems.id)];
  if (opts.ids) conditions.push(inArray(awards.id, [...opts.ids, 0]));
  if (opts.decisionId) conditions.push(eq(awards.decisionId, opts.decisionId));
  const query = db
    .select({
      id: awards.id,
      recipientName: awards.recipientName,
      formCode: awards.formCode,
      decisionId: awards.decisionId,
      decisionNumber: awards.decisionNumber,
      decisionDate: awards.decisionDate,
      bonus: awards.bonus,
    })
    .from(awards)
    .innerJoin(documents, eq(documents.id, awards.decisionId))
    .leftJoin(awardRevocations, eq(awardRevocations.awardId, awards.id))
    .leftJoin(decisionItems, eq(decisionItems.awardId, awards.id))
    .where(and(...conditions))
    .orderBy(asc(awards.id));
  return opts.lock ? query.for("update", { of: awards }) : query;
}

/** The bonus an award carried, in đồng. */
export const bonusAmount = (bonus: unknown) => (bonus as { amount?: number } | null)?.amount ?? 0;
