import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { roleAssignments, units, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { findVisibleUnit } from "./find-visible-unit";
import { unitPolicy } from "./policy";

/** A unit with its parent (when visible), sub-units and, for those who manage accounts, who holds roles there. */
export async function getUnit(actor: Actor, db: DbOrTx, id: number) {
  const unit = await findVisibleUnit(actor, db, id);
  const [parentRow] = unit.parentId ? await db.select().from(units).where(eq(units.id, unit.parentId)) : [];
  const parent = parentRow && unitPolicy.view(actor, parentRow) ? parentRow : null;
  const children = await db.select().from(units).where(eq(units.parentId, unit.id)).orderBy(asc(units.name));
  const members = actor.can("account.view", unit.path)
    ? await db
        .select({ userId: users.id, fullName: users.fullName, role: roleAssignments.role })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(eq(roleAssignments.unitId, unit.id))
        .orderBy(asc(users.fullName))
    : null;
  return { unit, parent, children, members, canAddChild: unitPolicy.createChild(actor, unit) };
}
