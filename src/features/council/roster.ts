// The council on a session's date and what recusal needs to know about its members: their
// person, household and the units they belong to that day, and their confirmed relatives.
import { and, asc, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { councilMembers, memberships, people, personRelations, users } from "../../db/schema";
import type { CouncilPost } from "../../domain/council/posts";
import type { MemberFacts, Relatives } from "../../domain/council/recusal";

export interface RosterMember extends MemberFacts {
  userId: number;
  post: CouncilPost;
  fullName: string;
}

/** Members of the unit's council in post on that day, by post and name. */
export async function rosterOn(db: DbOrTx, unitId: number, on: string): Promise<RosterMember[]> {
  const rows = await db
    .select({ memberId: councilMembers.id, userId: councilMembers.userId, personId: councilMembers.personId, post: councilMembers.post, fullName: people.fullName, householdId: people.householdId, sortKey: people.sortKey })
    .from(councilMembers)
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(and(eq(councilMembers.unitId, unitId), lte(councilMembers.validFrom, on), or(isNull(councilMembers.validTo), gte(councilMembers.validTo, on)), isNull(users.disabledAt)))
    .orderBy(asc(people.sortKey), asc(councilMembers.id));
  const personIds = rows.map((r) => r.personId);
  const held = personIds.length
    ? await db
        .select({ personId: memberships.personId, unitId: memberships.unitId })
        .from(memberships)
        .where(and(inArray(memberships.personId, personIds), or(isNull(memberships.validFrom), lte(memberships.validFrom, on)), or(isNull(memberships.validTo), gte(memberships.validTo, on))))
    : [];
  const unitsOf = new Map<number, number[]>();
  for (const h of held) unitsOf.set(h.personId, [...(unitsOf.get(h.personId) ?? []), h.unitId]);
  const rank = (p: string) => ["chair", "vice_chair", "standing", "secretary", "member"].indexOf(p);
  return rows
    .map((r) => ({ memberId: r.memberId, userId: r.userId, personId: r.personId, post: r.post as CouncilPost, fullName: r.fullName, householdId: r.householdId, unitIds: unitsOf.get(r.personId) ?? [] }))
    .sort((a, b) => rank(a.post) - rank(b.post));
}

/** Confirmed relatives of these people, both ways. */
export async function relativesOf(db: DbOrTx, personIds: readonly number[]): Promise<Relatives> {
  const out = new Map<number, Set<number>>();
  if (personIds.length === 0) return out;
  const rows = await db
    .select({ a: personRelations.personId, b: personRelations.relativeId })
    .from(personRelations)
    .where(and(eq(personRelations.status, "confirmed"), or(inArray(personRelations.personId, [...personIds]), inArray(personRelations.relativeId, [...personIds]))));
  for (const { a, b } of rows) {
    out.set(a, (out.get(a) ?? new Set()).add(b));
    out.set(b, (out.get(b) ?? new Set()).add(a));
  }
  return out;
}

/** The day (in Vietnam) a session meets on: the council and the rules of that day apply. */
export function sessionDay(meetsAt: Date): string {
  return new Date(meetsAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

