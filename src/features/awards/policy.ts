import type { Actor } from "../../platform/actor";

type UnitRef = { path: string };

/**
 * An award belongs to the unit whose registry holds it: the recipient's unit (a person's, a
 * household's, a collective's) or the unit commended. Awards are public by their decisions, so
 * everyone of that unit or above sees them; the council's standing member and administrators
 * enter older ones by hand and import lists. An award decided here stays as its decision made it.
 */
export const awardPolicy = {
  view: (actor: Actor, award: { unitPath: string }) => actor.can("award.view", award.unitPath),
  viewScopes: (actor: Actor) => actor.scopes("award.view"),
  manageScopes: (actor: Actor) => actor.scopes("award.manage"),
  manage: (actor: Actor, unit: UnitRef) => actor.can("award.manage", unit.path),
  /** Enters or imports awards somewhere: offers "record an award" and "import", and may send a spreadsheet at all. */
  manageSomewhere: (actor: Actor) => actor.scopes("award.manage").length > 0,
  /** Corrects or removes an award entered by hand or imported; one decided here changes only by a new decision. */
  correct: (actor: Actor, award: { unitPath: string; source: string }) => award.source !== "decided" && actor.can("award.manage", award.unitPath),
};
