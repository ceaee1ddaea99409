// What the nomination form offers: the units and organisations the actor may nominate from; for
// the chosen one, its members (people living or working there or holding a post in it, its
// households, collectives and sub-units), the titles and forms in force on the decision date,
// the kinds of commendation, and the movements it takes part in.
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { collectives, households, memberships, movementParticipants, movements, people, roleAssignments, units, users } from "../../db/schema";
import type { EntryValues } from "../../domain/catalogue/entries";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { findVisibleUnit } from "../units/find-visible-unit";
import { nominationPolicy } from "./policy";

/** Options are capped: a ward's members fit; a province nominates through its communes. */
const MAX_OPTIONS = 2000;

/** The units an actor nominates from: those it holds a nominating role on. */
export async function nominatingUnits(actor: Actor, db: DbOrTx) {
  authorize(nominationPolicy.createSomewhere(actor), "nomination.create");
  const ids = actor.assignments.map((a) => a.unitId);
  if (!ids.length) return [];
  const rows = await db.select({ id: units.id, name: units.name, path: units.path, sortKey: units.sortKey }).from(units).where(inArray(units.id, ids)).orderBy(asc(units.sortKey));
  return rows.filter((u) => nominationPolicy.create(actor, u));
}

export async function nominationChoices(actor: Actor, db: DbOrTx, unitId: number, decisionDate = todayInVietnam()) {
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(nominationPolicy.create(actor, unit), "nomination.create");
  const inside = sql`${units.path} LIKE ${unit.path} || '%'`;
  const [personRows, householdRows, collectiveRows, unitRows, movementRows, catalogue] = await Promise.all([
    db
      .selectDistinct({ id: people.id, name: people.fullName, sortKey: people.sortKey, birthYear: people.birthYear })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .leftJoin(memberships, eq(memberships.personId, people.id))
      .where(or(inside, sql`${memberships.unitId} IN (SELECT id FROM units WHERE path LIKE ${unit.path} || '%')`))
      .orderBy(asc(people.sortKey), asc(people.id))
      .limit(MAX_OPTIONS),
    db
      .select({ id: households.id, code: households.code, head: sql<string | null>`(SELECT p.full_name FROM people p WHERE p.household_id = ${households.id} ORDER BY (p.household_role = 'Chủ hộ') DESC NULLS LAST, p.id LIMIT 1)` })
      .from(households)
      .innerJoin(units, eq(units.id, households.unitId))
      .where(inside)
      .orderBy(asc(households.id))
      .limit(MAX_OPTIONS),
    db.select({ id: collectives.id, name: collectives.name }).from(collectives).innerJoin(units, eq(units.id, collectives.unitId)).where(inside).orderBy(asc(collectives.sortKey)).limit(MAX_OPTIONS),
    db.select({ id: units.id, name: units.name }).from(units).where(inside).orderBy(sql`length(${units.path})`, asc(units.sortKey)).limit(MAX_OPTIONS),
    db
      .selectDistinct({ id: movements.id, name: movements.name, startsOn: movements.startsOn })
      .from(movements)
      .leftJoin(movementParticipants, eq(movementParticipants.movementId, movements.id))
      .where(and(sql`${movements.status} <> 'draft'`, or(eq(movements.unitId, unit.id), eq(movementParticipants.unitId, unit.id))))
      .orderBy(asc(movements.startsOn)),
    loadCatalogue(db, decisionDate, unit.path),
  ]);
  return {
    unit,
    decisionDate,
    nominees: [
      ...personRows.map((p) => ({ value: `person:${p.id}`, label: p.birthYear ? `${p.name} (${p.birthYear})` : p.name })),
      ...householdRows.map((h) => ({ value: `household:${h.id}`, label: `Hộ ${h.head ?? h.code ?? h.id}` })),
      ...collectiveRows.map((c) => ({ value: `collective:${c.id}`, label: c.name })),
      ...unitRows.map((u) => ({ value: `unit:${u.id}`, label: u.name })),
    ],
    forms: catalogue.all("form").map((f) => ({ code: f.code, ...(f.value as EntryValues["form"]) })).sort((a, b) => a.rank - b.rank),
    kinds: catalogue.all("commendation_kind").map((k) => ({ code: k.code, ...(k.value as EntryValues["commendation_kind"]) })),
    movements: movementRows,
  };
}

/** The standing members who can handle a nomination screened by this unit. */
export async function possibleHandlers(db: DbOrTx, screeningPath: string) {
  return db
    .selectDistinct({ id: users.id, name: users.fullName })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(and(eq(roleAssignments.role, "council_secretary"), sql`${screeningPath} LIKE ${units.path} || '%'`, sql`${users.disabledAt} IS NULL`))
    .orderBy(asc(users.fullName));
}
