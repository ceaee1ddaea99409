import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { reminderPreferences } from "../../db/schema";
import { DEFAULT_PREFERENCE, FREQUENCIES, type ReminderPreference } from "../../domain/reminders/digest";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden } from "../../platform/errors";
import { parseInput } from "../../platform/validation";

/** Checkboxes arrive as "on" from a form and as booleans from the API. */
const flag = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const PreferencesInput = z.object({
  frequency: z.enum(FREQUENCIES, { error: "errors.reminders_frequency" }),
  email: flag.default(false),
  inApp: flag.default(false),
});

function userIdOf(actor: Actor): number {
  if (!actor.id) throw new Forbidden("reminders.preferences");
  return actor.id;
}

/** The signed-in person's own reminder settings (the default until they save some). */
export async function getPreferences(actor: Actor, db: DbOrTx): Promise<ReminderPreference> {
  const [row] = await db.select().from(reminderPreferences).where(eq(reminderPreferences.userId, userIdOf(actor)));
  return row ? { frequency: parseInput(PreferencesInput, row).frequency, email: row.email, inApp: row.inApp } : { ...DEFAULT_PREFERENCE };
}

export async function setPreferences(actor: Actor, input: unknown, db: Db): Promise<ReminderPreference> {
  const values = parseInput(PreferencesInput, input);
  const userId = userIdOf(actor);
  return db.transaction(async (tx) => {
    await tx.insert(reminderPreferences).values({ userId, ...values }).onConflictDoUpdate({ target: reminderPreferences.userId, set: values });
    await audit(tx, actor, { action: "reminders.preferences_set", entityType: "user", entityId: userId, after: values });
    return values;
  });
}
