import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { awards } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { RemoveAwardInput } from "./award-input";
import { findVisibleAward } from "./find-visible-award";
import { awardPolicy } from "./policy";

/** Removes an award entered by hand or imported by mistake, saying why; the audit log keeps what it was. */
export async function removeAward(actor: Actor, awardId: number, input: unknown, db: Db) {
  return db.transaction(async (tx) => {
    const { award, unitPath } = await findVisibleAward(actor, tx, awardId, { forUpdate: true });
    authorize(awardPolicy.manage(actor, { path: unitPath }), "award.manage");
    if (!awardPolicy.correct(actor, { unitPath, source: award.source })) throw ValidationError.field("_form", "errors.award_decided_fixed");
    const { reason } = parseInput(RemoveAwardInput, input);
    await tx.delete(awards).where(eq(awards.id, award.id));
    await audit(tx, actor, { action: "award.removed", entityType: "award", entityId: award.id, unit: { id: award.unitId, path: unitPath }, before: award, after: { reason } });
    return award;
  });
}
