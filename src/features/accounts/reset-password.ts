import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { passwordResets, users } from "../../db/schema";
import { Actor, loadActor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound } from "../../platform/errors";
import { hashPassword } from "../../platform/passwords";
import { hashToken } from "../../platform/secrets";
import { parseInput } from "../../platform/validation";
import { NewPasswordInput } from "./accept-invitation";
import { revokeAllApiTokens } from "./api-tokens";
import { closeOpenResets } from "./request-password-reset";
import { endAllSessions, startSession } from "./sessions";
import type { ClientMeta } from "./sign-in";

export async function findOpenReset(db: DbOrTx, token: string) {
  const [reset] = await db
    .select()
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())));
  if (!reset) throw new NotFound("password_reset");
  return reset;
}

/**
 * Sets a new password from a reset link. Whoever knew the old password may have left
 * credentials behind: every session ends, every other reset link closes and every API
 * token is revoked. This browser is signed in.
 */
export async function resetPassword(db: Db, token: string, input: unknown, meta: ClientMeta) {
  const { password } = parseInput(NewPasswordInput, input);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const reset = await findOpenReset(tx, token);
    const used = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
      .returning();
    if (used.length === 0) throw new NotFound("password_reset");
    await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId));
    const ended = await endAllSessions(tx, reset.userId);
    const linksClosed = await closeOpenResets(tx, reset.userId);
    const tokensRevoked = await revokeAllApiTokens(tx, reset.userId);
    const actor = (await loadActor(tx, reset.userId)) ?? Actor.anonymous(meta.ip);
    await audit(tx, actor, { action: "password.reset", entityType: "user", entityId: reset.userId, after: { sessionsEnded: ended.length, linksClosed, tokensRevoked } });
    const sessionToken = await startSession(tx, reset.userId, meta);
    return { userId: reset.userId, sessionToken };
  });
}
