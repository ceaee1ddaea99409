import type { Db } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden } from "../../platform/errors";
import { endAllSessions } from "./sessions";

/** Ends every session of the actor, on every device, this one included. */
export async function signOutEverywhere(actor: Actor, db: Db) {
  const userId = actor.id;
  if (userId === null) throw new Forbidden("session.end_all");
  return db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, userId);
    await audit(tx, actor, { action: "session.signed_out_everywhere", entityType: "user", entityId: userId, after: { sessions: ended.length } });
    return ended.length;
  });
}
