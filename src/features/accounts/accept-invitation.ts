import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, DbOrTx, Tx } from "../../db/client";
import { invitations, roleAssignments, units, users } from "../../db/schema";
import { Actor, loadActor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound, ValidationError } from "../../platform/errors";
import { hashPassword } from "../../platform/passwords";
import { hashToken } from "../../platform/secrets";
import { fields, parseInput } from "../../platform/validation";
import { startSession } from "./sessions";
import { attemptPassword, type ClientMeta } from "./sign-in";

export const NewPasswordInput = z
  .object({
    password: fields.newPassword(),
    passwordConfirm: z.string().optional(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "errors.password_mismatch" });

const NewAccountInput = z.object({ fullName: fields.requiredText(120) }).and(NewPasswordInput);
const ExistingAccountInput = z.object({
  currentPassword: z.string({ error: "errors.password_required" }).min(1, "errors.password_required").max(200, "errors.too_long"),
});

/**
 * The open invitation for a link, with what the acceptance page shows; NotFound when used,
 * expired or closed. `hasAccount`: the address has an account already, so accepting asks
 * for that account's password instead of creating one.
 */
export async function findOpenInvitation(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ invitation: invitations, unitName: units.name, unitPath: units.path, inviter: users.fullName })
    .from(invitations)
    .innerJoin(units, eq(units.id, invitations.unitId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  if (!row) throw new NotFound("invitation");
  const [account] = await db.select().from(users).where(sql`lower(${users.email}) = ${row.invitation.email}`);
  if (account?.disabledAt) throw new NotFound("invitation");
  return { ...row, account: account ?? null, hasAccount: !!account };
}

/**
 * Closes every other open invitation of an address once it has an account: a link sent
 * before the account existed must not become a way into it.
 */
export async function closeOpenInvitations(tx: Tx, actor: Actor, email: string, exceptId = 0): Promise<number> {
  const closed = await tx
    .update(invitations)
    .set({ expiresAt: new Date() })
    .where(and(eq(invitations.email, email.toLowerCase()), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date()), ne(invitations.id, exceptId)))
    .returning({ id: invitations.id });
  if (closed.length > 0) {
    await audit(tx, actor, { action: "invitation.closed", entityType: "invitation", entityId: null, after: { email, invitationIds: closed.map((c) => c.id) } });
  }
  return closed.length;
}

/**
 * The invited person accepts. A new address sets its name and password: the account is
 * created with the role and signed in, and the address's other invitations close. An
 * address that has an account already proves it with that account's password (counted
 * against the sign-in limit), then gets the role.
 */
export async function acceptInvitation(database: Database, token: string, input: unknown, meta: ClientMeta) {
  const { invitation, account } = await findOpenInvitation(database.db, token);
  if (account) {
    const { currentPassword } = parseInput(ExistingAccountInput, input);
    if (!(await attemptPassword(database, invitation.email, meta, account.passwordHash, currentPassword))) {
      throw ValidationError.field("currentPassword", "invitation.wrong_password");
    }
    return claim(database, token, meta, { existingUserId: account.id });
  }
  const { fullName, password } = parseInput(NewAccountInput, input);
  return claim(database, token, meta, { fullName, passwordHash: await hashPassword(password) });
}

type Claimant = { existingUserId: number } | { fullName: string; passwordHash: string };

async function claim(database: Database, token: string, meta: ClientMeta, who: Claimant) {
  return database.db.transaction(async (tx) => {
    const { invitation, unitPath, account } = await findOpenInvitation(tx, token);
    // The account must be the one the password was checked against (or still not exist).
    if ("existingUserId" in who ? account?.id !== who.existingUserId : account) throw ValidationError.field("currentPassword", "invitation.account_changed");
    // Claim the invitation first, so two submissions of the same link create one account.
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning();
    if (claimed.length === 0) throw new NotFound("invitation");
    let userId: number;
    if ("existingUserId" in who) userId = who.existingUserId;
    else {
      const [created] = await tx
        .insert(users)
        .values({ email: invitation.email, fullName: who.fullName, passwordHash: who.passwordHash })
        .onConflictDoNothing()
        .returning();
      // Another invitation of the same address was accepted a moment ago.
      if (!created) throw ValidationError.field("fullName", "invitation.account_changed");
      userId = created.id;
    }
    await tx.insert(roleAssignments).values({ userId, unitId: invitation.unitId, role: invitation.role }).onConflictDoNothing();
    const actor = (await loadActor(tx, userId)) ?? Actor.anonymous(meta.ip);
    const unit = { id: invitation.unitId, path: unitPath };
    await audit(tx, actor, {
      action: "invitation.accepted",
      entityType: "user",
      entityId: userId,
      unit,
      after: { email: invitation.email, role: invitation.role, invitationId: invitation.id, newAccount: !("existingUserId" in who) },
    });
    if (!("existingUserId" in who)) await closeOpenInvitations(tx, actor, invitation.email, invitation.id);
    const sessionToken = await startSession(tx, userId, meta);
    return { userId, sessionToken };
  });
}
