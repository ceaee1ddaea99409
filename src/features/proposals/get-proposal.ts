// A proposal as either side sees it: its tờ trình, the items with the council's results and the
// level above's answers, the timeline, the proposal it sends again or that sends it again, and
// what the reader may do next.
import { asc, eq, or } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { documents, proposalEvents, proposalItems, proposals } from "../../db/schema";
import { proposalNominees, type ProposalContent } from "../../documents/compose-proposal";
import type { Actor } from "../../platform/actor";
import { documentPolicy } from "../documents/policy";
import { findVisibleProposal } from "./find-proposal";
import { proposalPolicy } from "./policy";

/** "15/TTr-UBND", or "(dự thảo)" before the number is taken. */
export async function proposalNumber(db: DbOrTx, documentId: number): Promise<string> {
  const [doc] = await db.select({ numberSymbol: documents.numberSymbol }).from(documents).where(eq(documents.id, documentId));
  return doc?.numberSymbol ?? "(dự thảo)";
}

export async function getProposal(actor: Actor, id: number, db: Db) {
  const found = await findVisibleProposal(actor, db, id);
  const p = found.proposal;
  const [doc] = await db
    .select({ id: documents.id, status: documents.status, numberSymbol: documents.numberSymbol, issuedOn: documents.issuedOn, summary: documents.summary, content: documents.content, signerName: documents.signerName })
    .from(documents)
    .where(eq(documents.id, p.documentId));
  const [items, events, related] = await Promise.all([
    db.select().from(proposalItems).where(eq(proposalItems.proposalId, id)).orderBy(asc(proposalItems.position)),
    db.select().from(proposalEvents).where(eq(proposalEvents.proposalId, id)).orderBy(asc(proposalEvents.id)),
    db.select({ id: proposals.id, resendsId: proposals.resendsId, status: proposals.status }).from(proposals).where(or(eq(proposals.resendsId, id), p.resendsId ? eq(proposals.id, p.resendsId) : undefined)),
  ]);
  const nominees = proposalNominees(doc!.content as ProposalContent);
  const rows = items.map((item) => ({ ...item, nominee: nominees.find((n) => n.nominationId === item.nominationId) ?? null }));
  const review = proposalPolicy.review(actor, found.scope);
  const send = found.asSender && proposalPolicy.send(actor, { path: found.unitPath }) && documentPolicy.draft(actor, { path: found.unitPath });
  const resentBy = related.find((r) => r.resendsId === id) ?? null;
  return {
    proposal: p,
    unit: { id: p.unitId, name: found.unitName, path: found.unitPath },
    recipient: { id: p.recipientUnitId, name: found.recipientName },
    document: doc!,
    items: rows,
    events,
    resends: related.find((r) => r.id === p.resendsId) ?? null,
    resentBy,
    asSender: found.asSender,
    asReviewer: found.asReviewer,
    can: {
      receive: review && p.status === "sent",
      return: review && (p.status === "sent" || p.status === "received"),
      decide: review && p.status === "received",
      resend: send && p.status === "returned" && !resentBy,
      package: p.status !== "draft",
    },
  };
}
export type ProposalView = Awaited<ReturnType<typeof getProposal>>;
