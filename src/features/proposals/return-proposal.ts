// The level above sends a proposal back with the reason (trả lại hồ sơ): its items are released,
// so that the unit may fix the dossiers and send them again in a new tờ trình; this one stays.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { proposalItems, proposals } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleProposal } from "./find-proposal";
import { proposalNumber } from "./get-proposal";
import { notifySenders } from "./notify";
import { proposalPolicy } from "./policy";
import { ReturnProposalInput } from "./proposal-input";
import { recordEvent } from "./record-event";

export async function returnProposal(actor: Actor, id: number, input: unknown, db: Db, opts: { baseUrl: string }) {
  return db.transaction(async (tx) => {
    const found = await findVisibleProposal(actor, tx, id, { forUpdate: true });
    authorize(proposalPolicy.review(actor, found.scope), "proposal.review");
    const { reason } = parseInput(ReturnProposalInput, input);
    const p = found.proposal;
    if (p.status !== "sent" && p.status !== "received") throw ValidationError.field("_form", "errors.proposal_not_returnable");
    const now = new Date();
    await tx.update(proposalItems).set({ active: false }).where(eq(proposalItems.proposalId, id));
    const [row] = await tx.update(proposals).set({ status: "returned", returnedAt: now, returnedBy: actor.id, returnReason: reason, updatedAt: now }).where(eq(proposals.id, id)).returning();
    await recordEvent(tx, actor, id, "returned", reason);
    const params = { number: await proposalNumber(tx, p.documentId), by: actor.user?.fullName ?? actor.label, recipient: found.recipientName, reason };
    await notifySenders(tx, p.unitId, p.createdBy, { kind: "proposal_returned", link: `/proposals/${id}`, text: (t) => ({ title: t("proposals.returned_notice_title", params), body: t("proposals.returned_notice_body", params) }) }, opts.baseUrl);
    await audit(tx, actor, { action: "proposal.returned", entityType: "proposal", entityId: id, unit: { id: p.recipientUnitId, path: found.recipientPath }, before: { status: p.status }, after: { status: "returned", reason } });
    return row!;
  });
}
