// Outgoing mail over real SMTP (SMTP_URL). Messages are queued as jobs in the
// transaction that causes them and sent by the job worker. Addresses in the domains
// reserved for examples and tests (the demo's @camphu.example, @….test) are never handed
// to the mail server: the job logs one line and is done.
import type { Transporter } from "nodemailer";
import type { DbOrTx } from "../db/client";
import type { Logger } from "../web/context";
import { enqueue, type JobHandler } from "./jobs";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export const MAIL_JOB = "mail.send";

export function queueMail(tx: DbOrTx, message: MailMessage): Promise<void> {
  return enqueue(tx, MAIL_JOB, { ...message });
}

/** Top-level names no mail server answers for (RFC 2606, RFC 6761). */
const RESERVED_TOP_LEVEL = ["test", "example", "invalid", "localhost"];
/** Second-level names kept for documentation (RFC 2606). */
const RESERVED_DOMAINS = ["example.com", "example.net", "example.org"];

/** The address's domain, when it is one reserved for examples and tests; null otherwise. */
export function reservedDomainOf(address: string): string | null {
  const domain = address.trim().toLowerCase().replace(/^.*@/, "").replace(/>$/, "").replace(/\.$/, "");
  const topLevel = domain.slice(domain.lastIndexOf(".") + 1);
  const reserved = RESERVED_TOP_LEVEL.includes(topLevel) || RESERVED_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`));
  return reserved ? domain : null;
}

/**
 * The mail job's handler: sends through SMTP_URL (or, without it, logs that it could not),
 * except to reserved domains, which it skips with one line in the log (never the body).
 */
export function mailSender(smtpUrl: string | undefined, from: string, log: Pick<Logger, "info">): JobHandler {
  let transport: Transporter | undefined;
  return async (payload) => {
    const message = payload as unknown as MailMessage;
    const recipients = String(message.to ?? "").split(/[,;]/).map((a) => a.trim()).filter(Boolean);
    const to = recipients.filter((address) => {
      const domain = reservedDomainOf(address);
      if (domain) log.info(`Bỏ qua thư "${String(message.subject)}" tới ${address}: tên miền ${domain} dành cho ví dụ và thử nghiệm / mail skipped: reserved domain`);
      return !domain;
    });
    if (to.length === 0) return;
    if (!smtpUrl) {
      log.info(`SMTP_URL chưa được cấu hình: thư "${String(message.subject)}" tới ${to.join(", ")} không được gửi.`);
      return;
    }
    if (!transport) {
      const { default: nodemailer } = await import("nodemailer"); // loaded with the first message, not at start
      transport = nodemailer.createTransport(smtpUrl);
    }
    await transport.sendMail({ from, to: to.join(", "), subject: message.subject, text: message.text });
  };
}
