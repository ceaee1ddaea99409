import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { awards } from "../../db/schema";
import type { RecipientKind } from "../../domain/catalogue/entries";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { CorrectAwardInput } from "./award-input";
import { awardSearchText, checkAward } from "./award-rules";
import { findVisibleAward } from "./find-visible-award";
import { awardPolicy } from "./policy";
import { refuseDuplicate } from "./record-award";

/**
 * Corrects an award entered by hand or imported (a wrong form, number or date typed), always
 * saying why; the audit log keeps it as it was. An award decided here is changed only by a new
 * decision.
 */
export async function correctAward(actor: Actor, awardId: number, input: unknown, db: Db) {
  return db.transaction(async (tx) => {
    const { award, unitPath } = await findVisibleAward(actor, tx, awardId, { forUpdate: true });
    authorize(awardPolicy.manage(actor, { path: unitPath }), "award.manage");
    if (!awardPolicy.correct(actor, { unitPath, source: award.source })) throw ValidationError.field("_form", "errors.award_decided_fixed");
    const { reason, ...values } = parseInput(CorrectAwardInput, input);
    const catalogue = await loadCatalogue(tx, values.decisionDate, unitPath);
    const checked = checkAward(catalogue, values, award.recipientKind as RecipientKind);
    await refuseDuplicate(tx, { ...award, formCode: checked.formCode, year: values.year, decisionNumber: values.decisionNumber }, award.id);
    const [saved] = await tx
      .update(awards)
      .set({
        formCode: checked.formCode,
        year: values.year,
        periodFrom: values.periodFrom,
        periodTo: values.periodTo,
        commendationKind: checked.commendationKind,
        decidingBody: values.decidingBody,
        decisionNumber: values.decisionNumber,
        decisionDate: values.decisionDate,
        achievement: values.achievement,
        searchText: awardSearchText({ recipientName: award.recipientName, formName: checked.formName, decisionNumber: values.decisionNumber, achievement: values.achievement }),
      })
      .where(eq(awards.id, award.id))
      .returning();
    await audit(tx, actor, { action: "award.corrected", entityType: "award", entityId: award.id, unit: { id: award.unitId, path: unitPath }, before: award, after: { ...saved, reason } });
    return saved!;
  });
}
