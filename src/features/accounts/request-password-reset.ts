import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { passwordResets, users } from "../../db/schema";
import type { Lang } from "../../domain/text/dates";
import { translator } from "../../i18n";
import { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { queueMail } from "../../platform/mail";
import { blockedFor, hit, type Limit } from "../../platform/rate-limit";
import { hashToken, newToken } from "../../platform/secrets";
import { fields, parseInput } from "../../platform/validation";
import { RESET_MINUTES, resetLink } from "./links";

const Input = z.object({ email: fields.email() });
const PER_ACCOUNT: Limit = { max: 3, windowSeconds: 3600 };
const PER_ADDRESS: Limit = { max: 20, windowSeconds: 3600 };

/**
 * Sends a reset link if the address has an account. The caller always shows the same
 * answer, so the form does not reveal which addresses have accounts; limits keep it
 * from being used to flood someone's mailbox.
 */
export async function requestPasswordReset(database: Database, input: unknown, ctx: { ip: string; baseUrl: string; lang: Lang }) {
  const { email } = parseInput(Input, input);
  const accountKey = `reset:account:${email}`;
  const addressKey = `reset:address:${ctx.ip}`;
  if ((await blockedFor(database, accountKey, PER_ACCOUNT)) > 0 || (await blockedFor(database, addressKey, PER_ADDRESS)) > 0) return;
  await hit(database, accountKey, PER_ACCOUNT);
  await hit(database, addressKey, PER_ADDRESS);
  const [user] = await database.db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  if (!user || user.disabledAt) return;
  const token = newToken();
  const t = translator(user.lang === "en" ? "en" : ctx.lang);
  await database.db.transaction(async (tx) => {
    const [reset] = await tx
      .insert(passwordResets)
      .values({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) })
      .returning();
    await audit(tx, Actor.anonymous(ctx.ip), { action: "password_reset.requested", entityType: "user", entityId: user.id, after: { resetId: reset!.id } });
    await queueMail(tx, {
      to: user.email,
      subject: t("reset.mail_subject"),
      text: t("reset.mail_body", { name: user.fullName, link: resetLink(ctx.baseUrl, token) }),
    });
  });
}
