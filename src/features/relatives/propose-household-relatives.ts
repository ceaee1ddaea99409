import { asc, eq, like } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { households, people, personRelations, units } from "../../db/schema";
import { proposeFromHousehold, type HouseholdMember } from "../../domain/council/recusal";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { personPolicy } from "../people/policy";
import { findVisibleUnit } from "../units/find-visible-unit";
import { relativesPolicy } from "./policy";
import { ProposeRelativesInput } from "./relative-input";

/** The unit or the household whose households are read, as the actor may see it. */
async function scopeOf(actor: Actor, tx: Tx, values: { unitId?: number | undefined; householdId?: number | undefined }) {
  if (values.householdId !== undefined) {
    const [h] = await tx.select({ id: households.id, unitId: units.id, unitPath: units.path }).from(households).innerJoin(units, eq(units.id, households.unitId)).where(eq(households.id, values.householdId));
    if (!h || !personPolicy.view(actor, h)) throw new NotFound("household");
    return { unit: { id: h.unitId, path: h.unitPath }, where: eq(people.householdId, h.id), entity: { type: "household", id: h.id } };
  }
  const unit = await findVisibleUnit(actor, tx, values.unitId!);
  return { unit: { id: unit.id, path: unit.path }, where: like(units.path, `${unit.path}%`), entity: { type: "unit", id: unit.id } };
}

/**
 * Proposes the relations household roles imply (Chủ hộ, Vợ/Chồng, Con, Bố/Mẹ: spouses, parents and
 * children, siblings) for the households of a unit and its sub-units, or of one household. A pair
 * recorded already, either way round and whatever its status, is left alone: running it again
 * proposes nothing new. An official confirms each proposal.
 */
export async function proposeHouseholdRelatives(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(ProposeRelativesInput, input);
  return db.transaction(async (tx) => {
    const scope = await scopeOf(actor, tx, values);
    authorize(relativesPolicy.manage(actor, { unitPath: scope.unit.path }), "person.manage");
    const members = await tx
      .select({ personId: people.id, role: people.householdRole, householdId: households.id })
      .from(people)
      .innerJoin(households, eq(households.id, people.householdId))
      .innerJoin(units, eq(units.id, households.unitId))
      .where(scope.where)
      .orderBy(asc(households.id), asc(people.id));
    const byHousehold = new Map<number, HouseholdMember[]>();
    for (const m of members) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), { personId: m.personId, role: m.role }]);
    const proposals = [...byHousehold.values()].flatMap((h) => proposeFromHousehold(h));
    let proposed = 0;
    for (let i = 0; i < proposals.length; i += 1000) {
      const chunk = proposals.slice(i, i + 1000).map((p) => ({ ...p, status: "proposed", source: "household", createdBy: actor.id }));
      proposed += (await tx.insert(personRelations).values(chunk).onConflictDoNothing().returning({ id: personRelations.id })).length;
    }
    if (proposed > 0) {
      await audit(tx, actor, { action: "relatives.proposed", entityType: scope.entity.type, entityId: scope.entity.id, unit: scope.unit, after: { proposed, households: byHousehold.size } });
    }
    return { proposed, households: byHousehold.size };
  });
}
