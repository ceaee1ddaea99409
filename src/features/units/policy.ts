import type { Actor } from "../../platform/actor";

export const unitPolicy = {
  view: (actor: Actor, unit: { path: string }) => actor.can("unit.view", unit.path),
  /** The same rule for lists, as the unit paths to filter on in SQL. */
  viewScopes: (actor: Actor) => actor.scopes("unit.view"),
  createChild: (actor: Actor, parent: { path: string }) => actor.can("unit.manage", parent.path),
  /**
   * The official list of provinces and communes, and mergers between its units, are national
   * data: national administrators only. A province or commune adds its own sub-units below.
   */
  manageOfficial: (actor: Actor) => actor.national,
};
