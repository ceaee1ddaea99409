import type { Tx } from "../../db/client";
import { nominationEvents } from "../../db/schema";
import type { Actor } from "../../platform/actor";

/** One line of a nomination's timeline: what happened, by whom, and why where a reason is asked. */
export async function recordEvent(tx: Tx, actor: Actor, nominationId: number, action: string, reason: string | null = null, at?: Date): Promise<void> {
  await tx.insert(nominationEvents).values({ nominationId, action, actorId: actor.id, actorName: actor.user?.fullName ?? actor.label, reason, ...(at ? { at } : {}) });
}
