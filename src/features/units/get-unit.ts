import { accountPolicy } from "../accounts/policy";
import { asc, count, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { collectives, people, roleAssignments, unitSuccessions, units, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { findVisibleUnit } from "./find-visible-unit";
import { unitPolicy } from "./policy";

/** A unit with its parent (when visible), sub-units and, for those who manage accounts, who holds roles there. */
export async function getUnit(actor: Actor, db: DbOrTx, id: number) {
  const unit = await findVisibleUnit(actor, db, id);
  const [parentRow] = unit.parentId ? await db.select().from(units).where(eq(units.id, unit.parentId)) : [];
  const parent = parentRow && unitPolicy.view(actor, parentRow) ? parentRow : null;
  const children = await db.select().from(units).where(eq(units.parentId, unit.id)).orderBy(asc(units.sortKey), asc(units.id));
  // Mergers: the units this one replaced, and the one that replaced it; their history stays reachable.
  const other = alias(units, "other");
  const [predecessors, successors] = await Promise.all([
    db.select({ id: other.id, name: other.name, effectiveOn: unitSuccessions.effectiveOn }).from(unitSuccessions).innerJoin(other, eq(other.id, unitSuccessions.predecessorId)).where(eq(unitSuccessions.successorId, unit.id)),
    db.select({ id: other.id, name: other.name, effectiveOn: unitSuccessions.effectiveOn }).from(unitSuccessions).innerJoin(other, eq(other.id, unitSuccessions.successorId)).where(eq(unitSuccessions.predecessorId, unit.id)),
  ]);
  const [residents] = await db.select({ n: count() }).from(people).where(eq(people.unitId, unit.id));
  const groups = await db.select({ id: collectives.id, name: collectives.name, kind: collectives.kind, memberCount: collectives.memberCount }).from(collectives).where(eq(collectives.unitId, unit.id)).orderBy(asc(collectives.sortKey));
  const members = accountPolicy.view(actor, { unitPaths: [unit.path] })
    ? await db
        .select({ userId: users.id, fullName: users.fullName, role: roleAssignments.role })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(eq(roleAssignments.unitId, unit.id))
        .orderBy(asc(users.fullName))
    : null;
  return {
    unit,
    parent,
    children,
    members,
    predecessors,
    successors,
    residents: residents?.n ?? 0,
    collectives: groups,
    canAddChild: unitPolicy.createChild(actor, unit),
  };
}
