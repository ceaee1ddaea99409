import { and, asc, eq, inArray, isNull, like } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { councilMembers, people, roleAssignments, units, users } from "../../db/schema";
import type { CouncilPost } from "../../domain/council/posts";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { CouncilOnInput } from "./council-member-input";
import { inTermOn, postOrder } from "./council-members-on";
import { councilUnitsOf, findCouncilUnit } from "./council-unit";
import { councilPolicy } from "./policy";

/**
 * The council of a unit on a day (today by default; the unit's last day when it has ended): each
 * member's name, post, term and account, chair first, then by post and Vietnamese name order.
 */
export async function listCouncil(actor: Actor, unitId: number, query: unknown, db: Db) {
  const { on: asked } = parseInput(CouncilOnInput, query);
  const unit = await findCouncilUnit(actor, db, unitId, "view");
  const today = todayInVietnam();
  const on = asked ?? (unit.validTo !== null && unit.validTo < today ? unit.validTo : today);
  const members = await db
    .select({
      memberId: councilMembers.id,
      userId: councilMembers.userId,
      personId: councilMembers.personId,
      fullName: people.fullName,
      post: councilMembers.post,
      validFrom: councilMembers.validFrom,
      validTo: councilMembers.validTo,
      account: users.email,
    })
    .from(councilMembers)
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(and(eq(councilMembers.unitId, unit.id), inTermOn(on)))
    .orderBy(asc(postOrder), asc(people.sortKey), asc(councilMembers.id));
  return {
    unit: { id: unit.id, name: unit.name, code: unit.code, validTo: unit.validTo },
    on,
    members: members.map((m) => ({ ...m, post: m.post as CouncilPost })),
    canManage: councilPolicy.manage(actor, { unitPath: unit.path }),
  };
}

/** Accounts that may be appointed: active, linked to a person, holding a role on the unit or below; by name. */
export async function appointableAccounts(actor: Actor, unitId: number, db: Db) {
  const unit = await findCouncilUnit(actor, db, unitId, "manage");
  const rows = await db
    .selectDistinct({ userId: users.id, fullName: people.fullName, email: users.email, sortKey: people.sortKey })
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(and(isNull(users.disabledAt), like(units.path, `${unit.path}%`)))
    .orderBy(asc(people.sortKey), asc(users.id))
    .limit(1000);
  return rows.map(({ sortKey: _s, ...r }) => r);
}

/** The units whose council the actor may open, by name. */
export async function councilUnitChoices(actor: Actor, db: DbOrTx) {
  const ids = councilUnitsOf(actor).map((u) => u.id);
  if (ids.length === 0) return [];
  return db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)).orderBy(asc(units.sortKey), asc(units.id));
}

