import { and, eq, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { people, personRelations, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisiblePerson } from "../people/find-visible-person";
import { relativesPolicy } from "./policy";
import { DeclareRelativeInput } from "./relative-input";

/**
 * An official who manages the registry records that two people of their units are relatives
 * (the relative is the person's <kind>): confirmed at once, source "declared". A proposal or a
 * rejection of the same pair is replaced; a pair confirmed already is refused.
 */
export async function declareRelative(actor: Actor, personId: number, input: unknown, db: Db) {
  const { relativeId, kind } = parseInput(DeclareRelativeInput, input);
  return db.transaction(async (tx) => {
    const found = await findVisiblePerson(actor, tx, personId);
    authorize(relativesPolicy.manage(actor, found), "person.manage");
    if (relativeId === personId) throw ValidationError.field("relativeId", "errors.relative_self");
    const [relative] = await tx.select({ id: people.id, unitPath: units.path }).from(people).innerJoin(units, eq(units.id, people.unitId)).where(eq(people.id, relativeId));
    // Someone elsewhere, or no one: the same answer, naming no one.
    if (!relative || !relativesPolicy.manage(actor, relative)) throw ValidationError.field("relativeId", "errors.relative_not_found");
    const pair = or(and(eq(personRelations.personId, personId), eq(personRelations.relativeId, relativeId)), and(eq(personRelations.personId, relativeId), eq(personRelations.relativeId, personId)));
    const [existing] = await tx.select().from(personRelations).where(pair).for("update");
    if (existing?.status === "confirmed") throw ValidationError.field("relativeId", "errors.relative_already_confirmed");
    const values = { personId, relativeId, kind, status: "confirmed", source: "declared", decidedBy: actor.id, decidedAt: new Date() };
    const [row] = existing
      ? await tx.update(personRelations).set(values).where(eq(personRelations.id, existing.id)).returning()
      : await tx.insert(personRelations).values({ ...values, createdBy: actor.id }).onConflictDoNothing().returning();
    // Another official recorded the same pair a moment ago.
    if (!row) throw ValidationError.field("relativeId", "errors.relative_already_confirmed");
    await audit(tx, actor, {
      action: "relative.declared",
      entityType: "person_relation",
      entityId: row.id,
      unit: { id: found.person.unitId, path: found.unitPath },
      before: existing ? { status: existing.status, kind: existing.kind, personId: existing.personId, relativeId: existing.relativeId } : null,
      after: { personId, relativeId, kind, status: "confirmed" },
    });
    return row;
  });
}
