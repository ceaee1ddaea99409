// The proposals an actor may see: those its units drafted and sent ("sent" view), and, at the level
// above, those sent to the governments it reviews for (the inbox). Newest first, a page at a time.
import { and, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { documents, proposals, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { departmentTargets } from "./find-proposal";
import { proposalPolicy } from "./policy";

export const PAGE_SIZE = 50;
export const PROPOSAL_STATUSES = ["draft", "sent", "received", "returned", "decided"] as const;

export const ListProposalsInput = z.object({
  /** "sent": what the actor's units proposed; "inbox": what was sent to the level the actor reviews for. */
  view: z.enum(["sent", "inbox"]).optional().catch(undefined),
  status: z.enum(PROPOSAL_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

const under = (column: SQL | ReturnType<typeof alias<typeof units, string>>["path"], paths: string[]) => (paths.length ? or(...paths.map((p) => sql`${column} LIKE ${p} || '%'`)) : sql`false`);

export async function listProposals(actor: Actor, db: DbOrTx, input: unknown = {}) {
  authorize(proposalPolicy.somewhere(actor), "proposal.view");
  const q = parseInput(ListProposalsInput, input);
  const recipient = alias(units, "recipient");
  const reviews = proposalPolicy.reviewerScopes(actor).length > 0;
  const view = q.view ?? (proposalPolicy.senderScopes(actor).length > 0 ? "sent" : "inbox");
  const targets = reviews ? await departmentTargets(actor, db) : [];
  const where = and(
    view === "sent"
      ? under(units.path, proposalPolicy.senderScopes(actor))
      : and(ne(proposals.status, "draft"), or(under(recipient.path, proposalPolicy.reviewerScopes(actor)), targets.length ? inArray(proposals.recipientUnitId, targets) : sql`false`)),
    q.status ? eq(proposals.status, q.status) : undefined,
  );
  const rows = await db
    .select({
      id: proposals.id,
      status: proposals.status,
      proposedOn: proposals.proposedOn,
      sentOn: proposals.sentOn,
      decisionNumber: proposals.decisionNumber,
      unitName: units.name,
      recipientName: recipient.name,
      numberSymbol: documents.numberSymbol,
      summary: documents.summary,
      items: sql<number>`(SELECT count(*)::int FROM proposal_items i WHERE i.proposal_id = ${proposals.id})`,
      total: sql<number>`count(*) OVER ()`,
    })
    .from(proposals)
    .innerJoin(units, eq(units.id, proposals.unitId))
    .innerJoin(recipient, eq(recipient.id, proposals.recipientUnitId))
    .innerJoin(documents, eq(documents.id, proposals.documentId))
    .where(where)
    .orderBy(desc(proposals.updatedAt), desc(proposals.id))
    .limit(PAGE_SIZE)
    .offset((q.page - 1) * PAGE_SIZE);
  return {
    query: { ...q, view },
    rows: rows.map(({ total: _t, ...r }) => ({ ...r, items: Number(r.items) })),
    total: Number(rows[0]?.total ?? 0),
    views: { sent: proposalPolicy.senderScopes(actor).length > 0, inbox: reviews },
  };
}
