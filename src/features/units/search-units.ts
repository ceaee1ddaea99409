import { unitPolicy } from "./policy";
import { z } from "zod";
import { sql } from "drizzle-orm";
import { selectRows, type DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";

export const SearchUnitsInput = z.object({
  q: z.string({ error: "errors.search_short" }).trim().min(2, "errors.search_short").max(100, "errors.too_long"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export interface UnitHit {
  id: number;
  name: string;
  kind: string;
  code: string | null;
  parentName: string | null;
  /** True when another unit of the same kind has the same name (246 commune names repeat across provinces). */
  repeated: boolean;
}

/**
 * Finds units the actor may see by name, with or without tones and in either Unicode
 * form ("xa nam nen" finds "Xã Nậm Nèn"): matches at the start of a word come first,
 * then Vietnamese order.
 */
export async function searchUnits(actor: Actor, db: DbOrTx, input: unknown): Promise<UnitHit[]> {
  const { q, limit } = parseInput(SearchUnitsInput, input);
  const folded = foldForSearch(q);
  const like = `%${folded.replace(/[\\%_]/g, "\\$&")}%`;
  return selectRows<UnitHit>(
    db,
    sql`SELECT u.id, u.name, u.kind, u.code, p.name AS "parentName",
               EXISTS (SELECT 1 FROM units t WHERE t.search_text = u.search_text AND t.kind = u.kind AND t.id <> u.id) AS repeated
          FROM units u LEFT JOIN units p ON p.id = u.parent_id
         WHERE u.search_text LIKE ${like} AND ${withinScopes(sql`u.path`, unitPolicy.viewScopes(actor))}
         ORDER BY (u.search_text LIKE ${folded + "%"} OR u.search_text LIKE ${"% " + folded + "%"}) DESC, u.sort_key, u.id
         LIMIT ${limit}`,
  );
}
