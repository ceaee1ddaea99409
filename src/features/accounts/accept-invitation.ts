import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { invitations, roleAssignments, units, users } from "../../db/schema";
import { loadActor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound } from "../../platform/errors";
import { hashPassword } from "../../platform/passwords";
import { hashToken } from "../../platform/secrets";
import { fields, parseInput } from "../../platform/validation";
import { startSession } from "./sessions";
import type { ClientMeta } from "./sign-in";

export const NewPasswordInput = z
  .object({
    password: fields.newPassword(),
    passwordConfirm: z.string().optional(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "errors.password_mismatch" });

const Input = z.object({ fullName: fields.requiredText(120) }).and(NewPasswordInput);

/** The open invitation for a link, with what the acceptance page shows; NotFound when used or expired. */
export async function findOpenInvitation(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ invitation: invitations, unitName: units.name, unitPath: units.path, inviter: users.fullName })
    .from(invitations)
    .innerJoin(units, eq(units.id, invitations.unitId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  if (!row) throw new NotFound("invitation");
  return row;
}

/** The invited person sets their password: the account is created with its role and signed in. */
export async function acceptInvitation(db: Db, token: string, input: unknown, meta: ClientMeta) {
  const { fullName, password } = parseInput(Input, input);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const { invitation, unitPath } = await findOpenInvitation(tx, token);
    // Claim the invitation first, so two submissions of the same link create one account.
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning();
    if (claimed.length === 0) throw new NotFound("invitation");
    const [existing] = await tx.select().from(users).where(sql`lower(${users.email}) = ${invitation.email}`);
    const user =
      existing ?? (await tx.insert(users).values({ email: invitation.email, fullName, passwordHash }).returning())[0]!;
    await tx.insert(roleAssignments).values({ userId: user.id, unitId: invitation.unitId, role: invitation.role }).onConflictDoNothing();
    const actor = (await loadActor(tx, user.id))!;
    const unit = { id: invitation.unitId, path: unitPath };
    await audit(tx, actor, {
      action: "invitation.accepted",
      entityType: "user",
      entityId: user.id,
      unit,
      after: { email: user.email, fullName: user.fullName, role: invitation.role, invitationId: invitation.id },
    });
    const sessionToken = await startSession(tx, user.id, meta);
    return { userId: user.id, sessionToken };
  });
}
