import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { apiTokens, passwordResets, roleAssignments, users } from "../../db/schema";
import { ROLES } from "../../domain/access/roles";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { hashToken, newToken } from "../../platform/secrets";
import { fields, parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { closeOpenInvitations } from "./accept-invitation";
import { newApiToken } from "./api-tokens";
import { resetLink } from "./links";
import { accountPolicy } from "./policy";

export const CreateUserInput = z.object({
  email: fields.email(),
  fullName: fields.requiredText(120),
  unitId: fields.id("errors.choose_unit"),
  role: z.enum(ROLES, { error: "errors.choose_role" }),
  lang: z.enum(["vi", "en"]).default("vi"),
  withToken: z.boolean().default(false),
});

/**
 * Creates an account directly (the operator's `thidua users create`). It has no password:
 * the result holds a one-time link to set one, valid for 7 days, and optionally an API token.
 */
export async function createUser(actor: Actor, input: unknown, db: Db, baseUrl: string) {
  const values = parseInput(CreateUserInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(accountPolicy.grant(actor, unit, values.role), "account.create");
    const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${values.email}`);
    if (taken) throw ValidationError.field("email", "errors.email_taken");
    const [user] = await tx.insert(users).values({ email: values.email, fullName: values.fullName, lang: values.lang }).returning();
    await tx.insert(roleAssignments).values({ userId: user!.id, unitId: unit.id, role: values.role });
    await closeOpenInvitations(tx, actor, values.email);
    const linkToken = newToken();
    await tx.insert(passwordResets).values({ userId: user!.id, tokenHash: hashToken(linkToken), expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000) });
    let apiToken: string | undefined;
    if (values.withToken) {
      const created = newApiToken();
      apiToken = created.token;
      await tx.insert(apiTokens).values({ userId: user!.id, name: "CLI", tokenHash: created.tokenHash });
    }
    await audit(tx, actor, { action: "user.created", entityType: "user", entityId: user!.id, unit, after: { email: user!.email, fullName: user!.fullName, role: values.role, apiToken: !!apiToken } });
    return { user: user!, setPasswordLink: resetLink(baseUrl, linkToken), apiToken };
  });
}
