import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documentBases, documentRecipients } from "../../db/schema";
import { citeDocument } from "../../domain/documents/citation";
import { citedIssuer } from "../../domain/documents/issuing-body";
import type { PlanContent } from "../../domain/plans/plan-content";
import type { Actor } from "../../platform/actor";
import { createPlan } from "./create-plan";
import { ValidationError } from "../../platform/errors";
import { findVisibleDocument } from "./find-document";
import { policyUnit } from "./policy-unit";

/**
 * A new draft that starts from an earlier plan (last year's, or another unit's): its
 * content, basis and Nơi nhận, never its number, date or signature. With `corrects`,
 * the draft replaces an issued plan, which itself never changes.
 */
export async function copyPlan(actor: Actor, db: Db, sourceId: number, opts: { corrects?: boolean } = {}) {
  const { doc, unit } = await findVisibleDocument(actor, db, sourceId);
  let content = doc.content as PlanContent;
  if (opts.corrects) {
    if (doc.status !== "issued") throw ValidationError.field("_form", "errors.correct_only_issued");
    // The replacing plan says so in its basis; the writer may reword it.
    const replaced = citeDocument({ kind: doc.typeCode, numberSymbol: doc.numberSymbol, issuedOn: doc.issuedOn, issuer: citedIssuer(policyUnit(unit)) });
    content = { ...content, basis: `${content.basis}\n\nKế hoạch này thay thế ${replaced}.`.trim() };
  }
  const bases = await db.select({ id: documentBases.directiveId }).from(documentBases).where(eq(documentBases.documentId, doc.id));
  const recipients = await db.select({ label: documentRecipients.label, unitId: documentRecipients.unitId }).from(documentRecipients).where(eq(documentRecipients.documentId, doc.id)).orderBy(documentRecipients.position);
  return createPlan(actor, { ...content, unitId: unit.id, copiedFromId: doc.id, correctsId: opts.corrects ? doc.id : null, directiveIds: bases.map((b) => b.id), recipients }, db);
}
