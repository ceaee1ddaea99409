// Who sees and acts on a proposal to the level above. The proposing unit's leaders and the
// council's standing member (and the officials above them) draft, send and follow it; the level
// above's reviewers (superior_reviewer, on the receiving government or on the department it
// reviews through, e.g. its Sở Nội vụ) see it once sent, receive, return and decide it.
import type { Actor } from "../../platform/actor";

export interface ProposalScope {
  /** The proposing unit's path. */
  unitPath: string;
  /** The receiving government's path. */
  recipientPath: string;
  status: string;
  /** The actor reviews for the receiving government through one of its departments. */
  reviewsThroughDepartment?: boolean;
}

export const proposalPolicy = {
  /** The proposing side. */
  viewAsSender: (actor: Actor, p: Pick<ProposalScope, "unitPath">) => actor.can("proposal.view", p.unitPath),
  /** The level above, once the tờ trình has left. */
  viewAsReviewer: (actor: Actor, p: ProposalScope) => p.status !== "draft" && (actor.can("proposal.review", p.recipientPath) || p.reviewsThroughDepartment === true),
  view: (actor: Actor, p: ProposalScope) => proposalPolicy.viewAsSender(actor, p) || proposalPolicy.viewAsReviewer(actor, p),
  send: (actor: Actor, unit: { path: string }) => actor.can("proposal.send", unit.path),
  sendSomewhere: (actor: Actor) => actor.scopes("proposal.send").length > 0,
  review: (actor: Actor, p: ProposalScope) => proposalPolicy.viewAsReviewer(actor, p),
  senderScopes: (actor: Actor) => actor.scopes("proposal.view"),
  reviewerScopes: (actor: Actor) => actor.scopes("proposal.review"),
  /** Sees proposals somewhere, on either side (the navigation link). */
  somewhere: (actor: Actor) => actor.scopes("proposal.view").length + actor.scopes("proposal.review").length > 0,
};
