import type { Db } from "../../db/client";
import { documentEvents, documents, documentVersions } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { CreatePlanInput } from "./document-input";
import { unitHeader } from "./unit-header";
import { documentPolicy } from "./policy";
import { contentWithBasis, writeBasesAndRecipients } from "./save-plan";

/** Starts a plan as a draft (version 1) of the unit, with the unit's header on paper. */
export async function createPlan(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CreatePlanInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(documentPolicy.draft(actor, unit), "document.draft");
    const header = await unitHeader(tx, unit, values.header);
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
