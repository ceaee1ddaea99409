import { accountPolicy } from "./policy";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { invitations, roleAssignments, units, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";

/** Accounts holding a role within the units where the actor may view accounts, with pending invitations. */
export async function listUsers(actor: Actor, db: DbOrTx) {
  const scopes = accountPolicy.viewScopes(actor);
  const rows = await db
    .select({ userId: users.id, fullName: users.fullName, email: users.email, role: roleAssignments.role, unitName: units.name })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(withinScopes(units.path, scopes))
    .orderBy(asc(users.fullName), asc(users.id));
  const byUser = new Map<number, { id: number; fullName: string; email: string; roles: { role: string; unitName: string }[] }>();
  for (const r of rows) {
    const entry = byUser.get(r.userId) ?? { id: r.userId, fullName: r.fullName, email: r.email, roles: [] };
    entry.roles.push({ role: r.role, unitName: r.unitName });
    byUser.set(r.userId, entry);
  }
  const pending = await db
    .select({ id: invitations.id, email: invitations.email, fullName: invitations.fullName, role: invitations.role, unitName: units.name, expiresAt: invitations.expiresAt })
    .from(invitations)
    .innerJoin(units, eq(units.id, invitations.unitId))
    .where(and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date()), withinScopes(units.path, scopes)))
    .orderBy(asc(invitations.createdAt));
  return { users: [...byUser.values()], pending };
}

/** Units where the actor may invite, for the invitation form's choice. */
export async function invitableUnits(actor: Actor, db: DbOrTx) {
  return db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(withinScopes(units.path, accountPolicy.inviteScopes(actor)))
    .orderBy(asc(units.path))
    .limit(500);
}

