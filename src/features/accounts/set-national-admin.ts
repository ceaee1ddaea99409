import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { nationalAdministrators, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { accountPolicy } from "./policy";

const Input = z.object({ email: fields.email(), national: z.boolean() });

/**
 * Names (or stops naming) a national administrator: the account that may change national
 * data (the working-day calendar, the official unit list, the legal catalogue) from the web.
 * Only the console operator or another national administrator may.
 */
export async function setNationalAdmin(actor: Actor, input: unknown, db: Db) {
  const { email, national } = parseInput(Input, input);
  authorize(accountPolicy.nameNationalAdmin(actor), "account.national");
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = ${email}`);
    if (!user) throw ValidationError.field("email", "errors.account_unknown");
    const changed = national
      ? await tx.insert(nationalAdministrators).values({ userId: user.id, grantedBy: actor.label }).onConflictDoNothing().returning()
      : await tx.delete(nationalAdministrators).where(eq(nationalAdministrators.userId, user.id)).returning();
    if (changed.length > 0) {
      await audit(tx, actor, { action: national ? "national_admin.named" : "national_admin.removed", entityType: "user", entityId: user.id, after: { email: user.email, national } });
    }
    return { user, changed: changed.length > 0 };
  });
}
