import type { Tx } from "../../db/client";
import { documentEvents } from "../../db/schema";
import type { Actor } from "../../platform/actor";

/** One line of the document's history as its users read it (the audit log keeps the rest). */
export async function recordEvent(tx: Tx, actor: Actor, documentId: number, action: string, version: number, note: string | null = null) {
  await tx.insert(documentEvents).values({ documentId, action, version, actorId: actor.id, actorName: actor.user?.fullName ?? actor.label, note });
}
