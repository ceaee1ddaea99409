import type { Db } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { findVisibleUnit } from "../units/find-visible-unit";
import { decidableNominations } from "./decidable-nominations";
import { decisionPolicy } from "./policy";
import { revocableAwards } from "./revocable-awards";

/** The nominations a new decision of the unit may take, for the form that drafts one. */
export async function decisionChoices(actor: Actor, unitId: number, db: Db) {
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(decisionPolicy.draft(actor, unit), "decision.draft");
  return { unit, nominations: await decidableNominations(db, unit.id) };
}

/** The awards of one issued decision that a revocation may still annul, for the form that drafts one. */
export async function revocationChoices(actor: Actor, unitId: number, decisionId: number, db: Db) {
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(decisionPolicy.draft(actor, unit), "decision.draft");
  return { unit, awards: await revocableAwards(db, unit.id, { decisionId }) };
}
