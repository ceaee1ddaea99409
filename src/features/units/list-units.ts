import { unitPolicy } from "./policy";
import { asc, count } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";

export const UNITS_PAGE_SIZE = 50;

/** Every unit the actor may see, in tree order (a parent, then its sub-units), one page at a time. */
export async function listUnits(actor: Actor, db: DbOrTx, page = 1) {
  const visible = withinScopes(units.path, unitPolicy.viewScopes(actor));
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: units.id, name: units.name, kind: units.kind, code: units.code, path: units.path })
      .from(units)
      .where(visible)
      .orderBy(asc(units.path))
      .limit(UNITS_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * UNITS_PAGE_SIZE),
    db.select({ n: count() }).from(units).where(visible),
  ]);
  const depthOf = (path: string) => path.split("/").length - 3;
  const minDepth = Math.min(...rows.map((r) => depthOf(r.path)));
  return {
    units: rows.map((r) => ({ ...r, depth: depthOf(r.path) - minDepth })),
    total: total?.n ?? 0,
    page,
    pageSize: UNITS_PAGE_SIZE,
  };
}
