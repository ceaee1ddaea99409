import type { Db } from "../../db/client";
import { nominations } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { NominationInput } from "./nomination-input";
import { checkNomination } from "./nomination-rules";
import { nominationPolicy } from "./policy";
import { nomineeColumns } from "./nominee";
import { recordEvent } from "./record-event";
import { screeningUnitOf } from "./screening-unit";

/**
 * A unit or organisation puts one of its members forward (a draft): a person, a household, a
 * collective or a unit, for a title or form, within a movement or on its own. A form beyond the
 * unit's power is not refused: on submission it is routed to who decides it.
 */
export async function createNomination(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(NominationInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(nominationPolicy.create(actor, unit), "nomination.create");
    const { nominee } = await checkNomination(tx, unit, values);
    const screening = await screeningUnitOf(tx, unit.id);
    const [row] = await tx
      .insert(nominations)
      .values({
        unitId: unit.id,
        screeningUnitId: screening.id,
        movementId: values.movementId ?? null,
        ...nomineeColumns(nominee, values.achievement),
        formCode: values.formCode,
        year: values.year,
        commendationKind: values.commendationKind,
        achievement: values.achievement,
        decisionDate: values.decisionDate,
        createdBy: actor.id,
      })
      .returning();
    await recordEvent(tx, actor, row!.id, "created");
    await audit(tx, actor, { action: "nomination.created", entityType: "nomination", entityId: row!.id, unit, after: row });
    return row!;
  });
}
