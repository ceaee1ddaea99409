import type { Tx } from "../../db/client";
import { proposalEvents } from "../../db/schema";
import type { Actor } from "../../platform/actor";

/** One line of a proposal's timeline: what happened, by whom, and why where a reason is asked. */
export async function recordEvent(tx: Tx, actor: Actor, proposalId: number, action: string, reason: string | null = null): Promise<void> {
  await tx.insert(proposalEvents).values({ proposalId, action, actorId: actor.id, actorName: actor.user?.fullName ?? actor.label, reason });
}
