// What issuing a tờ trình sets in motion, in the issuing transaction (documents/issue-document.ts
// through document-kinds.ts): the proposal is sent — to the level above that exists on the issue
// date, or not at all — its reviewers are told, and its timeline says so.
import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { proposalItems, proposals, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import type { DocumentRow } from "../documents/find-document";
import { recipientOn } from "./create-proposal";
import { notifyReviewers } from "./notify";
import { recordEvent } from "./record-event";

export async function proposalIssued(tx: Tx, actor: Actor, doc: DocumentRow, context: { baseUrl: string }): Promise<void> {
  const [proposal] = await tx.select().from(proposals).where(eq(proposals.documentId, doc.id)).for("update");
  if (!proposal) throw new Error(`tờ trình ${doc.id} has no proposal`);
  const above = await recipientOn(tx, proposal.unitId, doc.issuedOn!);
  if (above.id !== proposal.recipientUnitId) throw ValidationError.field("_form", "errors.proposal_level_changed", { unit: above.name });
  await tx.update(proposals).set({ status: "sent", sentOn: doc.issuedOn, updatedAt: new Date() }).where(eq(proposals.id, proposal.id));
  await recordEvent(tx, actor, proposal.id, "sent");
  const [unit] = await tx.select({ id: units.id, name: units.name, path: units.path }).from(units).where(eq(units.id, proposal.unitId));
  const items = await tx.select({ id: proposalItems.id }).from(proposalItems).where(eq(proposalItems.proposalId, proposal.id));
  const params = { unit: unit!.name, number: doc.numberSymbol ?? "", count: items.length };
  const notified = await notifyReviewers(
    tx,
    proposal.recipientUnitId,
    { kind: "proposal_sent", link: `/proposals/${proposal.id}`, text: (t) => ({ title: t("proposals.sent_notice_title", params), body: t("proposals.sent_notice_body", params) }) },
    context.baseUrl,
  );
  await audit(tx, actor, { action: "proposal.sent", entityType: "proposal", entityId: proposal.id, unit: unit!, after: { documentId: doc.id, numberSymbol: doc.numberSymbol, sentOn: doc.issuedOn, recipientUnitId: proposal.recipientUnitId, reviewersNotified: notified } });
}
