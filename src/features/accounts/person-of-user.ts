// Which person of the registry an account is: for "my own nomination" and, later, recusal.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { people, units, users } from "../../db/schema";

export interface LinkedPerson {
  id: number;
  fullName: string;
  unitId: number;
  unitName: string;
}

/** The person the account is linked to, or null. A read helper: no permission is asked. */
export async function personOfUser(db: DbOrTx, userId: number): Promise<LinkedPerson | null> {
  const [row] = await db
    .select({ id: people.id, fullName: people.fullName, unitId: people.unitId, unitName: units.name })
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(users.id, userId));
  return row ?? null;
}
