// The council's results of a nomination: each closed session that voted on it, with the tally.
// The nomination's page shows them; the decision (Commendation III) takes the items that passed.
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { councilItems, councilSessions } from "../../db/schema";
import type { Tally } from "../../domain/council/tally";

export interface CouncilResult {
  sessionId: number;
  itemId: number;
  title: string;
  meetsAt: Date;
  passed: boolean;
  result: Tally;
}

export async function councilResultsOf(db: DbOrTx, nominationId: number): Promise<CouncilResult[]> {
  const rows = await db
    .select({ sessionId: councilSessions.id, itemId: councilItems.id, title: councilSessions.title, meetsAt: councilSessions.meetsAt, passed: councilItems.passed, result: councilItems.result })
    .from(councilItems)
    .innerJoin(councilSessions, eq(councilSessions.id, councilItems.sessionId))
    .where(and(eq(councilItems.nominationId, nominationId), eq(councilSessions.status, "closed")))
    .orderBy(asc(councilSessions.meetsAt));
  return rows.map((r) => ({ ...r, passed: r.passed === true, result: r.result as Tally }));
}
