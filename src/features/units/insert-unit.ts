import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { units } from "../../db/schema";
import { foldForSearch, sortKey } from "../../domain/text/vietnamese";

/** The derived columns that search and sort by a unit's name. */
export const nameKeys = (name: string) => ({ searchText: foldForSearch(name), sortKey: sortKey(name) });

/** Inserts a unit and gives it its path ("/1/4/"): the parent's path and its own id. */
export async function insertUnit(tx: Tx, values: { parent: { id: number; path: string } | null; name: string; kind: string; code?: string | null }) {
  const [row] = await tx
    .insert(units)
    .values({ parentId: values.parent?.id ?? null, path: "/", name: values.name, kind: values.kind, code: values.code ?? null, ...nameKeys(values.name) })
    .returning();
  const path = `${values.parent?.path ?? "/"}${row!.id}/`;
  const [unit] = await tx.update(units).set({ path }).where(eq(units.id, row!.id)).returning();
  return unit!;
}
