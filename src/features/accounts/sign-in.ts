import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { Actor, loadActor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { TooManyAttempts, ValidationError } from "../../platform/errors";
import { verifyPassword } from "../../platform/passwords";
import { clear, giveBack, take, type Limit } from "../../platform/rate-limit";
import { fields, parseInput } from "../../platform/validation";
import { startSession } from "./sessions";

const Input = z.object({
  email: fields.email(),
  password: z.string({ error: "errors.password_required" }).min(1, "errors.password_required").max(200, "errors.too_long"),
});

/** Per account (by the e-mail typed, whether or not it exists) and per client address. */
export const ACCOUNT_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60 };
export const ADDRESS_LIMIT: Limit = { max: 30, windowSeconds: 15 * 60 };

export interface ClientMeta {
  ip: string;
  userAgent?: string | undefined;
}

/**
 * One password attempt against the account of `email`, wherever a password is typed (sign-in,
 * accepting an invitation with an existing account). The attempt is counted before the
 * password is checked, so parallel guesses cannot outrun the limit; a right password
 * clears the account's count and gives the address its attempt back.
 */
export async function attemptPassword(database: Database, email: string, meta: ClientMeta, passwordHash: string | null | undefined, password: string) {
  const accountKey = `sign-in:account:${email}`;
  const addressKey = `sign-in:address:${meta.ip}`;
  const accountWait = await take(database, accountKey, ACCOUNT_LIMIT);
  const addressWait = await take(database, addressKey, ADDRESS_LIMIT);
  if (accountWait > 0) throw new TooManyAttempts(accountWait, "account");
  if (addressWait > 0) throw new TooManyAttempts(addressWait, "address");
  const ok = await verifyPassword(passwordHash, password);
  if (ok) {
    await clear(database, accountKey);
    await giveBack(database, addressKey);
  }
  return ok;
}

/** Checks the password and opens a session. The answer never tells whether the account exists. */
export async function signIn(database: Database, input: unknown, meta: ClientMeta) {
  const { email, password } = parseInput(Input, input);
  const [user] = await database.db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const ok = await attemptPassword(database, email, meta, user?.passwordHash, password);
  if (!ok || !user || user.disabledAt) throw ValidationError.field("email", "signin.failed");
  const actor = (await loadActor(database.db, user.id)) ?? Actor.anonymous(meta.ip);
  return database.db.transaction(async (tx) => {
    const token = await startSession(tx, user.id, meta);
    await audit(tx, actor, { action: "session.signed_in", entityType: "user", entityId: user.id, after: { ip: meta.ip } });
    return { token, userId: user.id, lang: user.lang };
  });
}
