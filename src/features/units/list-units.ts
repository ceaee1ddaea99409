import { asc, count, like, or, sql } from "drizzle-orm";
import { unitPolicy } from "./policy";
import type { DbOrTx } from "../../db/client";
import { prepared } from "../../db/prepared";
import { withinScopes } from "../../db/scope";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";

export const UNITS_PAGE_SIZE = 50;

/** Up to this many scopes (an actor's roles on different units), the page's two statements are prepared once. */
const PREPARED_SCOPES = 8;

/** The list and the count for `n` scopes, with the patterns as placeholders p0, p1, … */
function statements(db: DbOrTx, n: number) {
  const visible = () => or(...Array.from({ length: n }, (_, i) => like(units.path, sql.placeholder(`p${i}`))));
  return {
    rows: prepared(db, `units_list_${n}`, () =>
      db
        .select({ id: units.id, name: units.name, kind: units.kind, code: units.code, path: units.path })
        .from(units)
        .where(visible())
        .orderBy(asc(units.path))
        .limit(sql.placeholder("limit"))
        .offset(sql.placeholder("offset"))
        .prepare(`units_list_${n}`),
    ),
    total: prepared(db, `units_count_${n}`, () => db.select({ n: count() }).from(units).where(visible()).prepare(`units_count_${n}`)),
  };
}

/** Every unit the actor may see, in tree order (a parent, then its sub-units), one page at a time. */
export async function listUnits(actor: Actor, db: DbOrTx, page = 1) {
  const scopes = unitPolicy.viewScopes(actor);
  const offset = (Math.max(1, page) - 1) * UNITS_PAGE_SIZE;
  let rows: { id: number; name: string; kind: (typeof units.$inferSelect)["kind"]; code: string | null; path: string }[];
  let total: { n: number } | undefined;
  if (scopes.length > 0 && scopes.length <= PREPARED_SCOPES) {
    const patterns = Object.fromEntries(scopes.map((scope, i) => [`p${i}`, `${scope}%`]));
    const { rows: list, total: counted } = statements(db, scopes.length);
    [rows, [total]] = await Promise.all([list.execute({ ...patterns, limit: UNITS_PAGE_SIZE, offset }), counted.execute(patterns)]);
  } else {
    const visible = withinScopes(units.path, scopes);
    [rows, [total]] = await Promise.all([
      db
        .select({ id: units.id, name: units.name, kind: units.kind, code: units.code, path: units.path })
        .from(units)
        .where(visible)
        .orderBy(asc(units.path))
        .limit(UNITS_PAGE_SIZE)
        .offset(offset),
      db.select({ n: count() }).from(units).where(visible),
    ]);
  }
  const depthOf = (path: string) => path.split("/").length - 3;
  const minDepth = Math.min(...rows.map((r) => depthOf(r.path)));
  return {
    units: rows.map((r) => ({ ...r, depth: depthOf(r.path) - minDepth })),
    total: total?.n ?? 0,
    page,
    pageSize: UNITS_PAGE_SIZE,
  };
}
