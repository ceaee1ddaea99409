import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { apiTokens } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound } from "../../platform/errors";

/** A user revokes one of their own tokens; someone else's id answers NotFound. */
export async function revokeApiToken(actor: Actor, tokenId: number, db: Db) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.id ?? -1), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw new NotFound("api_token");
    await audit(tx, actor, { action: "api_token.revoked", entityType: "api_token", entityId: row.id, before: { name: row.name } });
  });
}
