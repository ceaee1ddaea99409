// What a certificate prints, read once for one award or all awards of a decision: the holder,
// the form as the catalogue named it on the decision's date, the decision (number, date, issuer,
// signer), the code, and a revocation if there was one. A decision's certificates come in the
// ceremony's order: the highest form first (the catalogue's rank on the decision's date), then
// the order of the decision's list.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { awardRevocations, awards, certificates, decisionItems, documents, units } from "../../db/schema";
import { formOn } from "../../domain/catalogue/in-force";
import { loadCatalogue } from "../catalogue/load-catalogue";

export interface DecisionFacts {
  id: number;
  unitId: number;
  unitPath: string;
  numberSymbol: string;
  issuedOn: string;
  summary: string;
  signerName: string;
  authority: string[];
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ": who gives the award, as the certificate's head says. */
  issuer: string;
  place: string;
}

export interface CertificateFacts {
  awardId: number;
  code: string;
  holder: string;
  formCode: string;
  formName: string;
  category: "title" | "form";
  rank: number;
  achievement: string;
  year: number | null;
  decision: DecisionFacts;
  revocation: { numberSymbol: string; issuedOn: string } | null;
}

interface Header {
  issuingBody?: string;
  place?: string;
  headTitle?: string;
}

/** The certificate's head: the Chairman of the committee, or the committee itself when it decided as a body (TM.). */
export function issuerLine(header: Header, authority: readonly string[]): string {
  const body = (header.issuingBody ?? "").replace(/\s*\n\s*/g, " ").trim();
  if (authority[0]?.startsWith("TM.")) return body;
  return `${header.headTitle ?? "CHỦ TỊCH"} ${body}`.trim();
}

export function decisionFacts(doc: typeof documents.$inferSelect, unitPath: string): DecisionFacts {
  const header = doc.header as Header;
  const authority = Array.isArray(doc.authority) ? (doc.authority as string[]) : [];
  return {
    id: doc.id,
    unitId: doc.unitId,
    unitPath,
    numberSymbol: doc.numberSymbol ?? "",
    issuedOn: doc.issuedOn ?? "",
    summary: doc.summary,
    signerName: doc.signerName ?? "",
    authority,
    issuer: issuerLine(header, authority),
    place: header.place ?? "",
  };
}

const revoking = alias(documents, "revoking");

/** The certificates of these awards of one issued decision, in the ceremony's order. */
export async function certificatesOfDecision(db: DbOrTx, decision: DecisionFacts, awardIds?: readonly number[]): Promise<CertificateFacts[]> {
  const rows = await db
    .select({
      awardId: awards.id,
      code: certificates.code,
      holder: awards.recipientName,
      formCode: awards.formCode,
      achievement: awards.achievement,
      year: awards.year,
      position: decisionItems.position,
      revokedBy: revoking.numberSymbol,
      revokedOn: revoking.issuedOn,
    })
    .from(awards)
    .innerJoin(certificates, eq(certificates.awardId, awards.id))
    .leftJoin(decisionItems, and(eq(decisionItems.documentId, awards.decisionId), eq(decisionItems.nominationId, awards.nominationId)))
    .leftJoin(awardRevocations, eq(awardRevocations.awardId, awards.id))
    .leftJoin(revoking, eq(revoking.id, awardRevocations.decisionId))
    .where(and(eq(awards.decisionId, decision.id), awardIds ? inArray(awards.id, [...awardIds]) : sql`true`))
    .orderBy(asc(sql`coalesce(${decisionItems.position}, 2147483647)`), asc(awards.id));
  const catalogue = await loadCatalogue(db, decision.issuedOn, decision.unitPath);
  const facts = rows.map((r) => {
    return {
      awardId: r.awardId,
      code: r.code,
      holder: r.holder,
      formCode: r.formCode,
      ...formOn(catalogue, r.formCode),
      achievement: r.achievement,
      year: r.year,
      decision,
      revocation: r.revokedBy ? { numberSymbol: r.revokedBy, issuedOn: r.revokedOn ?? "" } : null,
    } satisfies CertificateFacts;
  });
  // A stable sort: within a rank, the decision's order from the query.
  return facts.sort((a, b) => b.rank - a.rank);
}

/** The issued decision with its unit, or null. */
export async function issuedDecisionRow(db: DbOrTx, id: number) {
  const [row] = await db.select({ doc: documents, unitPath: units.path }).from(documents).innerJoin(units, eq(units.id, documents.unitId)).where(eq(documents.id, id));
  return row && row.doc.status === "issued" ? row : null;
}
