import { z } from "zod";
import type { Db } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { revokeAllApiTokens } from "./api-tokens";
import { endAllSessions } from "./sessions";

const Input = z.object({
  /** A checkbox: "also revoke my API tokens". */
  revokeTokens: fields.checkbox(),
});

/** Ends every session of the actor, on every device, this one included, and their API tokens if asked. */
export async function signOutEverywhere(actor: Actor, input: unknown, db: Db) {
  const userId = actor.id;
  if (userId === null) throw new Forbidden("session.end_all");
  const { revokeTokens } = parseInput(Input, input);
  return db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, userId);
    const tokensRevoked = revokeTokens ? await revokeAllApiTokens(tx, userId) : 0;
    await audit(tx, actor, { action: "session.signed_out_everywhere", entityType: "user", entityId: userId, after: { sessions: ended.length, tokensRevoked } });
    return { sessions: ended.length, tokensRevoked };
  });
}
