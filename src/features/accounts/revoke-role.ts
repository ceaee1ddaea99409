import { and, count, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { roleAssignments, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { accountPolicy } from "./policy";

/** Takes a role away. The last administrator cannot be removed, or no one could manage the system. */
export async function revokeRole(actor: Actor, assignmentId: number, db: Db) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ assignment: roleAssignments, unit: { id: units.id, path: units.path } })
      .from(roleAssignments)
      .innerJoin(units, eq(units.id, roleAssignments.unitId))
      .where(eq(roleAssignments.id, assignmentId));
    if (!row || !accountPolicy.view(actor, { unitPaths: [row.unit.path] })) throw new NotFound("role_assignment");
    authorize(accountPolicy.revokeRole(actor, row.unit), "role.revoke");
    if (row.assignment.role === "admin") {
      const [others] = await tx
        .select({ n: count() })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.role, "admin"), ne(roleAssignments.id, assignmentId)));
      if ((others?.n ?? 0) === 0) throw ValidationError.field("_form", "errors.last_admin");
    }
    await tx.delete(roleAssignments).where(eq(roleAssignments.id, assignmentId));
    await audit(tx, actor, { action: "role.revoked", entityType: "role_assignment", entityId: assignmentId, unit: row.unit, before: row.assignment });
    return row.assignment;
  });
}
