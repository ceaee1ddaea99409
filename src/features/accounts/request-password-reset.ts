import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, Tx } from "../../db/client";
import { passwordResets, users } from "../../db/schema";
import type { Lang } from "../../domain/text/dates";
import { translator } from "../../i18n";
import { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { defineTransactionalJob, enqueue } from "../../platform/jobs";
import { queueMail } from "../../platform/mail";
import { take, type Limit } from "../../platform/rate-limit";
import { hashToken, newToken } from "../../platform/secrets";
import { fields, parseInput } from "../../platform/validation";
import { RESET_MINUTES, resetLink } from "./links";

const Input = z.object({ email: fields.email() });
const PER_ACCOUNT: Limit = { max: 3, windowSeconds: 3600 };
const PER_ADDRESS: Limit = { max: 20, windowSeconds: 3600 };
const RESET_JOB = "password_reset.request";

interface ResetRequest {
  email: string;
  ip: string;
  baseUrl: string;
  lang: Lang;
}

/**
 * Asks for a reset link. The request does the same work whether or not the address has an
 * account (count, queue a job), so neither the answer nor its timing tells which addresses
 * have accounts; the job looks the account up and mails the link. Limits keep the form from
 * being used to flood someone's mailbox.
 */
export async function requestPasswordReset(database: Database, input: unknown, ctx: Omit<ResetRequest, "email">) {
  const { email } = parseInput(Input, input);
  const accountWait = await take(database, `reset:account:${email}`, PER_ACCOUNT);
  const addressWait = await take(database, `reset:address:${ctx.ip}`, PER_ADDRESS);
  if (accountWait > 0 || addressWait > 0) return;
  const request: ResetRequest = { email, ...ctx };
  await enqueue(database.db, RESET_JOB, { ...request });
}

/** The job: a reset link for an active account, nothing otherwise. */
async function sendResetLink(tx: Tx, { email, ip, baseUrl, lang }: ResetRequest) {
  const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  if (!user || user.disabledAt) return;
  const token = newToken();
  const t = translator(user.lang === "en" ? "en" : lang);
  const [reset] = await tx
    .insert(passwordResets)
    .values({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) })
    .returning();
  await audit(tx, Actor.anonymous(ip), { action: "password_reset.requested", entityType: "user", entityId: user.id, after: { resetId: reset!.id } });
  await queueMail(tx, {
    to: user.email,
    subject: t("reset.mail_subject"),
    text: t("reset.mail_body", { name: user.fullName, link: resetLink(baseUrl, token) }),
  });
}

defineTransactionalJob(RESET_JOB, (payload, { tx }) => sendResetLink(tx, payload as unknown as ResetRequest));

/** Every open reset link of a user stops working (a newer one was used, or the password changed). */
export async function closeOpenResets(tx: Tx, userId: number): Promise<number> {
  const closed = await tx
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())))
    .returning({ id: passwordResets.id });
  return closed.length;
}
