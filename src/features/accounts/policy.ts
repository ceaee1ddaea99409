// Who may see and manage accounts: those who hold account permissions on a unit
// where the account has a role.
import type { Role } from "../../domain/access/roles";
import { grantableRoles } from "../../domain/access/roles";
import type { Actor } from "../../platform/actor";

export const accountPolicy = {
  view: (actor: Actor, account: { unitPaths: string[] }) => account.unitPaths.some((p) => actor.can("account.view", p)),
  viewScopes: (actor: Actor) => actor.scopes("account.view"),
  inviteScopes: (actor: Actor) => actor.scopes("account.invite"),
  invite: (actor: Actor, unit: { path: string }) => actor.can("account.invite", unit.path),
  /** Sees the accounts of some unit (the Users page exists for them). */
  viewSomewhere: (actor: Actor) => actor.scopes("account.view").length > 0,
  inviteSomewhere: (actor: Actor) => actor.scopes("account.invite").length > 0,
  grant: (actor: Actor, unit: { path: string }, role: Role) => grantableRoles(actor.assignments, unit.path).includes(role),
  revokeRole: (actor: Actor, unit: { path: string }) => actor.can("account.manage", unit.path),
  /** Links an account (by a unit it has a role on) to a person (by the person's unit): an administrator of both. */
  linkPerson: (actor: Actor, unit: { path: string }) => actor.can("account.manage", unit.path),
  /** National administrators are named by the console operator or by one another. */
  nameNationalAdmin: (actor: Actor) => actor.national,
};
