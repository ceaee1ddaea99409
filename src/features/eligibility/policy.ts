// Who sees and keeps the facts eligibility reads (yearly assessments, discipline, holds,
// initiatives): sensitive personal data, judged on the person's unit. Nobody else sees them,
// not even how many there are.
import type { Actor } from "../../platform/actor";

export const eligibilityPolicy = {
  /** Sees a person's facts and their history. */
  view: (actor: Actor, person: { unitPath: string }) => actor.can("eligibility_fact.view", person.unitPath),
  /** Records, changes, ends and removes a person's facts. */
  manage: (actor: Actor, person: { unitPath: string }) => actor.can("eligibility_fact.manage", person.unitPath),
  /** Imports assessments into a unit (and everyone in its sub-units). */
  importInto: (actor: Actor, unit: { path: string }) => actor.can("eligibility_fact.manage", unit.path),
  /** Keeps facts somewhere: may open the import page and send a file at all. */
  manageSomewhere: (actor: Actor) => actor.scopes("eligibility_fact.manage").length > 0,
  manageScopes: (actor: Actor) => actor.scopes("eligibility_fact.manage"),
};
