// Ballots and the closing of a vote exclude each other through a transaction-level advisory
// lock on the session: ballots take it shared (they go in together, with no row lock on the
// session, so no multixact and nothing written), closing takes it exclusive (it waits for the
// ballots under way, and a ballot that comes after it finds the vote closed).
import { sql } from "drizzle-orm";
import type { Tx } from "../../db/client";

const key = (sessionId: number) => sql`hashtext(${`council_session_ballots:${sessionId}`})`;

export async function lockForBallot(tx: Tx, sessionId: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock_shared(${key(sessionId)})`);
}

export async function lockForClosing(tx: Tx, sessionId: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${key(sessionId)})`);
}
