import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { roleAssignments, units, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { accountPolicy } from "./policy";

/** One account with its roles; NotFound unless it holds a role where the actor may view accounts. */
export async function getUser(actor: Actor, db: DbOrTx, id: number) {
  const [user] = await db
    .select({ id: users.id, fullName: users.fullName, email: users.email, createdAt: users.createdAt, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id));
  if (!user) throw new NotFound("user");
  const roles = await db
    .select({ id: roleAssignments.id, role: roleAssignments.role, unitId: units.id, unitName: units.name, unitPath: units.path })
    .from(roleAssignments)
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(eq(roleAssignments.userId, id))
    .orderBy(asc(units.path));
  const isSelf = actor.id === id;
  if (!isSelf && !accountPolicy.view(actor, { unitPaths: roles.map((r) => r.unitPath) })) throw new NotFound("user");
  // Only the roles on units the actor can see are shown, each with whether it may be revoked.
  const visibleRoles = roles
    .filter((r) => isSelf || accountPolicy.view(actor, { unitPaths: [r.unitPath] }))
    .map((r) => ({ ...r, canRevoke: accountPolicy.revokeRole(actor, { path: r.unitPath }) }));
  return { user, roles: visibleRoles };
}
