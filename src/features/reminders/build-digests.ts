// Building a day's reminder digests from the database: the query, the grouping (the pure
// buildDigests) and the texts in each person's language. Nothing is sent here.
import { and, eq, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { reminderPreferences, roleAssignments, tasks, users } from "../../db/schema";
import { PERMISSIONS } from "../../domain/access/roles";
import { addWorkingDays } from "../../domain/calendar/working-days";
import { buildDigests, FREQUENCIES, WEEK_AHEAD, type Digest, type Frequency, type ReminderPreference } from "../../domain/reminders/digest";
import { formatDate, type Lang } from "../../domain/text/dates";
import { translator } from "../../i18n";
import { loadCalendar } from "../calendar/adjustments";

export interface RenderedDigest {
  userId: number;
  date: string;
  /** The e-mail, when the person takes reminders by e-mail. */
  email: { to: string; subject: string; text: string } | null;
  /** The in-app notification, when they take them in the app. */
  notification: { title: string; body: string; link: string } | null;
}

const PARTICIPANT_ROLES: readonly string[] = PERMISSIONS["movement.participate"];

const group = (rows: { unitId: number; userId: number }[]) => {
  const map = new Map<number, number[]>();
  for (const { unitId, userId } of rows) {
    const list = map.get(unitId);
    if (list) list.push(userId);
    else map.set(unitId, [userId]);
  }
  return map;
};

/** The digests of `date` with their texts. */
export async function buildDailyDigests(db: DbOrTx, date: string, baseUrl: string): Promise<RenderedDigest[]> {
  const calendar = await loadCalendar(db);
  // Nothing beyond a working week ahead can remind on this date.
  const horizon = addWorkingDays(date, WEEK_AHEAD, calendar);
  const open = await db
    .select({ id: tasks.id, title: tasks.title, unitId: tasks.unitId, responsibleUnitId: tasks.responsibleUnitId, dueOn: tasks.dueOn })
    .from(tasks)
    .where(and(eq(tasks.status, "open"), isNotNull(tasks.dueOn), lte(tasks.dueOn, horizon)));
  if (open.length === 0) return [];

  const active = and(eq(users.id, roleAssignments.userId), isNull(users.disabledAt));
  const participants = await db
    .select({ unitId: roleAssignments.unitId, userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, active)
    .where(inArray(roleAssignments.role, [...PARTICIPANT_ROLES]));
  const secretaries = await db
    .select({ unitId: roleAssignments.unitId, userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, active)
    .where(eq(roleAssignments.role, "council_secretary"));
  const prefs = await db.select().from(reminderPreferences);
  const preferences = new Map<number, ReminderPreference>(
    prefs.map((p) => [p.userId, { frequency: (FREQUENCIES as readonly string[]).includes(p.frequency) ? (p.frequency as Frequency) : "daily", email: p.email, inApp: p.inApp }]),
  );

  const digests = buildDigests({
    date,
    tasks: open.map((t) => ({ ...t, dueOn: t.dueOn! })),
    participantsOf: group(participants),
    secretariesOf: group(secretaries),
    preferences,
    calendar,
  });
  if (digests.length === 0) return [];
  const people = new Map<number, { email: string; fullName: string; lang: string }>();
  const ids = digests.map((d) => d.userId);
  for (let i = 0; i < ids.length; i += 10_000) {
    const chunk = ids.slice(i, i + 10_000);
    const rows = await db.select({ id: users.id, email: users.email, fullName: users.fullName, lang: users.lang }).from(users).where(inArray(users.id, chunk));
    for (const r of rows) people.set(r.id, r);
  }
  return digests.flatMap((d) => {
    const person = people.get(d.userId);
    return person ? [renderDigest(d, person, baseUrl)] : [];
  });
}

/** One digest's texts: a subject that counts, then one line per task. */
export function renderDigest(digest: Digest, person: { email: string; fullName: string; lang: string }, baseUrl: string): RenderedDigest {
  const lang: Lang = person.lang === "en" ? "en" : "vi";
  const t = translator(lang);
  const count = (event: string) => digest.items.filter((i) => i.event === event).length;
  const title = `${t("reminders.digest_title", { date: formatDate(digest.date, lang) })}: ${t("reminders.digest_counts", { overdue: count("overdue"), today: count("due_today"), soon: count("due_soon") })}`;
  const lines = digest.items.map((item) => {
    const params = { title: item.title, date: formatDate(item.dueOn, lang), n: Math.abs(item.workingDays) };
    return t(item.event === "overdue" ? "reminders.item_overdue" : item.event === "due_today" ? "reminders.item_today" : "reminders.item_soon", params);
  });
  const body = lines.join("\n");
  const text = [
    t("reminders.digest_greeting", { name: person.fullName }),
    "",
    t("reminders.digest_intro"),
    body,
    "",
    t("reminders.digest_link", { url: `${baseUrl}/tasks` }),
    t("reminders.digest_settings", { url: `${baseUrl}/notifications/preferences` }),
    "",
  ].join("\n");
  return {
    userId: digest.userId,
    date: digest.date,
    email: digest.email ? { to: person.email, subject: title.slice(0, 250), text } : null,
    notification: digest.inApp ? { title, body, link: "/tasks" } : null,
  };
}
