// The recipient of an award as the actor may see them: a person, a household, a collective or
// a unit of the tree, with the unit whose registry holds their awards. Unknown, or out of the
// actor's sight: NotFound, as if they did not exist.
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { collectives, households, people, units } from "../../db/schema";
import type { RecipientKind } from "../../domain/catalogue/entries";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { awardPolicy } from "./policy";

export interface Recipient {
  kind: RecipientKind;
  id: number;
  /** As a decision writes it: the person's or collective's name, "Hộ Nguyễn Văn An", the unit's name. */
  name: string;
  /** The unit whose registry holds the recipient's awards (a unit commended holds its own). */
  unit: { id: number; path: string; name: string };
  /** Whether the name is a person's (sorted by given name). */
  personName: boolean;
}

/**
 * Each household's name-giver: its head ("Chủ hộ"), else its first member; of the households
 * given by id, or of every household of the units under a path.
 */
export async function householdHeads(db: DbOrTx, of: number[] | { under: string }): Promise<Map<number, string>> {
  if (Array.isArray(of) && !of.length) return new Map();
  const where = Array.isArray(of)
    ? sql`${people.householdId} IN (${sql.join(of.map((i) => sql`${i}`), sql`, `)})`
    : sql`${people.householdId} IN (SELECT h.id FROM households h JOIN units u ON u.id = h.unit_id WHERE u.path LIKE ${`${of.under.replace(/[\\%_]/g, "\\$&")}%`})`;
  const rows = await db
    .select({ householdId: people.householdId, fullName: people.fullName, role: people.householdRole })
    .from(people)
    .where(where)
    .orderBy(asc(people.id));
  const heads = new Map<number, { name: string; head: boolean }>();
  for (const r of rows) {
    const head = /^ch[uủ] h[oộ]$/i.test((r.role ?? "").trim());
    const held = heads.get(r.householdId!);
    if (!held || (head && !held.head)) heads.set(r.householdId!, { name: r.fullName, head });
  }
  return new Map([...heads].map(([k, v]) => [k, v.name]));
}

export const householdName = (head: string | undefined, code: string | null) => (head ? `Hộ ${head}` : `Hộ ${code ?? ""}`.trim());

export async function findRecipient(actor: Actor, db: DbOrTx, kind: RecipientKind, id: number): Promise<Recipient> {
  const unitCols = { unitId: units.id, unitPath: units.path, unitName: units.name };
  let found: Recipient | null = null;
  if (kind === "person") {
    const [row] = await db.select({ name: people.fullName, ...unitCols }).from(people).innerJoin(units, eq(units.id, people.unitId)).where(eq(people.id, id));
    if (row) found = { kind, id, name: row.name, unit: { id: row.unitId, path: row.unitPath, name: row.unitName }, personName: true };
  } else if (kind === "household") {
    const [row] = await db.select({ code: households.code, ...unitCols }).from(households).innerJoin(units, eq(units.id, households.unitId)).where(eq(households.id, id));
    if (row) found = { kind, id, name: householdName((await householdHeads(db, [id])).get(id), row.code), unit: { id: row.unitId, path: row.unitPath, name: row.unitName }, personName: false };
  } else if (kind === "collective") {
    const [row] = await db.select({ name: collectives.name, ...unitCols }).from(collectives).innerJoin(units, eq(units.id, collectives.unitId)).where(eq(collectives.id, id));
    if (row) found = { kind, id, name: row.name, unit: { id: row.unitId, path: row.unitPath, name: row.unitName }, personName: false };
  } else {
    const [row] = await db.select(unitCols).from(units).where(and(eq(units.id, id)));
    if (row) found = { kind, id, name: row.unitName, unit: { id: row.unitId, path: row.unitPath, name: row.unitName }, personName: false };
  }
  if (!found || !awardPolicy.view(actor, { unitPath: found.unit.path })) throw new NotFound(kind === "unit" ? "unit" : kind);
  return found;
}

/** The award row's recipient columns: one of the four, as recipient_kind says. */
export function recipientColumns(kind: RecipientKind, id: number) {
  return {
    recipientKind: kind,
    personId: kind === "person" ? id : null,
    householdId: kind === "household" ? id : null,
    collectiveId: kind === "collective" ? id : null,
    recipientUnitId: kind === "unit" ? id : null,
  };
}
