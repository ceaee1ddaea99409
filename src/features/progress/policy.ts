import type { Actor } from "../../platform/actor";

type UnitRef = { path: string };

/**
 * Whether the movement itself may be seen is movementPolicy.view (one rule for the movement
 * and everything under it). Within it, progress is seen by everyone in the movement's unit and, for its own part,
 * by each participant; a participant reports, assesses itself and records activities for its
 * own unit; the movement's unit assesses (movement.manage on the unit that runs it).
 */
export const progressPolicy = {
  /** The whole dashboard (every participant) belongs to the movement's unit. */
  viewAll: (actor: Actor, movementUnit: UnitRef) => actor.can("movement.view", movementUnit.path),
  viewParticipant: (actor: Actor, movementUnit: UnitRef, participant: UnitRef) =>
    actor.can("movement.view", movementUnit.path) || actor.can("movement.view", participant.path),
  participate: (actor: Actor, participant: UnitRef) => actor.can("movement.participate", participant.path),
  assessAsUnit: (actor: Actor, movementUnit: UnitRef) => actor.can("movement.manage", movementUnit.path),
};
