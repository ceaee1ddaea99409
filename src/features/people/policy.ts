import type { Actor } from "../../platform/actor";

/** A person belongs where they live or work (their unit); roles on that unit or above reach them. */
export const personPolicy = {
  view: (actor: Actor, person: { unitPath: string }) => actor.can("person.view", person.unitPath),
  viewScopes: (actor: Actor) => actor.scopes("person.view"),
  manageScopes: (actor: Actor) => actor.scopes("person.manage"),
  viewPersonal: (actor: Actor, person: { unitPath: string }) => actor.can("person.view_personal", person.unitPath),
  manage: (actor: Actor, unit: { path: string }) => actor.can("person.manage", unit.path),
  /** Manages people of some unit: offers "add a person" and "import", and may send a spreadsheet at all (before it is read, the unit is not known). */
  manageSomewhere: (actor: Actor) => actor.scopes("person.manage").length > 0,
};
