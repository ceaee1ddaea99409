// After a return, the unit sends the items again: a new tờ trình (a new draft document, numbered
// when issued) with the same items that still may go up; the returned one stays as it was.
import type { Db } from "../../db/client";
import { eq } from "drizzle-orm";
import { proposals, units } from "../../db/schema";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { documentPolicy } from "../documents/policy";
import { draftProposal } from "./create-proposal";
import { findVisibleProposal } from "./find-proposal";
import { proposalPolicy } from "./policy";
import { ResendProposalInput } from "./proposal-input";
import { itemsOf } from "./proposal-items";

export async function resendProposal(actor: Actor, id: number, input: unknown, db: Db) {
  const values = parseInput(ResendProposalInput, input);
  return db.transaction(async (tx) => {
    const found = await findVisibleProposal(actor, tx, id, { forUpdate: true });
    const unit = { path: found.unitPath };
    authorize(found.asSender && proposalPolicy.send(actor, unit) && documentPolicy.draft(actor, unit), "proposal.send");
    const p = found.proposal;
    if (p.status !== "returned") throw ValidationError.field("_form", "errors.proposal_not_returned");
    const [again] = await tx.select({ id: proposals.id }).from(proposals).where(eq(proposals.resendsId, id)).limit(1);
    if (again) throw ValidationError.field("_form", "errors.proposal_resent_already", { id: again.id });
    const [unitRow] = await tx.select().from(units).where(eq(units.id, p.unitId));
    const items = await itemsOf(tx, id);
    return draftProposal(tx, actor, unitRow!, items.map((i) => i.nominationId), values.proposedOn ?? todayInVietnam(), id);
  });
}
