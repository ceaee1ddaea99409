import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documentEvents, documents, documentVersions, units } from "../../db/schema";
import { issuingBodyOf } from "../../domain/documents/issuing-body";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { CreatePlanInput, type HeaderSettings } from "./document-input";
import { policyUnit } from "./policy-unit";
import { documentPolicy } from "./policy";
import { contentWithBasis, writeBasesAndRecipients } from "./save-plan";

/** Starts a plan as a draft (version 1) of the unit, with the unit's header on paper. */
export async function createPlan(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CreatePlanInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(documentPolicy.draft(actor, unit), "document.draft");
    const [parent] = unit.parentId ? await tx.select().from(units).where(eq(units.id, unit.parentId)) : [];
    const body = issuingBodyOf(policyUnit(unit), parent ? policyUnit(parent) : null);
    const header: HeaderSettings = {
      parentBody: body.parentBody,
      issuingBody: body.issuingBody,
      issuerCode: body.issuerCode,
      place: body.place,
      archiveLine: "Lưu: VT",
      ...values.header,
      collectiveBody: body.collectiveBody,
      headTitle: body.headTitle,
    };
    const content = await contentWithBasis(tx, unit.path, values);
    const [doc] = await tx
      .insert(documents)
      .values({ unitId: unit.id, typeCode: "KH", summary: content.summary, content, header, createdBy: actor.id, copiedFromId: values.copiedFromId, correctsId: values.correctsId })
      .returning();
    await tx.insert(documentVersions).values({ documentId: doc!.id, version: 1, summary: content.summary, content, header, createdBy: actor.id });
    await writeBasesAndRecipients(actor, tx, doc!.id, unit.path, values);
    await tx.insert(documentEvents).values({ documentId: doc!.id, action: "created", version: 1, actorId: actor.id, actorName: actor.user?.fullName ?? actor.label });
    await audit(tx, actor, { action: "document.created", entityType: "document", entityId: doc!.id, unit, after: { summary: content.summary, typeCode: "KH" } });
    return doc!;
  });
}
