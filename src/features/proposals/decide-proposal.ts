// The level above records its decision on a received proposal (số, ngày, người quyết định; per
// item: awarded or not), and the decision comes back into the proposing unit's registry: one award
// per awarded item (source "superior", linked to its nomination), so that the next eligibility
// check sees it. The proposing unit is told. What was decided stays (triggers of migration 0019).
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { awards, nominations, proposalItems, proposals } from "../../db/schema";
import { formName } from "../../domain/catalogue/in-force";
import { formatShortDate, todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { awardSearchText, awardSortKey } from "../awards/award-rules";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { findVisibleProposal } from "./find-proposal";
import { proposalNumber } from "./get-proposal";
import { notifySenders } from "./notify";
import { proposalPolicy } from "./policy";
import { DecideProposalInput } from "./proposal-input";
import { recordEvent } from "./record-event";

export async function decideProposal(actor: Actor, id: number, input: unknown, db: Db, opts: { baseUrl: string }) {
  return db.transaction(async (tx) => {
    const found = await findVisibleProposal(actor, tx, id, { forUpdate: true });
    authorize(proposalPolicy.review(actor, found.scope), "proposal.review");
    const values = parseInput(DecideProposalInput, input);
    const p = found.proposal;
    if (p.status !== "received") throw ValidationError.field("_form", "errors.proposal_not_decidable");
    if (values.decisionDate > todayInVietnam()) throw ValidationError.field("decisionDate", "errors.date_future");
    if (p.sentOn && values.decisionDate < p.sentOn) throw ValidationError.field("decisionDate", "errors.proposal_decision_before_sent", { date: formatShortDate(p.sentOn) });

    const items = await tx
      .select({ item: proposalItems, nomination: nominations })
      .from(proposalItems)
      .innerJoin(nominations, eq(nominations.id, proposalItems.nominationId))
      .where(and(eq(proposalItems.proposalId, id), eq(proposalItems.active, true)))
      .orderBy(proposalItems.position);
    for (const { nomination: n } of items) {
      if (!values.outcomes[String(n.id)]) throw ValidationError.field(`outcome.${n.id}`, "errors.proposal_outcome_required", { nominee: n.nomineeName });
    }
    const catalogue = await loadCatalogue(tx, values.decisionDate, found.unitPath);
    const made: number[] = [];
    for (const { item, nomination: n } of items) {
      const outcome = values.outcomes[String(n.id)]!;
      let awardId: number | null = null;
      if (outcome === "awarded") {
        const [award] = await tx
          .insert(awards)
          .values({
            // The proposing unit's registry holds what its proposal obtained.
            unitId: p.unitId,
            recipientKind: n.nomineeKind,
            personId: n.personId,
            householdId: n.householdId,
            collectiveId: n.collectiveId,
            recipientUnitId: n.nomineeUnitId,
            recipientName: n.nomineeName,
            searchText: awardSearchText({ recipientName: n.nomineeName, formName: formName(catalogue, n.formCode), decisionNumber: values.decisionNumber, achievement: n.achievement }),
            sortKey: awardSortKey(n.nomineeName, n.nomineeKind === "person"),
            formCode: n.formCode,
            year: n.year,
            commendationKind: n.commendationKind,
            decidingBody: values.decidingBody,
            decisionNumber: values.decisionNumber,
            decisionDate: values.decisionDate,
            achievement: n.achievement,
            source: "superior",
            nominationId: n.id,
            createdBy: actor.id,
          })
          .returning({ id: awards.id });
        awardId = award!.id;
        made.push(awardId);
      }
      await tx.update(proposalItems).set({ outcome, awardId }).where(eq(proposalItems.id, item.id));
    }
    const now = new Date();
    const [row] = await tx
      .update(proposals)
      .set({ status: "decided", decidedAt: now, decidedBy: actor.id, decisionNumber: values.decisionNumber, decisionDate: values.decisionDate, decidingBody: values.decidingBody, updatedAt: now })
      .where(eq(proposals.id, id))
      .returning();
    await recordEvent(tx, actor, id, "decided", `${values.decisionNumber} (${formatShortDate(values.decisionDate)}), ${values.decidingBody}`);
    const params = { number: await proposalNumber(tx, p.documentId), decision: values.decisionNumber, date: formatShortDate(values.decisionDate), body: values.decidingBody, awarded: made.length, count: items.length };
    await notifySenders(tx, p.unitId, p.createdBy, { kind: "proposal_decided", link: `/proposals/${id}`, text: (t) => ({ title: t("proposals.decided_notice_title", params), body: t("proposals.decided_notice_body", params) }) }, opts.baseUrl);
    await audit(tx, actor, {
      action: "proposal.decided", entityType: "proposal", entityId: id, unit: { id: p.recipientUnitId, path: found.recipientPath },
      before: { status: p.status }, after: { status: "decided", decisionNumber: values.decisionNumber, decisionDate: values.decisionDate, decidingBody: values.decidingBody, awardIds: made, outcomes: values.outcomes },
    });
    return row!;
  });
}
