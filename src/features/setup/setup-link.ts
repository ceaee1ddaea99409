// While no administrator exists, each start prints a fresh one-time set-up link.
// Only its hash is stored; a newer link replaces an older one.
import { count, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { appState, roleAssignments } from "../../db/schema";
import { hashToken, newToken, safeEqual } from "../../platform/secrets";

const KEY = "setup_token_hash";

export async function hasAdministrator(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(roleAssignments).where(eq(roleAssignments.role, "admin"));
  return (row?.n ?? 0) > 0;
}

/** A new set-up link, or null when the system already has an administrator. */
export async function issueSetupLink(db: DbOrTx, baseUrl: string): Promise<string | null> {
  if (await hasAdministrator(db)) return null;
  const token = newToken();
  await db
    .insert(appState)
    .values({ key: KEY, value: hashToken(token) })
    .onConflictDoUpdate({ target: appState.key, set: { value: hashToken(token), updatedAt: new Date() } });
  return `${baseUrl}/setup/${token}`;
}

/** True if the token is the current set-up token; `forUpdate` locks it for the set-up transaction. */
export async function isSetupToken(db: DbOrTx, token: string, forUpdate = false): Promise<boolean> {
  const query = db.select().from(appState).where(eq(appState.key, KEY));
  const [row] = forUpdate ? await query.for("update") : await query;
  return !!row && safeEqual(row.value, hashToken(token));
}

/** True while the set-up link can still be used: no administrator yet, and the token is the current one. */
export async function setupLinkIsOpen(db: DbOrTx, token: string): Promise<boolean> {
  return !(await hasAdministrator(db)) && (await isSetupToken(db, token));
}

export async function consumeSetupToken(db: DbOrTx): Promise<void> {
  await db.delete(appState).where(eq(appState.key, KEY));
}
