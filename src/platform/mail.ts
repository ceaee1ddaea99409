// Outgoing mail over real SMTP (SMTP_URL). Messages are queued as jobs in the
// transaction that causes them and sent by the job worker.
import type { Transporter } from "nodemailer";
import type { DbOrTx } from "../db/client";
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

export function mailSender(smtpUrl: string | undefined, from: string): JobHandler | undefined {
  if (!smtpUrl) return undefined;
  let transport: Transporter | undefined;
  return async (payload) => {
    const message = payload as unknown as MailMessage;
    if (!transport) {
      const { default: nodemailer } = await import("nodemailer"); // loaded with the first message, not at start
      transport ??= nodemailer.createTransport(smtpUrl);
    }
    await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
  };
}
