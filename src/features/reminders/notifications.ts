import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { notifications } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";

const LIMIT = 100;

/** The signed-in person's own notifications, newest first. */
export async function listNotifications(actor: Actor, db: DbOrTx) {
  if (!actor.id) return [];
  return db.select().from(notifications).where(eq(notifications.userId, actor.id)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(LIMIT);
}

export async function unreadCount(actor: Actor, db: DbOrTx): Promise<number> {
  if (!actor.id) return 0;
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one of one's own notifications read; someone else's answers 404. */
export async function markNotificationRead(actor: Actor, id: number, db: DbOrTx) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id ?? -1)))
    .returning();
  if (!row) throw new NotFound("notification");
  return row;
}
