// The level above receives a sent proposal (tiếp nhận hồ sơ); the proposing unit is told.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { proposals } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { findVisibleProposal } from "./find-proposal";
import { proposalNumber } from "./get-proposal";
import { notifySenders } from "./notify";
import { proposalPolicy } from "./policy";
import { recordEvent } from "./record-event";

export async function receiveProposal(actor: Actor, id: number, db: Db, opts: { baseUrl: string }) {
  return db.transaction(async (tx) => {
    const found = await findVisibleProposal(actor, tx, id, { forUpdate: true });
    authorize(proposalPolicy.review(actor, found.scope), "proposal.review");
    const p = found.proposal;
    if (p.status !== "sent") throw ValidationError.field("_form", "errors.proposal_not_receivable");
    const now = new Date();
    const [row] = await tx.update(proposals).set({ status: "received", receivedAt: now, receivedBy: actor.id, updatedAt: now }).where(eq(proposals.id, id)).returning();
    await recordEvent(tx, actor, id, "received");
    const params = { number: await proposalNumber(tx, p.documentId), by: actor.user?.fullName ?? actor.label, recipient: found.recipientName };
    await notifySenders(tx, p.unitId, p.createdBy, { kind: "proposal_received", link: `/proposals/${id}`, text: (t) => ({ title: t("proposals.received_notice_title", params), body: t("proposals.received_notice_body", params) }) }, opts.baseUrl);
    await audit(tx, actor, { action: "proposal.received", entityType: "proposal", entityId: id, unit: { id: p.recipientUnitId, path: found.recipientPath }, before: { status: p.status }, after: { status: "received" } });
    return row!;
  });
}
