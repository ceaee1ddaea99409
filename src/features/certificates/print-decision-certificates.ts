// All certificates of a decision as one PDF for printing, in the ceremony's order (the highest
// form first, then the decision's order), each in its form's layout. Revoked awards are left out.
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { renderCertificates } from "./certificate-pdf";
import { certificatesOfDecision } from "./certificate-facts";
import { findPrintableDecision } from "./find-decision";
import { printLayouts } from "./print-layouts";
import { fileSafe } from "./file-names";

export async function printDecisionCertificates(actor: Actor, decisionId: number, db: DbOrTx, baseUrl: string) {
  const decision = await findPrintableDecision(actor, db, decisionId);
  const list = (await certificatesOfDecision(db, decision)).filter((c) => !c.revocation);
  const bytes = await renderCertificates(list, await printLayouts(db, decision.unitId), baseUrl);
  return { name: `Giấy khen ${fileSafe(decision.numberSymbol)}.pdf`, bytes, contentType: "application/pdf", count: list.length };
}
