// Drafts a proposal to the level above (tờ trình, "TTr") from items the unit's council passed that
// the unit does not decide itself: the tờ trình is a draft document of the unit, drafted, submitted,
// signed and issued like a plan; issuing sends it (document-kinds.ts → proposal-issued.ts).
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { documentEvents, documentRecipients, documents, documentVersions, proposalItems, proposals, units } from "../../db/schema";
import { levelAbove } from "../../domain/catalogue/authority";
import { issuingBodyOf } from "../../domain/documents/issuing-body";
import { formatShortDate, todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import type { HeaderSettings } from "../documents/document-input";
import { documentPolicy } from "../documents/policy";
import { policyUnit } from "../documents/policy-unit";
import { unitChains } from "../eligibility/check-candidates";
import { findVisibleUnit } from "../units/find-visible-unit";
import { proposalPolicy } from "./policy";
import { CreateProposalInput } from "./proposal-input";
import { checkItems, governmentName, proposalContent } from "./proposal-items";
import { recordEvent } from "./record-event";

type UnitRow = typeof units.$inferSelect;

/** The level above the unit on `on`, or a refusal naming the date. */
export async function recipientOn(tx: Tx | Db, unitId: number, on: string) {
  const chain = (await unitChains(tx, [unitId])).get(unitId)?.chain ?? [];
  const above = levelAbove(chain, on);
  if (!above) throw ValidationError.field("proposedOn", "errors.proposal_no_level_above", { date: formatShortDate(on) });
  return above;
}

/** The draft tờ trình and its proposal, in the caller's transaction. */
export async function draftProposal(tx: Tx, actor: Actor, unit: UnitRow, nominationIds: number[], proposedOn: string, resendsId: number | null = null) {
  const items = await checkItems(tx, unit.id, nominationIds);
  const recipient = await recipientOn(tx, unit.id, proposedOn);
  const [parent] = unit.parentId ? await tx.select().from(units).where(eq(units.id, unit.parentId)) : [];
  const body = issuingBodyOf(policyUnit(unit), parent ? policyUnit(parent) : null);
  const header: HeaderSettings = {
    parentBody: body.parentBody,
    issuingBody: body.issuingBody,
    issuerCode: body.issuerCode,
    place: body.place,
    archiveLine: "Lưu: VT",
    collectiveBody: body.collectiveBody,
    headTitle: body.headTitle,
  };
  // The document first (its id is the proposal's), its content once the proposal's id is known.
  const [doc] = await tx.insert(documents).values({ unitId: unit.id, typeCode: "TTr", summary: "", content: {}, header, createdBy: actor.id }).returning();
  const [proposal] = await tx.insert(proposals).values({ unitId: unit.id, recipientUnitId: recipient.id, documentId: doc!.id, resendsId, proposedOn, createdBy: actor.id }).returning();
  const content = await proposalContent(tx, { proposalId: proposal!.id, unit, recipient, proposedOn, items });
  await tx.update(documents).set({ summary: content.summary, content }).where(eq(documents.id, doc!.id));
  await tx.insert(documentVersions).values({ documentId: doc!.id, version: 1, summary: content.summary, content, header, createdBy: actor.id });
  // Nơi nhận: the level above, delivered in the system when the tờ trình is issued.
  await tx.insert(documentRecipients).values({ documentId: doc!.id, position: 0, label: `Như trên (${governmentName(recipient.name)})`, unitId: recipient.id });
  const printed = content.groups.flatMap((g) => g.nominees.map((n) => n.nominationId));
  await tx.insert(proposalItems).values(printed.map((nominationId, position) => ({ proposalId: proposal!.id, nominationId, councilItemId: items.find((i) => i.nomination.id === nominationId)!.councilItemId, position })));
  await tx.insert(documentEvents).values({ documentId: doc!.id, action: "created", version: 1, actorId: actor.id, actorName: actor.user?.fullName ?? actor.label });
  await recordEvent(tx, actor, proposal!.id, resendsId ? "resent" : "drafted");
  await audit(tx, actor, {
    action: "proposal.drafted", entityType: "proposal", entityId: proposal!.id, unit,
    after: { documentId: doc!.id, recipientUnitId: recipient.id, proposedOn, nominationIds: printed, resendsId },
  });
  return proposal!;
}

export async function createProposal(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CreateProposalInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(proposalPolicy.send(actor, unit) && documentPolicy.draft(actor, unit), "proposal.send");
    return draftProposal(tx, actor, unit, values.nominationIds, values.proposedOn ?? todayInVietnam());
  });
}
