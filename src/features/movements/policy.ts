import type { Actor } from "../../platform/actor";

type UnitRef = { path: string };

/**
 * A movement belongs to the unit that launched it. Its officials manage it; the officials
 * of a participating unit register for that unit (a post on the ward reaches its sub-units,
 * so the ward's secretary may register on a residential group's behalf).
 */
export const movementPolicy = {
  /**
   * The one rule for seeing a movement and everything under it (criteria, registrations,
   * progress, reviews, activities, evidence): everyone in the unit that runs it, and, once it
   * is launched, the officials of the units taking part. A draft is the unit's own business.
   */
  view: (actor: Actor, movement: { status: string; unitPath: string }, participants: readonly UnitRef[]) =>
    actor.can("movement.view", movement.unitPath) || (movement.status !== "draft" && participants.some((p) => actor.can("movement.view", p.path))),
  /** The whole movement (every participant's progress, the dashboard) belongs to the unit that runs it. */
  viewAll: (actor: Actor, unit: UnitRef) => actor.can("movement.view", unit.path),
  /** For lists: movements of units under these paths, and launched ones these units take part in. */
  viewScopes: (actor: Actor) => actor.scopes("movement.view"),
  manageScopes: (actor: Actor) => actor.scopes("movement.manage"),
  manage: (actor: Actor, unit: UnitRef) => actor.can("movement.manage", unit.path),
  /** Manages movements of some unit (offers "new movement", "assign a task"). */
  manageSomewhere: (actor: Actor) => actor.scopes("movement.manage").length > 0,
  participate: (actor: Actor, participant: UnitRef) => actor.can("movement.participate", participant.path),
};
