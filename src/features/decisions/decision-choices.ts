import type { Db } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { findVisibleUnit } from "../units/find-visible-unit";
import { decidableNominations } from "./decidable-nominations";
import { decisionPolicy } from "./policy";

/** The nominations a new decision of the unit may take, for the form that drafts one. */
export async function decisionChoices(actor: Actor, unitId: number, db: Db) {
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(decisionPolicy.draft(actor, unit), "decision.draft");
  return { unit, nominations: await decidableNominations(db, unit.id) };
}
