// The choices the movement forms offer, and the same lists the use cases check input against.
import { and, asc, desc, eq, inArray, like, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { documentRecipients, documents, movements, units } from "../../db/schema";
import { GOVERNMENT_KINDS } from "../../domain/documents/issuing-body";
import type { Actor } from "../../platform/actor";
import { committeeUnits } from "../units/committee-units";
import { pathIds } from "./find-movement";
import { movementPolicy } from "./policy";

type UnitRef = { id: number; path: string };

/** People's Committees (province, commune, ward…) where the actor may launch movements. */
export const launchingUnits = (actor: Actor, db: DbOrTx) => committeeUnits(db, movementPolicy.manageScopes(actor));

/** Issued plans (KH) a movement of this unit may be launched from: its own, its superiors', or those delivered to it. */
export function launchablePlans(db: DbOrTx, unit: UnitRef) {
  const deliveredHere = sql`EXISTS (SELECT 1 FROM ${documentRecipients} WHERE ${documentRecipients.documentId} = ${documents.id} AND ${documentRecipients.unitId} = ${unit.id} AND ${documentRecipients.deliveredAt} IS NOT NULL)`;
  return db
    .select({ id: documents.id, numberSymbol: documents.numberSymbol, summary: documents.summary, issuedOn: documents.issuedOn })
    .from(documents)
    .where(and(eq(documents.typeCode, "KH"), eq(documents.status, "issued"), or(inArray(documents.unitId, pathIds(unit.path)), deliveredHere)))
    .orderBy(desc(documents.issuedOn), desc(documents.id))
    .limit(200);
}

/** Standing movements ("thường xuyên") of this unit or those above it, which a new movement may be linked to. */
export function linkableMovements(db: DbOrTx, unit: UnitRef, exceptId: number | null = null) {
  return db
    .select({ id: movements.id, name: movements.name, unitName: units.name })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.unitId))
    .where(and(eq(movements.kind, "regular"), ne(movements.status, "closed"), inArray(movements.unitId, pathIds(unit.path)), exceptId ? ne(movements.id, exceptId) : sql`true`))
    .orderBy(asc(movements.name), asc(movements.id))
    .limit(200);
}

/** The unit's own sub-units (residential groups, the Front, mass organisations…) that may take part. */
export function participantChoices(db: DbOrTx, unit: UnitRef) {
  return db
    .select({ id: units.id, name: units.name, kind: units.kind, path: units.path })
    .from(units)
    .where(eq(units.parentId, unit.id))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(500);
}

/** Lower People's Committees (communes, wards under a province or a district-level unit) that run their own part. */
export function subordinateChoices(db: DbOrTx, unit: UnitRef) {
  return db
    .select({ id: units.id, name: units.name, kind: units.kind, path: units.path })
    .from(units)
    .where(and(like(units.path, `${unit.path}%`), ne(units.id, unit.id), inArray(units.kind, [...GOVERNMENT_KINDS])))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(5000);
}
