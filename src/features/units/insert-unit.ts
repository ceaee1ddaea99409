import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { units } from "../../db/schema";
import { isUnitKind, mayPlaceUnder, type UnitKind } from "../../domain/access/unit-kinds";
import { foldForSearch, sortKey } from "../../domain/text/vietnamese";
import { ValidationError } from "../../platform/errors";

/** The derived columns that search and sort by a unit's name. */
export const nameKeys = (name: string) => ({ searchText: foldForSearch(name), sortKey: sortKey(name) });

/** The ids on a materialised path, the top first: "/1/4/9/" → [1, 4, 9]. */
const pathIds = (path: string) => path.split("/").filter(Boolean).map(Number);

/**
 * Refuses to place a unit of `kind` under `parent` when the parent (or, through units of
 * kind "other", the nearest ancestor with a level) is of a lower level: a province under a
 * ward, a commune under a ward. The levels are data (src/domain/access/unit-kinds.ts).
 */
export async function checkPlacement(tx: Tx, kind: string, parent: { path: string; name?: string } | null): Promise<void> {
  if (!parent || !isUnitKind(kind)) return;
  const ids = pathIds(parent.path);
  const rows = await tx.select({ id: units.id, kind: units.kind, name: units.name }).from(units).where(inArray(units.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ancestors = ids.map((id) => byId.get(id)?.kind).filter((k): k is UnitKind => !!k && isUnitKind(k));
  if (!mayPlaceUnder(kind, ancestors)) {
    throw ValidationError.field("kind", "errors.unit_level", { parent: byId.get(ids.at(-1)!)?.name ?? parent.name ?? "" });
  }
}

/** Inserts a unit and gives it its path ("/1/4/"): the parent's path and its own id. */
export async function insertUnit(tx: Tx, values: { parent: { id: number; path: string } | null; name: string; kind: string; code?: string | null }) {
  await checkPlacement(tx, values.kind, values.parent);
  const [row] = await tx
    .insert(units)
    .values({ parentId: values.parent?.id ?? null, path: "/", name: values.name, kind: values.kind, code: values.code ?? null, ...nameKeys(values.name) })
    .returning();
  const path = `${values.parent?.path ?? "/"}${row!.id}/`;
  const [unit] = await tx.update(units).set({ path }).where(eq(units.id, row!.id)).returning();
  return unit!;
}
