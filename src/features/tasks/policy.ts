import type { Actor } from "../../platform/actor";

/** A task as the rules see it: the assigning unit and the responsible one (if in the system). */
export type TaskRef = { unitPath: string; responsibleUnitPath: string | null };

export const taskPolicy = {
  /** Seen by the assigning unit and by the responsible unit. */
  /** For lists: tasks assigned by or to units under these paths. */
  viewScopes: (actor: Actor) => actor.scopes("movement.view"),
  view: (actor: Actor, task: TaskRef) =>
    actor.can("movement.view", task.unitPath) || (task.responsibleUnitPath !== null && actor.can("movement.view", task.responsibleUnitPath)),
  /** A unit directs itself and its sub-units: only they can be made responsible for its tasks. */
  directs: (assigning: { path: string }, responsible: { path: string }) => responsible.path.startsWith(assigning.path),
  /** Assigning is managing the movement in the assigning unit. */
  assign: (actor: Actor, unit: { path: string }) => actor.can("movement.manage", unit.path),
  assignSomewhere: (actor: Actor) => actor.scopes("movement.manage").length > 0,
  /** The responsible unit closes its own task; the assigning unit may close it for them. */
  complete: (actor: Actor, task: TaskRef) =>
    (task.responsibleUnitPath !== null && actor.can("movement.participate", task.responsibleUnitPath)) || actor.can("movement.manage", task.unitPath),
};
