import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { listUnits } from "./list-units";
import { searchUnits } from "./search-units";

/** The units page: one page of the tree the actor may see, and the units named like a search of two letters or more. */
export async function browseUnits(actor: Actor, db: DbOrTx, input: { page: number; q: string }) {
  const [list, hits] = await Promise.all([listUnits(actor, db, input.page), input.q.length >= 2 ? searchUnits(actor, db, { q: input.q, limit: 50 }) : null]);
  return { list, hits };
}

export type BrowseUnits = Awaited<ReturnType<typeof browseUnits>>;
