import type { Actor } from "../../platform/actor";
import { personPolicy } from "../people/policy";

/**
 * Who is whose relative is personal data: those who see people's personal details see it; those
 * who manage the registry of a person's unit confirm, reject and declare it.
 */
export const relativesPolicy = {
  view: (actor: Actor, person: { unitPath: string }) => personPolicy.viewPersonal(actor, person),
  manage: (actor: Actor, person: { unitPath: string }) => personPolicy.manage(actor, { path: person.unitPath }),
  manageScopes: (actor: Actor) => personPolicy.manageScopes(actor),
  manageSomewhere: (actor: Actor) => personPolicy.manageSomewhere(actor),
};
