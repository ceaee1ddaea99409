// The members of a unit's council in post on a day: who is invited to a session, who may vote.
import { and, asc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { councilMembers, people } from "../../db/schema";
import { COUNCIL_POSTS, type CouncilPost } from "../../domain/council/posts";

export interface CouncilMemberOn {
  memberId: number;
  userId: number;
  personId: number;
  post: CouncilPost;
  fullName: string;
}

/** In post on `isoDate` (from and until included), by post (chair first) then Vietnamese name order. */
export const inTermOn = (isoDate: string) =>
  and(lte(councilMembers.validFrom, isoDate), or(isNull(councilMembers.validTo), gte(councilMembers.validTo, isoDate)));

/** The order of the posts as SQL: chair, vice-chairs, standing member, secretary, members. */
export const postOrder = sql`array_position(${sql.raw(`ARRAY[${COUNCIL_POSTS.map((p) => `'${p}'`).join(",")}]::text[]`)}, ${councilMembers.post})`;

export async function membersOn(db: DbOrTx, unitId: number, isoDate: string): Promise<CouncilMemberOn[]> {
  const rows = await db
    .select({ memberId: councilMembers.id, userId: councilMembers.userId, personId: councilMembers.personId, post: councilMembers.post, fullName: people.fullName })
    .from(councilMembers)
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(and(eq(councilMembers.unitId, unitId), inTermOn(isoDate)))
    .orderBy(asc(postOrder), asc(people.sortKey), asc(councilMembers.id));
  return rows.map((r) => ({ ...r, post: r.post as CouncilPost }));
}
