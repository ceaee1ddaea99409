import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { households, memberships, people, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { findVisiblePerson } from "./find-visible-person";
import { personPolicy } from "./policy";

/**
 * A person's profile: name, unit, positions and memberships over time, household.
 * Birth date, ethnicity and contact details only for roles that need them.
 */
export async function getPerson(actor: Actor, db: DbOrTx, id: number) {
  const { person, unitPath, unitName } = await findVisiblePerson(actor, db, id);
  const personal = personPolicy.viewPersonal(actor, { unitPath });
  const history = await db
    .select({ id: memberships.id, unitId: units.id, unitName: units.name, position: memberships.position, validFrom: memberships.validFrom, validTo: memberships.validTo })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(eq(memberships.personId, id))
    .orderBy(asc(memberships.validFrom), asc(memberships.id));
  const household = person.householdId
    ? {
        ...(await db.select().from(households).where(eq(households.id, person.householdId)))[0]!,
        members: await db
          .select({ id: people.id, fullName: people.fullName, householdRole: people.householdRole })
          .from(people)
          .where(eq(people.householdId, person.householdId))
          .orderBy(asc(people.id)),
      }
    : null;
  return {
    person: {
      id: person.id,
      fullName: person.fullName,
      gender: person.gender,
      frontline: person.frontline,
      unitId: person.unitId,
      unitName,
      householdRole: person.householdRole,
      ...(personal
        ? { birthDate: person.birthDate, birthYear: person.birthYear, ethnicity: person.ethnicity, phone: person.phone, email: person.email, address: person.address }
        : {}),
    },
    personal,
    memberships: history,
    household: personal ? household : null,
    canManage: personPolicy.manage(actor, { path: unitPath }),
  };
}
