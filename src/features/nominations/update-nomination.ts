import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { nominations } from "../../db/schema";
import { canTransition } from "../../domain/nominations/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { findVisibleNomination } from "./find-nomination";
import { NominationInput } from "./nomination-input";
import { checkNomination } from "./nomination-rules";
import { nominationPolicy } from "./policy";
import { nomineeColumns } from "./nominee";
import { recordEvent } from "./record-event";

/** The nominating unit corrects a draft or a returned nomination (not its unit: that is another nomination). */
export async function updateNomination(actor: Actor, id: number, input: unknown, db: Db) {
  return db.transaction(async (tx) => {
    const found = await findVisibleNomination(actor, tx, id, { forUpdate: true });
    authorize(nominationPolicy.edit(actor, found), "nomination.edit");
    const values = parseInput(NominationInput, { ...(input as object), unitId: found.nomination.unitId });
    if (!canTransition(found.nomination.status as never, "edit")) throw ValidationError.field("_form", "errors.nomination_not_editable");
    const unit = await findVisibleUnit(actor, tx, found.nomination.unitId);
    const { nominee } = await checkNomination(tx, unit, values);
    const [row] = await tx
      .update(nominations)
      .set({
        ...nomineeColumns(nominee, values.achievement),
        formCode: values.formCode,
        year: values.year,
        commendationKind: values.commendationKind,
        achievement: values.achievement,
        movementId: values.movementId ?? null,
        decisionDate: values.decisionDate,
        updatedAt: new Date(),
      })
      .where(eq(nominations.id, id))
      .returning();
    await recordEvent(tx, actor, id, "edited");
    await audit(tx, actor, { action: "nomination.updated", entityType: "nomination", entityId: id, unit, before: found.nomination, after: row });
    return row!;
  });
}
