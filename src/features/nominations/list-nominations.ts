// The nominations an actor may see: those of its own units and organisations, and, for the
// council's standing member, the intake of the government it screens for. Filters by status,
// movement and year; newest first.
import { and, desc, eq, like, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { nominations, units, users } from "../../db/schema";
import { catalogueOn, formName } from "../../domain/catalogue/in-force";
import { NOMINATION_STATUSES } from "../../domain/nominations/workflow";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCatalogueEntries } from "../catalogue/load-catalogue";
import { nominationPolicy } from "./policy";

export const PAGE_SIZE = 50;

export const ListNominationsInput = z.object({
  status: z.enum(NOMINATION_STATUSES).optional().catch(undefined),
  /** "intake": what the actor screens; otherwise everything visible. */
  view: z.enum(["all", "intake"]).default("all").catch("all"),
  year: z.coerce.number().int().min(1945).max(2200).optional().catch(undefined),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

const under = (column: SQL | AnyPgColumn, paths: string[]) => (paths.length ? or(...paths.map((p) => sql`${column} LIKE ${p} || '%'`)) : sql`false`);

export async function listNominations(actor: Actor, db: DbOrTx, input: unknown = {}) {
  authorize(nominationPolicy.viewSomewhere(actor), "nomination.view");
  const q = parseInput(ListNominationsInput, input);
  const screening = alias(units, "screening");
  const handler = alias(users, "handler");
  const mine = under(units.path, nominationPolicy.ownScopes(actor));
  const screens = under(screening.path, nominationPolicy.screenScopes(actor));
  const words = q.q ? foldForSearch(q.q).split(/\s+/).filter(Boolean) : [];
  const where = and(
    q.view === "intake" ? and(screens, sql`${nominations.status} <> 'draft'`) : or(mine, and(screens, sql`${nominations.status} <> 'draft'`)),
    q.status ? eq(nominations.status, q.status) : undefined,
    q.year ? eq(nominations.year, q.year) : undefined,
    ...words.slice(0, 8).map((w) => like(nominations.searchText, `%${w.replace(/[\\%_]/g, "\\$&")}%`)),
  );
  const rows = await db
    .select({
      id: nominations.id,
      nomineeName: nominations.nomineeName,
      nomineeKind: nominations.nomineeKind,
      formCode: nominations.formCode,
      year: nominations.year,
      status: nominations.status,
      decisionDate: nominations.decisionDate,
      submittedAt: nominations.submittedAt,
      unitName: units.name,
      handlerName: handler.fullName,
      verdict: sql<string | null>`${nominations.eligibility} ->> 'verdict'`,
      total: sql<number>`count(*) OVER ()`,
    })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(screening, eq(screening.id, nominations.screeningUnitId))
    .leftJoin(handler, eq(handler.id, nominations.handlerId))
    .where(where)
    .orderBy(desc(nominations.updatedAt), desc(nominations.id))
    .limit(PAGE_SIZE)
    .offset((q.page - 1) * PAGE_SIZE);
  const entries = await loadCatalogueEntries(db);
  const names = new Map<string, string>();
  const nameOf = (code: string, date: string) => {
    const key = `${code}|${date}`;
    if (!names.has(key)) names.set(key, formName(catalogueOn(entries, date, null), code));
    return names.get(key)!;
  };
  return { query: q, rows: rows.map(({ total: _t, ...r }) => ({ ...r, formName: nameOf(r.formCode, r.decisionDate) })), total: Number(rows[0]?.total ?? 0) };
}
