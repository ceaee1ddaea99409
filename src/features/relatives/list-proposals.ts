import { and, asc, count, eq, inArray, like } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, DbOrTx } from "../../db/client";
import { people, personRelations, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { relativesPolicy } from "./policy";
import { ProposalsQuery, type RelativeKind } from "./relative-input";

const PAGE = 100;

/** Relations proposed from households among the people of a unit and its sub-units, waiting for an official. */
export async function listProposals(actor: Actor, unitId: number, query: unknown, db: Db) {
  const { page } = parseInput(ProposalsQuery, query);
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(relativesPolicy.manage(actor, { unitPath: unit.path }), "person.manage");
  const relative = alias(people, "relative");
  const where = and(eq(personRelations.status, "proposed"), like(units.path, `${unit.path}%`));
  const base = () => db.select({ n: count() }).from(personRelations).innerJoin(people, eq(people.id, personRelations.personId)).innerJoin(units, eq(units.id, people.unitId)).where(where);
  const [{ n: total } = { n: 0 }] = await base();
  const rows = await db
    .select({ id: personRelations.id, personId: people.id, personName: people.fullName, relativeId: relative.id, relativeName: relative.fullName, kind: personRelations.kind, householdRole: relative.householdRole })
    .from(personRelations)
    .innerJoin(people, eq(people.id, personRelations.personId))
    .innerJoin(relative, eq(relative.id, personRelations.relativeId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(where)
    .orderBy(asc(people.householdId), asc(people.sortKey), asc(personRelations.id))
    .limit(PAGE)
    .offset((page - 1) * PAGE);
  return {
    unit: { id: unit.id, name: unit.name },
    total: Number(total),
    page,
    pages: Math.max(1, Math.ceil(Number(total) / PAGE)),
    rows: rows.map((r) => ({ ...r, kind: r.kind as RelativeKind })),
  };
}

/** The units where the actor manages people (their own assignments), by name: for choosing whose proposals to read. */
export async function proposalUnitChoices(actor: Actor, db: DbOrTx) {
  const ids = [...new Set(actor.assignments.filter((a) => a.unitId > 0 && relativesPolicy.manage(actor, { unitPath: a.unitPath })).map((a) => a.unitId))];
  if (ids.length === 0) return [];
  return db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)).orderBy(asc(units.sortKey), asc(units.id));
}
