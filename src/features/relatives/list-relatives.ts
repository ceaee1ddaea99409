import { and, asc, eq, ne, or } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { people, personRelations } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { authorize, Forbidden } from "../../platform/errors";
import { findVisiblePerson } from "../people/find-visible-person";
import { relativesPolicy } from "./policy";
import { inverseKind, type RelativeKind } from "./relative-input";

/**
 * A person's relatives both ways, each relation told from this person's side: a row saying B is
 * A's child reads, on B's page, that A is B's parent. For those who see personal details.
 */
export async function listRelatives(actor: Actor, personId: number, db: DbOrTx) {
  const found = await findVisiblePerson(actor, db, personId);
  authorize(relativesPolicy.view(actor, found), "person.view_personal");
  const rows = await db
    .select({ relation: personRelations, other: { id: people.id, fullName: people.fullName, sortKey: people.sortKey } })
    .from(personRelations)
    .innerJoin(people, or(and(eq(personRelations.personId, personId), eq(people.id, personRelations.relativeId)), and(eq(personRelations.relativeId, personId), eq(people.id, personRelations.personId))))
    .where(and(or(eq(personRelations.personId, personId), eq(personRelations.relativeId, personId)), ne(people.id, personId)))
    .orderBy(asc(people.sortKey), asc(personRelations.id));
  return {
    person: { id: found.person.id, fullName: found.person.fullName, unitId: found.person.unitId },
    canManage: relativesPolicy.manage(actor, found),
    relatives: rows.map(({ relation: r, other }) => ({
      id: r.id,
      relativeId: other.id,
      fullName: other.fullName,
      kind: r.personId === personId ? (r.kind as RelativeKind) : inverseKind(r.kind as RelativeKind),
      status: r.status as "proposed" | "confirmed" | "rejected",
      source: r.source as "household" | "declared",
      decidedAt: r.decidedAt,
    })),
  };
}

/** The person page's section: nothing at all for those who may not see it. */
export async function relativesForPersonPage(actor: Actor, personId: number, db: Db) {
  try {
    return await listRelatives(actor, personId, db);
  } catch (err) {
    if (err instanceof Forbidden) return null;
    throw err;
  }
}

/** People who may be declared a relative: those of the person's own unit, by name (the API takes any id the official manages). */
export async function relativeChoices(actor: Actor, personId: number, db: Db) {
  const found = await findVisiblePerson(actor, db, personId);
  authorize(relativesPolicy.manage(actor, found), "person.manage");
  const options = await db
    .select({ id: people.id, fullName: people.fullName, birthYear: people.birthYear })
    .from(people)
    .where(and(eq(people.unitId, found.person.unitId), ne(people.id, personId)))
    .orderBy(asc(people.sortKey), asc(people.id))
    .limit(2000);
  return { person: { id: found.person.id, fullName: found.person.fullName }, options };
}
