// A decision's certificates, in the ceremony's order, with their codes and whether each was
// revoked: the page from which they are printed, one by one or all together.
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { certificatesOfDecision } from "./certificate-facts";
import { findPrintableDecision } from "./find-decision";

export async function getDecisionCertificates(actor: Actor, decisionId: number, db: DbOrTx) {
  const decision = await findPrintableDecision(actor, db, decisionId);
  const certificates = await certificatesOfDecision(db, decision);
  return { decision, certificates };
}
