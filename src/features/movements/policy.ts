import type { Actor } from "../../platform/actor";

type UnitRef = { path: string };

/**
 * A movement belongs to the unit that launched it. Its officials manage it; the officials
 * of a participating unit register for that unit (a post on the ward reaches its sub-units,
 * so the ward's secretary may register on a residential group's behalf).
 */
export const movementPolicy = {
  view: (actor: Actor, unit: UnitRef) => actor.can("movement.view", unit.path),
  manage: (actor: Actor, unit: UnitRef) => actor.can("movement.manage", unit.path),
  participate: (actor: Actor, participant: UnitRef) => actor.can("movement.participate", participant.path),
};
