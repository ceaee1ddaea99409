import { and, count, desc, eq, like, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { awards, units } from "../../db/schema";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { AWARDS_PAGE_SIZE, ListAwardsInput } from "./award-input";
import { catalogueNames } from "./catalogue-names";
import { revocationsOf } from "./revocations-of";
import { awardPolicy } from "./policy";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/**
 * The awards of the actor's units (those of a unit, when asked), newest decision first: every
 * word of `q`, with or without diacritics, in the recipient's name, the form, the decision's
 * number or the achievement; filtered by form, year and kind of recipient.
 */
export async function listAwards(actor: Actor, db: DbOrTx, input: unknown) {
  const query = parseInput(ListAwardsInput, input);
  const unit = query.unit ? await findVisibleUnit(actor, db, query.unit) : null;
  const conditions: SQL[] = [withinScopes(units.path, awardPolicy.viewScopes(actor))];
  if (unit) conditions.push(like(units.path, `${escapeLike(unit.path)}%`));
  for (const word of foldForSearch(query.q ?? "").split(" ").filter(Boolean).slice(0, 8)) conditions.push(like(awards.searchText, `%${escapeLike(word)}%`));
  if (query.form) conditions.push(eq(awards.formCode, query.form));
  if (query.year) conditions.push(eq(awards.year, query.year));
  if (query.recipientKind) conditions.push(eq(awards.recipientKind, query.recipientKind));
  const where = and(...conditions);
  const [{ n }] = (await db.select({ n: count() }).from(awards).innerJoin(units, eq(units.id, awards.unitId)).where(where)) as [{ n: number }];
  const rows = await db
    .select({ award: awards, unitName: units.name })
    .from(awards)
    .innerJoin(units, eq(units.id, awards.unitId))
    .where(where)
    .orderBy(desc(awards.decisionDate), sql`${awards.sortKey} COLLATE "C"`, desc(awards.id))
    .limit(AWARDS_PAGE_SIZE)
    .offset((query.page - 1) * AWARDS_PAGE_SIZE);
  const names = await catalogueNames(db);
  const revoked = await revocationsOf(db, rows.map((r) => r.award.id));
  return {
    q: query.q ?? "",
    filters: { form: query.form, year: query.year, recipientKind: query.recipientKind },
    unit: unit ? { id: unit.id, name: unit.name } : null,
    page: query.page,
    pageSize: AWARDS_PAGE_SIZE,
    total: Number(n),
    awards: rows.map((r) => ({ ...r.award, revokedBy: revoked.get(r.award.id) ?? null, unitName: r.unitName, formName: names.form(r.award.formCode, r.award.decisionDate), kindName: names.kind(r.award.commendationKind, r.award.decisionDate) })),
    forms: names.forms,
    canManage: awardPolicy.manageSomewhere(actor),
  };
}
