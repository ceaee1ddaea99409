// Server-side sessions: the browser holds a random token, PostgreSQL holds its hash,
// so every app process sees the same sessions and signing out is immediate everywhere.
import { and, eq, gt, lt, ne, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared";
import type { DbOrTx } from "../../db/client";
import { sessions } from "../../db/schema";
import { hashToken, newToken } from "../../platform/secrets";

export const SESSION_COOKIE = "thidua_session";
const SESSION_DAYS = 14;
/** last_seen_at is written at most this often, to keep reads cheap. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

const expiry = () => new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);

export async function startSession(db: DbOrTx, userId: number, meta: { userAgent?: string | undefined; ip?: string | undefined }) {
  const token = newToken();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt: expiry(),
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip ?? null,
  });
  return token;
}

/** The session for a cookie value, extended while in use; null when unknown or expired. */
export async function findSession(db: DbOrTx, token: string) {
  const tokenHash = hashToken(token);
  const byHash = prepared(db, "session_by_hash", () =>
    db
      .select()
      .from(sessions)
      .where(and(eq(sessions.tokenHash, sql.placeholder("hash")), gt(sessions.expiresAt, sql.placeholder("now"))))
      .prepare("session_by_hash"),
  );
  const [row] = await byHash.execute({ hash: tokenHash, now: new Date() });
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date(), expiresAt: expiry() }).where(eq(sessions.tokenHash, tokenHash));
  }
  return row;
}

export async function endSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user, or every one but the current. */
export async function endAllSessions(db: DbOrTx, userId: number, exceptHash?: string) {
  const others = exceptHash ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptHash)) : eq(sessions.userId, userId);
  return db.delete(sessions).where(others).returning({ tokenHash: sessions.tokenHash });
}

export async function listSessions(db: DbOrTx, userId: number) {
  return db.select().from(sessions).where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())));
}

export async function purgeExpiredSessions(db: DbOrTx) {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
