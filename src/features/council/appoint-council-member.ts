import { and, eq, gte, isNull, like, lte, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { councilMembers, roleAssignments, units, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { AppointCouncilMemberInput } from "./council-member-input";
import { findCouncilUnit } from "./council-unit";

/** Terms overlapping [from, to] (to null: open-ended), as SQL on council_members. */
export function overlapping(from: string, to: string | null) {
  return and(to === null ? sql`true` : lte(councilMembers.validFrom, to), or(isNull(councilMembers.validTo), gte(councilMembers.validTo, from)));
}

/**
 * The account, if it may sit on this unit's council: active, linked to the person it is, and
 * holding a role on the unit or below it. Any other account (another commune's, an unknown id)
 * gets the same answer, so that the form reveals nothing about accounts elsewhere.
 */
async function eligibleAccount(db: DbOrTx, unit: { path: string }, userId: number) {
  const [row] = await db
    .select({ id: users.id, personId: users.personId, fullName: users.fullName })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        isNull(users.disabledAt),
        sql`exists (select 1 from ${roleAssignments} join ${units} on ${units.id} = ${roleAssignments.unitId} where ${roleAssignments.userId} = ${users.id} and ${like(units.path, `${unit.path}%`)})`,
      ),
    );
  if (!row) throw ValidationError.field("userId", "errors.council_member_not_in_unit");
  if (row.personId === null) throw ValidationError.field("userId", "errors.council_member_no_person");
  return { ...row, personId: row.personId };
}

/**
 * The unit's Chairman (or administrator) appoints a member of its council to a post for a term.
 * One person holds one post at a time in a council; there is one chair at a time.
 */
export async function appointCouncilMember(actor: Actor, unitId: number, input: unknown, db: Db) {
  const values = parseInput(AppointCouncilMemberInput, input);
  if (values.validTo !== null && values.validTo < values.validFrom) throw ValidationError.field("validTo", "errors.council_term_before_start");
  return db.transaction(async (tx) => {
    const unit = await findCouncilUnit(actor, tx, unitId, "manage", { lock: true });
    const account = await eligibleAccount(tx, unit, values.userId);
    const term = overlapping(values.validFrom, values.validTo);
    const [held] = await tx
      .select({ validFrom: councilMembers.validFrom })
      .from(councilMembers)
      .where(and(eq(councilMembers.unitId, unit.id), eq(councilMembers.personId, account.personId), term))
      .limit(1);
    if (held) throw ValidationError.field("userId", "errors.council_member_overlap", { from: held.validFrom.split("-").reverse().join("/") });
    if (values.post === "chair") {
      const [chair] = await tx.select({ id: councilMembers.id }).from(councilMembers).where(and(eq(councilMembers.unitId, unit.id), eq(councilMembers.post, "chair"), term)).limit(1);
      if (chair) throw ValidationError.field("post", "errors.council_chair_taken");
    }
    const [row] = await tx
      .insert(councilMembers)
      .values({ unitId: unit.id, userId: account.id, personId: account.personId, post: values.post, validFrom: values.validFrom, validTo: values.validTo, createdBy: actor.id })
      .returning();
    await audit(tx, actor, { action: "council_member.appointed", entityType: "council_member", entityId: row!.id, unit, after: row });
    return row!;
  });
}
