import type { Actor } from "../../platform/actor";

/**
 * A disclosure belongs to the government that screened the nominations on it: its council's
 * standing member publishes the list, moderates the public's comments and answers them. The
 * public reads a list once it has started, with no sign-in (public-disclosures.ts); the comments
 * about a nomination are seen, in its file, by whoever may see the nomination (nominationPolicy).
 */
export const disclosurePolicy = {
  manage: (actor: Actor, unit: { path: string }) => actor.can("disclosure.manage", unit.path),
  manageScopes: (actor: Actor) => actor.scopes("disclosure.manage"),
  manageSomewhere: (actor: Actor) => actor.scopes("disclosure.manage").length > 0,
};
