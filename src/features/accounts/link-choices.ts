// What the account page offers for linking the account to a person: the person linked, and,
// for an administrator of the account's unit, the people whose names match a search.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { roleAssignments, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { listPeople } from "../people/list-people";
import { personOfUser } from "./person-of-user";
import { accountPolicy } from "./policy";

/** Call after getUser (which decides whether the account is visible at all). */
export async function linkChoices(actor: Actor, db: DbOrTx, userId: number, q: string | undefined) {
  const roleUnits = await db.select({ path: units.path }).from(roleAssignments).innerJoin(units, eq(units.id, roleAssignments.unitId)).where(eq(roleAssignments.userId, userId));
  const canLink = roleUnits.some((u) => accountPolicy.linkPerson(actor, u));
  const person = await personOfUser(db, userId);
  const query = q?.trim() ?? "";
  const candidates = canLink && query.length >= 2 ? (await listPeople(actor, db, { q: query })).people.slice(0, 20) : [];
  return { canLink, person, q: query, searched: canLink && query.length >= 2, candidates };
}

export type LinkChoices = Awaited<ReturnType<typeof linkChoices>>;
