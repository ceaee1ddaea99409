import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { nominationFlags } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleNomination } from "./find-nomination";
import { ResolveFlagInput } from "./nomination-input";
import { nominationPolicy } from "./policy";
import { recordEvent } from "./record-event";

/** The screener decides a duplicate flag: both go on ("kept", with a note why) or this one is set aside. Nothing is merged. */
export async function resolveFlag(actor: Actor, nominationId: number, flagId: number, input: unknown, db: Db) {
  const { resolution, note } = parseInput(ResolveFlagInput, input);
  return db.transaction(async (tx) => {
    const found = await findVisibleNomination(actor, tx, nominationId, { forUpdate: true });
    authorize(nominationPolicy.screen(actor, found), "nomination.screen");
    const [flag] = await tx.select().from(nominationFlags).where(and(eq(nominationFlags.id, flagId), eq(nominationFlags.nominationId, nominationId)));
    if (!flag) throw new NotFound("flag");
    if (flag.resolution) throw ValidationError.field("_form", "errors.nomination_flag_decided");
    if (resolution === "kept" && !note) throw ValidationError.field("note", "errors.nomination_flag_note");
    const [row] = await tx.update(nominationFlags).set({ resolution, note: note || null, resolvedBy: actor.id, resolvedAt: new Date() }).where(eq(nominationFlags.id, flagId)).returning();
    await recordEvent(tx, actor, nominationId, `flag_${resolution}`, note || null);
    await audit(tx, actor, { action: "nomination.flag_resolved", entityType: "nomination", entityId: nominationId, unit: { id: found.nomination.unitId, path: found.unitPath }, after: { flagId, kind: flag.kind, resolution, note } });
    return row!;
  });
}
