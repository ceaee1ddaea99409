// Who is put forward: a person, a household, a collective or a unit, with the unit they belong
// to. An organisation nominates its own members: the nominee lives or works within it, or holds
// a post or membership in it during the year.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { collectives, households, memberships, people, units } from "../../db/schema";
import type { RecipientKind } from "../../domain/catalogue/entries";
import { foldForSearch } from "../../domain/text/vietnamese";

export interface Nominee {
  kind: RecipientKind;
  id: number;
  name: string;
  unitId: number;
  unitPath: string;
}

export async function findNominee(db: DbOrTx, kind: RecipientKind, id: number): Promise<Nominee | null> {
  if (kind === "person") {
    const [r] = await db.select({ name: people.fullName, unitId: units.id, unitPath: units.path }).from(people).innerJoin(units, eq(units.id, people.unitId)).where(eq(people.id, id));
    return r ? { kind, id, ...r } : null;
  }
  if (kind === "household") {
    const [r] = await db
      .select({
        name: sql<string>`coalesce((SELECT 'Hộ ' || p.full_name FROM people p WHERE p.household_id = ${households.id} ORDER BY (p.household_role = 'Chủ hộ') DESC NULLS LAST, p.id LIMIT 1), 'Hộ ' || coalesce(${households.code}, ${households.id}::text))`,
        unitId: units.id,
        unitPath: units.path,
      })
      .from(households)
      .innerJoin(units, eq(units.id, households.unitId))
      .where(eq(households.id, id));
    return r ? { kind, id, ...r } : null;
  }
  if (kind === "collective") {
    const [r] = await db.select({ name: collectives.name, unitId: units.id, unitPath: units.path }).from(collectives).innerJoin(units, eq(units.id, collectives.unitId)).where(eq(collectives.id, id));
    return r ? { kind, id, ...r } : null;
  }
  const [r] = await db.select({ name: units.name, unitId: units.id, unitPath: units.path }).from(units).where(eq(units.id, id));
  return r ? { kind, id, ...r } : null;
}

/** Whether the nominee belongs to the nominating unit: within it, or (a person, a household) a member of it, or a member's household, during the year. */
export async function belongsTo(db: DbOrTx, nominee: Nominee, unit: { id: number; path: string }, year: number): Promise<boolean> {
  if (nominee.unitPath.startsWith(unit.path)) return true;
  if (nominee.kind !== "person" && nominee.kind !== "household") return false;
  // A person who is a member; a household one of whose members is (the family of a member).
  const [m] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        nominee.kind === "person" ? eq(memberships.personId, nominee.id) : eq(people.householdId, nominee.id),
        sql`${units.path} LIKE ${unit.path} || '%'`,
        sql`(${memberships.validFrom} IS NULL OR ${memberships.validFrom} <= ${`${year}-12-31`}::date)`,
        sql`(${memberships.validTo} IS NULL OR ${memberships.validTo} >= ${`${year}-01-01`}::date)`,
      ),
    )
    .limit(1);
  return !!m;
}

/** A nomination's columns for its nominee: the one id column its kind uses, the name, and what searches match. */
export function nomineeColumns(nominee: Nominee, achievement: string) {
  return {
    nomineeKind: nominee.kind,
    personId: nominee.kind === "person" ? nominee.id : null,
    householdId: nominee.kind === "household" ? nominee.id : null,
    collectiveId: nominee.kind === "collective" ? nominee.id : null,
    nomineeUnitId: nominee.kind === "unit" ? nominee.id : null,
    nomineeName: nominee.name,
    searchText: foldForSearch(`${nominee.name} ${achievement}`).slice(0, 5000),
  };
}
