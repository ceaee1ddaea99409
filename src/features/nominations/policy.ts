import { isWithin } from "../../domain/access/roles";
import type { Actor } from "../../platform/actor";

interface NominationScope {
  /** The nominating unit's path. */
  unitPath: string;
  /** The screening government's path. */
  screeningPath: string;
}

/**
 * A nomination belongs to its nominating unit or organisation (its officials and the officials
 * above it) and to the government that screens it. A nominating organisation sees its own
 * nominations only; the candidate's personal data and the facts behind eligibility only for the
 * roles that need them.
 */
export const nominationPolicy = {
  view: (actor: Actor, n: NominationScope) => actor.can("nomination.view", n.unitPath) || actor.can("nomination.screen", n.screeningPath),
  /** Where the actor sees nominations as a nominating organisation's official (or above it). */
  ownScopes: (actor: Actor) => actor.scopes("nomination.view"),
  screenScopes: (actor: Actor) => actor.scopes("nomination.screen"),
  /** Sees nominations somewhere: as a nominating organisation's official or as a screener. */
  viewSomewhere: (actor: Actor) => actor.scopes("nomination.view").length + actor.scopes("nomination.screen").length > 0,
  create: (actor: Actor, unit: { path: string }) => actor.can("nomination.create", unit.path),
  createSomewhere: (actor: Actor) => actor.scopes("nomination.create").length > 0,
  createScopes: (actor: Actor) => actor.scopes("nomination.create"),
  edit: (actor: Actor, n: NominationScope) => actor.can("nomination.create", n.unitPath),
  screen: (actor: Actor, n: NominationScope) => actor.can("nomination.screen", n.screeningPath),
  /** Holds a role in the nominating organisation itself (or below it): its views are not audited. */
  inside: (actor: Actor, n: NominationScope) => actor.assignments.some((a) => isWithin(a.unitPath, n.unitPath)),
  /** Discipline, holds and ratings behind the eligibility answer. */
  viewFacts: (actor: Actor, nominee: { unitPath: string }) => actor.can("eligibility_fact.view", nominee.unitPath),
  viewPersonal: (actor: Actor, nominee: { unitPath: string }) => actor.can("person.view_personal", nominee.unitPath),
};
