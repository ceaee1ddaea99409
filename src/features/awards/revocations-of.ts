import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { awardRevocations, documents } from "../../db/schema";

export interface RevokedBy {
  decisionId: number;
  numberSymbol: string;
  issuedOn: string;
}

/** The revocation decision (Law Art. 93) of each of these awards that has one. */
export async function revocationsOf(db: DbOrTx, awardIds: number[]): Promise<Map<number, RevokedBy>> {
  if (awardIds.length === 0) return new Map();
  const rows = await db
    .select({ awardId: awardRevocations.awardId, decisionId: documents.id, numberSymbol: documents.numberSymbol, issuedOn: documents.issuedOn })
    .from(awardRevocations)
    .innerJoin(documents, eq(documents.id, awardRevocations.decisionId))
    .where(inArray(awardRevocations.awardId, awardIds));
  return new Map(rows.map((r) => [r.awardId, { decisionId: r.decisionId, numberSymbol: r.numberSymbol ?? "", issuedOn: r.issuedOn ?? "" }]));
}
