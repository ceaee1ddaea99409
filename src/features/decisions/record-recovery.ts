import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { awardRevocations, documents } from "../../db/schema";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleDocument } from "../documents/find-document";
import { RecoveryInput } from "./decision-input";
import { decisionPolicy } from "./policy";

/**
 * Records what came back of a revoked award: the money (never more than the bonus it carried) and
 * the day the certificate and the medal or badge were returned. The revocation's own facts — its
 * decision, grounds and amount due — cannot change (a trigger). `opts.decisionId`: the revocation
 * decision whose page the form was on; a revocation of another decision is not found there.
 */
export async function recordRecovery(actor: Actor, revocationId: number, input: unknown, db: Db, opts: { decisionId?: number } = {}) {
  const values = parseInput(RecoveryInput, input);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(awardRevocations).where(eq(awardRevocations.id, revocationId)).for("update");
    if (!row || (opts.decisionId !== undefined && row.decisionId !== opts.decisionId)) throw new NotFound("revocation");
    const { unit } = await findVisibleDocument(actor, tx, row.decisionId);
    authorize(decisionPolicy.pay(actor, unit), "decision.pay");
    if (values.moneyRecovered > row.moneyDue) throw ValidationError.field("moneyRecovered", "errors.recovery_over_due", { due: row.moneyDue.toLocaleString("vi-VN") });
    const [decision] = await tx.select({ issuedOn: documents.issuedOn }).from(documents).where(eq(documents.id, row.decisionId));
    if (values.itemsRecoveredOn && (values.itemsRecoveredOn > todayInVietnam() || values.itemsRecoveredOn < decision!.issuedOn!)) {
      throw ValidationError.field("itemsRecoveredOn", "errors.recovery_date_range");
    }
    const [saved] = await tx
      .update(awardRevocations)
      .set({ moneyRecovered: values.moneyRecovered, itemsRecoveredOn: values.itemsRecoveredOn ?? null, recoveryNote: values.note, recoveryRecordedBy: actor.id, recoveryRecordedAt: new Date() })
      .where(eq(awardRevocations.id, row.id))
      .returning();
    await audit(tx, actor, { action: "decision.recovery_recorded", entityType: "award", entityId: row.awardId, unit, before: { moneyRecovered: row.moneyRecovered, itemsRecoveredOn: row.itemsRecoveredOn }, after: { moneyRecovered: saved!.moneyRecovered, itemsRecoveredOn: saved!.itemsRecoveredOn } });
    return saved!;
  });
}
