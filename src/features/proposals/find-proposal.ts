import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { proposals, units } from "../../db/schema";
import { roleGrants } from "../../domain/access/roles";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { proposalPolicy } from "./policy";

export type ProposalRow = typeof proposals.$inferSelect;

/**
 * The governments the actor reviews for through one of their departments: a superior_reviewer
 * placed on an agency (the province's Sở Nội vụ, the city's Phòng Nội vụ) reviews what is sent to
 * the government the agency belongs to.
 */
export async function departmentTargets(actor: Actor, db: DbOrTx): Promise<number[]> {
  const ids = [...new Set(actor.assignments.filter((a) => roleGrants(a.role, "proposal.review") && a.unitId > 0).map((a) => a.unitId))];
  if (ids.length === 0) return [];
  const rows = await db.select({ parentId: units.parentId }).from(units).where(and(inArray(units.id, ids), eq(units.kind, "agency")));
  return rows.flatMap((r) => (r.parentId ? [r.parentId] : []));
}

/**
 * The proposal if the actor may see it, from either side; otherwise NotFound, as if it did not
 * exist (a reviewer of another city, anyone before it is sent at the level above). `forUpdate`
 * locks the row so that two clicks cannot both pass a status check.
 */
export async function findVisibleProposal(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}) {
  const recipient = alias(units, "recipient");
  const query = db
    .select({ proposal: proposals, unitPath: units.path, unitName: units.name, unitKind: units.kind, recipientPath: recipient.path, recipientName: recipient.name, recipientKind: recipient.kind })
    .from(proposals)
    .innerJoin(units, eq(units.id, proposals.unitId))
    .innerJoin(recipient, eq(recipient.id, proposals.recipientUnitId))
    .where(eq(proposals.id, id));
  const [row] = opts.forUpdate ? await query.for("update", { of: proposals }) : await query;
  if (!row) throw new NotFound("proposal");
  const scope = { unitPath: row.unitPath, recipientPath: row.recipientPath, status: row.proposal.status, reviewsThroughDepartment: (await departmentTargets(actor, db)).includes(row.proposal.recipientUnitId) };
  if (!proposalPolicy.view(actor, scope)) throw new NotFound("proposal");
  return { ...row, scope, asSender: proposalPolicy.viewAsSender(actor, scope), asReviewer: proposalPolicy.viewAsReviewer(actor, scope) };
}
export type FoundProposal = Awaited<ReturnType<typeof findVisibleProposal>>;
