// Shared by creating and saving a plan: the directives it cites (which the writer must
// see) and its Nơi nhận list (any unit in the system), written beside the document.
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { directives, documentBases, documentRecipients, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { ValidationError } from "../../platform/errors";
import type { PlanFieldsValues } from "./document-input";

export async function writeBasesAndRecipients(actor: Actor, tx: Tx, documentId: number, unitPath: string, values: PlanFieldsValues) {
  if (values.directiveIds.length > 0) {
    const found = await tx.select({ id: directives.id, path: units.path }).from(directives).innerJoin(units, eq(units.id, directives.unitId)).where(inArray(directives.id, values.directiveIds));
    const visible = new Set(found.filter((d) => unitPath.startsWith(d.path) || d.path.startsWith(unitPath)).map((d) => d.id));
    const unknown = values.directiveIds.findIndex((id) => !visible.has(id));
    if (unknown >= 0) throw ValidationError.field(`directiveIds.${unknown}`, "errors.directive_unknown");
  }
  const unitIds = values.recipients.flatMap((r) => (r.unitId ? [r.unitId] : []));
  if (unitIds.length > 0) {
    // Any unit may be addressed, above the writer's included (reports go to the level above).
    const found = await tx.select({ id: units.id }).from(units).where(inArray(units.id, unitIds));
    const known = new Set(found.map((u) => u.id));
    const unknown = values.recipients.findIndex((r) => r.unitId && !known.has(r.unitId));
    if (unknown >= 0) throw ValidationError.field(`recipients.${unknown}.unitId`, "errors.unit_unknown");
  }
  await tx.delete(documentBases).where(eq(documentBases.documentId, documentId));
  await tx.delete(documentRecipients).where(eq(documentRecipients.documentId, documentId));
  if (values.directiveIds.length > 0) {
    await tx.insert(documentBases).values([...new Set(values.directiveIds)].map((directiveId, position) => ({ documentId, directiveId, position })));
  }
  if (values.recipients.length > 0) {
    await tx.insert(documentRecipients).values(values.recipients.map((r, position) => ({ documentId, position, label: r.label, unitId: r.unitId })));
  }
}
