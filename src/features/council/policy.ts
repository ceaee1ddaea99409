import type { Actor } from "../../platform/actor";

interface CouncilScope {
  /** The path of the unit whose council it is. */
  unitPath: string;
}

/**
 * The council of a unit: its officials see it and prepare its sessions; its chairman (or the
 * administrator) sets it up. Voting and presiding are not roles: they come from the council's
 * membership on the session's date (membership.ts), checked in the use cases.
 */
export const councilPolicy = {
  view: (actor: Actor, c: CouncilScope) => actor.can("council.view", c.unitPath) || actor.can("council_session.prepare", c.unitPath),
  viewSomewhere: (actor: Actor) => actor.scopes("council.view").length + actor.scopes("council_session.prepare").length > 0,
  manage: (actor: Actor, c: CouncilScope) => actor.can("council.manage", c.unitPath),
  prepare: (actor: Actor, c: CouncilScope) => actor.can("council_session.prepare", c.unitPath),
  /** Where the actor sees councils and their sessions (unit paths). */
  viewScopes: (actor: Actor) => [...new Set([...actor.scopes("council.view"), ...actor.scopes("council_session.prepare")])],
  /** Where the actor calls sessions. */
  prepareScopes: (actor: Actor) => actor.scopes("council_session.prepare"),
};
