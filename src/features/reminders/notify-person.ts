// Telling one person that something happened to their work (a registration returned…):
// an in-app notification (/notifications) and an e-mail, in the person's language, both
// written in the caller's transaction, so a rolled-back change tells no one. The e-mail is
// a mail job like every other (sent once the transaction commits).
import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { notifications, users } from "../../db/schema";
import type { Lang } from "../../domain/text/dates";
import { translator, type Translate } from "../../i18n";
import { queueMail } from "../../platform/mail";

export interface PersonNotice {
  /** What happened, for grouping and tests ("registration_returned"). */
  kind: string;
  /** A path of this site the notice points to ("/movements/3/registrations/9"). */
  link: string;
  /** The title and body in the person's language. */
  text: (t: Translate, lang: Lang) => { title: string; body: string };
}

/** Notifies a person in the app and by e-mail; false (and nothing written) for an unknown or disabled account. */
export async function notifyPerson(tx: Tx, userId: number, notice: PersonNotice, baseUrl: string): Promise<boolean> {
  const [person] = await tx.select({ email: users.email, fullName: users.fullName, lang: users.lang, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
  if (!person || person.disabledAt) return false;
  const lang: Lang = person.lang === "en" ? "en" : "vi";
  const t = translator(lang);
  const { title, body } = notice.text(t, lang);
  await tx.insert(notifications).values({ userId, kind: notice.kind, title: title.slice(0, 300), body, link: notice.link });
  await queueMail(tx, {
    to: person.email,
    subject: title.slice(0, 250),
    text: t("notify.mail_body", { name: person.fullName, body, url: `${baseUrl}${notice.link}`, settings: `${baseUrl}/notifications` }),
  });
  return true;
}
