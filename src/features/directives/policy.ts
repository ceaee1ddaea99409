import type { Actor } from "../../platform/actor";

/** Incoming directives are read by everyone in the unit and recorded by those who write plans. */
export const directivePolicy = {
  view: (actor: Actor, unit: { path: string }) => actor.can("document.view", unit.path),
  viewScopes: (actor: Actor) => actor.scopes("document.view"),
  record: (actor: Actor, unit: { path: string }) => actor.can("document.draft", unit.path),
  /** Records directives somewhere: may send one with its file at all. */
  recordSomewhere: (actor: Actor) => actor.scopes("document.draft").length > 0,
};
