// The confirmed relatives of each person, both ways, for recusal (automaticRecusal in domain/council).
import { and, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { personRelations } from "../../db/schema";

export async function confirmedRelatives(db: DbOrTx, personIds: number[]): Promise<Map<number, Set<number>>> {
  const out = new Map<number, Set<number>>(personIds.map((id) => [id, new Set<number>()]));
  if (personIds.length === 0) return out;
  const rows = await db
    .select({ a: personRelations.personId, b: personRelations.relativeId })
    .from(personRelations)
    .where(and(eq(personRelations.status, "confirmed"), or(inArray(personRelations.personId, personIds), inArray(personRelations.relativeId, personIds))));
  for (const { a, b } of rows) {
    out.get(a)?.add(b);
    out.get(b)?.add(a);
  }
  return out;
}
