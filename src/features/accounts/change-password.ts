import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden, ValidationError } from "../../platform/errors";
import { hashPassword, verifyPassword } from "../../platform/passwords";
import { fields, parseInput } from "../../platform/validation";
import { NewPasswordInput } from "./accept-invitation";
import { revokeAllApiTokens } from "./api-tokens";
import { closeOpenResets } from "./request-password-reset";
import { endAllSessions } from "./sessions";
import { attemptPassword, type ClientMeta } from "./sign-in";

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string({ error: "account.current_password_required" }).min(1, "account.current_password_required").max(200, "errors.too_long"),
    /** A checkbox: "also revoke my API tokens". */
    revokeTokens: fields.checkbox(),
  })
  .and(NewPasswordInput);

/**
 * The signed-in person sets a new password on "Tài khoản của tôi". The current password is
 * required and counted against the sign-in limit (a stolen session cannot guess it); the new
 * one is typed twice. Every other session ends, this one is kept (`keepSession`, the hash of
 * the session making the change; none through an API token); open reset links close, and API
 * tokens are revoked when asked. All in one transaction with its audit entry.
 */
export async function changePassword(database: Database, actor: Actor, input: unknown, meta: ClientMeta & { keepSession?: string | null | undefined }) {
  const userId = actor.id;
  if (userId === null || !actor.user) throw new Forbidden("account.password");
  const values = parseInput(ChangePasswordInput, input);
  const [user] = await database.db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt) throw new Forbidden("account.password");
  // The same counter as signing in with this address, so guesses here and there add up.
  if (!(await attemptPassword(database, user.email.toLowerCase(), meta, user.passwordHash, values.currentPassword))) {
    throw ValidationError.field("currentPassword", "account.password_wrong");
  }
  if (await verifyPassword(user.passwordHash, values.password)) throw ValidationError.field("password", "account.password_same");
  const passwordHash = await hashPassword(values.password);
  return database.db.transaction(async (tx) => {
    // Changed in between (another device, a reset link): the password checked is no longer the account's.
    const [current] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).for("update");
    if (current?.passwordHash !== user.passwordHash) throw ValidationError.field("currentPassword", "account.password_changed_meanwhile");
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    const ended = await endAllSessions(tx, userId, meta.keepSession ?? undefined);
    const linksClosed = await closeOpenResets(tx, userId);
    const tokensRevoked = values.revokeTokens ? await revokeAllApiTokens(tx, userId) : 0;
    const after = { otherSessionsEnded: ended.length, linksClosed, tokensRevoked };
    await audit(tx, actor, { action: "password.changed", entityType: "user", entityId: userId, after });
    return after;
  });
}
