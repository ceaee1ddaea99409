// Personal access tokens for /api/v1: shown once, stored as a SHA-256.
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { apiTokens } from "../../db/schema";
import { loadActor, type Actor } from "../../platform/actor";
import { hashToken, newToken } from "../../platform/secrets";

export const API_TOKEN_PREFIX = "tdpat_";

export function newApiToken(): { token: string; tokenHash: string } {
  const token = newToken(API_TOKEN_PREFIX);
  return { token, tokenHash: hashToken(token) };
}

export async function actorForApiToken(db: DbOrTx, token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  // Recorded at most once a minute per token, so a busy integration does not write on every call.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id));
  }
  return loadActor(db, row.userId);
}

export function listApiTokens(db: DbOrTx, userId: number) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(apiTokens.createdAt);
}

/** Revokes every token of a user (a password reset, or "sign out everywhere" when asked); how many. */
export async function revokeAllApiTokens(db: DbOrTx, userId: number): Promise<number> {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}
