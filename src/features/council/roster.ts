// The council on a session's date (membersOn) and what recusal needs to know about its members:
// their household and the units they belong to that day.
import { and, gte, inArray, isNull, lte, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { memberships, people } from "../../db/schema";
import type { MemberFacts } from "../../domain/council/recusal";
import { todayInVietnam } from "../../domain/text/dates";
import { membersOn, type CouncilMemberOn } from "./council-members-on";

export type RosterMember = CouncilMemberOn & MemberFacts;

/** Members of the unit's council in post on that day, by post and name, with their household and units. */
export async function rosterOn(db: DbOrTx, unitId: number, on: string): Promise<RosterMember[]> {
  const members = await membersOn(db, unitId, on);
  const personIds = members.map((m) => m.personId);
  if (personIds.length === 0) return [];
  const households = await db.select({ id: people.id, householdId: people.householdId }).from(people).where(inArray(people.id, personIds));
  const held = await db
    .select({ personId: memberships.personId, unitId: memberships.unitId })
    .from(memberships)
    .where(and(inArray(memberships.personId, personIds), or(isNull(memberships.validFrom), lte(memberships.validFrom, on)), or(isNull(memberships.validTo), gte(memberships.validTo, on))));
  return members.map((m) => ({
    ...m,
    householdId: households.find((h) => h.id === m.personId)?.householdId ?? null,
    unitIds: held.filter((h) => h.personId === m.personId).map((h) => h.unitId),
  }));
}

/** The day (in Vietnam) a session meets on: the council and the rules of that day apply. */
export const sessionDay = (meetsAt: Date): string => todayInVietnam(meetsAt);
