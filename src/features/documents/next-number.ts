import { sql } from "drizzle-orm";
import { selectRows, type Tx } from "../../db/client";

/**
 * The next number of the unit's register for the year (sổ văn bản đi). The counter row
 * stays locked until the issuing transaction ends: concurrent issues queue here and get
 * consecutive numbers, and an issue that fails gives its number back by rolling back.
 */
export async function nextNumber(tx: Tx, unitId: number, year: number): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`INSERT INTO register_counters (unit_id, year, last_number) VALUES (${unitId}, ${year}, 1)
        ON CONFLICT (unit_id, year) DO UPDATE SET last_number = register_counters.last_number + 1
        RETURNING last_number AS n`,
  );
  return row!.n;
}
