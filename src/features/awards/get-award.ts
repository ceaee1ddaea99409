import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { catalogueNames } from "./catalogue-names";
import { findVisibleAward } from "./find-visible-award";
import { revocationsOf } from "./revocations-of";
import { awardPolicy } from "./policy";

/** One award with its form and kind named as on its decision's date, and whether the actor may correct it. */
export async function getAward(actor: Actor, db: DbOrTx, id: number) {
  const { award, unitPath, unitName } = await findVisibleAward(actor, db, id);
  const names = await catalogueNames(db);
  return {
    revokedBy: (await revocationsOf(db, [award.id])).get(award.id) ?? null,
    award: { ...award, unitName, formName: names.form(award.formCode, award.decisionDate), kindName: names.kind(award.commendationKind, award.decisionDate) },
    recipientLink: recipientLink(award),
    canCorrect: awardPolicy.correct(actor, { unitPath, source: award.source }),
    forms: names.forms,
  };
}

/** The recipient's history page. */
export function recipientLink(a: { recipientKind: string; personId: number | null; householdId: number | null; collectiveId: number | null; recipientUnitId: number | null }): string {
  if (a.personId) return `/people/${a.personId}/awards`;
  if (a.householdId) return `/households/${a.householdId}/awards`;
  if (a.collectiveId) return `/collectives/${a.collectiveId}/awards`;
  return `/units/${a.recipientUnitId}/awards`;
}
