import type { Actor } from "../../platform/actor";

/** The fairness view shows counts and shares only, for those who review nominations. */
export const fairnessPolicy = {
  view: (actor: Actor, unit: { path: string }) => actor.can("fairness.view", unit.path),
  viewSomewhere: (actor: Actor) => actor.scopes("fairness.view").length > 0,
};
