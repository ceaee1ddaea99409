import { z } from "zod";
import type { Db } from "../../db/client";
import { invitations } from "../../db/schema";
import { ROLES } from "../../domain/access/roles";
import { formatDate, type Lang } from "../../domain/text/dates";
import { translator } from "../../i18n";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { queueMail } from "../../platform/mail";
import { hashToken, newToken } from "../../platform/secrets";
import { fields, parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { INVITATION_DAYS, invitationLink } from "./links";
import { accountPolicy } from "./policy";

export const InviteUserInput = z.object({
  email: fields.email(),
  fullName: fields.requiredText(120),
  unitId: fields.id("errors.choose_unit"),
  role: z.enum(ROLES, { error: "errors.choose_role" }),
});

export interface InviteContext {
  baseUrl: string;
  lang: Lang;
}

export interface InviteResult {
  email: string;
  link: string;
}

/**
 * Invites a colleague by e-mail with a role on a unit. The answer and the work are the same
 * whether or not the address has an account (the inviter learns nothing about accounts
 * outside their units); accepting asks an existing account for its password.
 */
export async function inviteUser(actor: Actor, input: unknown, db: Db, ctx: InviteContext): Promise<InviteResult> {
  const { email, fullName, unitId, role } = parseInput(InviteUserInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, unitId);
    authorize(accountPolicy.invite(actor, unit), "account.invite");
    if (!accountPolicy.grant(actor, unit, role)) throw ValidationError.field("role", "errors.role_not_grantable");
    const t = translator(ctx.lang);
    const words = { inviter: actor.user?.fullName ?? actor.label, role: t(`role.${role}`), unit: unit.name, name: fullName };
    const token = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const [invitation] = await tx
      .insert(invitations)
      .values({ email, fullName, unitId: unit.id, role, tokenHash: hashToken(token), invitedBy: actor.id, expiresAt })
      .returning();
    await audit(tx, actor, { action: "invitation.created", entityType: "invitation", entityId: invitation!.id, unit, after: { email, fullName, role } });
    const link = invitationLink(ctx.baseUrl, token);
    await queueMail(tx, {
      to: email,
      subject: t("invitation.mail_subject", { unit: unit.name }),
      text: t("invitation.mail_body", { ...words, link, expires: formatDate(expiresAt, ctx.lang) }),
    });
    return { email, link };
  });
}
