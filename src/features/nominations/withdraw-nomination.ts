import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { nominations, tasks } from "../../db/schema";
import { canTransition } from "../../domain/nominations/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleNomination } from "./find-nomination";
import { ReturnNominationInput } from "./nomination-input";
import { nominationPolicy } from "./policy";
import { recordEvent } from "./record-event";

/** The nominating unit withdraws its nomination before it is accepted, saying why. */
export async function withdrawNomination(actor: Actor, id: number, input: unknown, db: Db) {
  const { reason } = parseInput(ReturnNominationInput, input);
  return db.transaction(async (tx) => {
    const found = await findVisibleNomination(actor, tx, id, { forUpdate: true });
    authorize(nominationPolicy.edit(actor, found), "nomination.edit");
    const n = found.nomination;
    if (!canTransition(n.status as never, "withdraw")) throw ValidationError.field("_form", "errors.nomination_not_withdrawable");
    const [row] = await tx.update(nominations).set({ status: "withdrawn", updatedAt: new Date() }).where(eq(nominations.id, id)).returning();
    if (n.taskId) await tx.update(tasks).set({ status: "done", doneAt: new Date(), doneBy: actor.id }).where(eq(tasks.id, n.taskId));
    await recordEvent(tx, actor, id, "withdrawn", reason);
    await audit(tx, actor, { action: "nomination.withdrawn", entityType: "nomination", entityId: id, unit: { id: n.unitId, path: found.unitPath }, before: { status: n.status }, after: { status: "withdrawn", reason } });
    return row!;
  });
}
