import { z } from "zod";
import type { Db } from "../../db/client";
import { apiTokens } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { newApiToken } from "./api-tokens";

export const CreateApiTokenInput = z.object({ name: fields.requiredText(100) });

/** A user creates a personal access token for themselves; it is returned once. */
export async function createApiToken(actor: Actor, input: unknown, db: Db) {
  const { name } = parseInput(CreateApiTokenInput, input);
  const userId = actor.id;
  if (userId === null) throw new Forbidden("token.create");
  const { token, tokenHash } = newApiToken();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(apiTokens).values({ userId, name, tokenHash }).returning();
    await audit(tx, actor, { action: "api_token.created", entityType: "api_token", entityId: row!.id, after: { name, userId } });
    return { id: row!.id, name, token };
  });
}
