// One award's certificate as a PDF (a reprint, a lost copy). An award revoked by a later decision
// has no certificate to print.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { awards } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound, ValidationError } from "../../platform/errors";
import { renderCertificates } from "./certificate-pdf";
import { certificatesOfDecision } from "./certificate-facts";
import { fileSafe } from "./file-names";
import { findPrintableDecision } from "./find-decision";
import { printLayouts } from "./print-layouts";

export async function printAwardCertificate(actor: Actor, awardId: number, db: DbOrTx, baseUrl: string) {
  const [award] = await db.select({ decisionId: awards.decisionId }).from(awards).where(eq(awards.id, awardId));
  if (!award?.decisionId) throw new NotFound("award");
  const decision = await findPrintableDecision(actor, db, award.decisionId);
  const [facts] = await certificatesOfDecision(db, decision, [awardId]);
  if (!facts) throw new NotFound("award");
  if (facts.revocation) throw ValidationError.field("_form", "errors.certificate_revoked", { decision: facts.revocation.numberSymbol });
  const bytes = await renderCertificates([facts], await printLayouts(db, decision.unitId), baseUrl);
  return { name: `Giấy khen ${fileSafe(facts.holder)}.pdf`, bytes, contentType: "application/pdf" };
}
