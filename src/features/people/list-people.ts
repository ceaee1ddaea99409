import { and, asc, count, eq, like, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { people, units } from "../../db/schema";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";

export const PEOPLE_PAGE_SIZE = 50;

export const ListPeopleInput = z.object({
  q: z.string().trim().max(100, "errors.too_long").optional(),
  unit: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

/**
 * People the actor may see, in Vietnamese order (given name, then middle and family
 * name), searched with or without tones; ordering and paging happen in the database.
 */
export async function listPeople(actor: Actor, db: DbOrTx, input: unknown) {
  const { q, unit: unitId, page } = parseInput(ListPeopleInput, input);
  const conditions: SQL[] = [withinScopes(units.path, actor.scopes("person.view"))];
  let unit: { id: number; name: string; path: string } | null = null;
  if (unitId) {
    unit = await findVisibleUnit(actor, db, unitId);
    conditions.push(like(units.path, `${unit.path}%`));
  }
  const folded = q ? foldForSearch(q) : "";
  if (folded) conditions.push(like(people.searchText, `%${folded.replace(/[\\%_]/g, "\\$&")}%`));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: people.id, fullName: people.fullName, gender: people.gender, unitId: units.id, unitName: units.name })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(where)
      .orderBy(asc(people.sortKey), asc(people.id))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((page - 1) * PEOPLE_PAGE_SIZE),
    db.select({ n: count() }).from(people).innerJoin(units, eq(units.id, people.unitId)).where(where),
  ]);
  return { people: rows, total: total?.n ?? 0, page, pageSize: PEOPLE_PAGE_SIZE, q: q ?? "", unit };
}
