// Shared by creating and saving a plan: the directives it cites (which the writer must
// see), the units its assignments name (its own sub-units) and its Nơi nhận list (any unit
// in the system), written beside the document.
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { directives, documentBases, documentRecipients, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { ValidationError } from "../../platform/errors";
import { taskPolicy } from "../tasks/policy";
import { basisFromCitations } from "../../domain/documents/citation";
import type { PlanContent } from "../../domain/plans/plan-content";
import { planContentOf, type PlanFieldsValues } from "./document-input";
import { PLAN_TEMPLATE } from "./plan-template";

/**
 * The units a plan's III. assignments name become responsible for tasks when it is issued:
 * only the issuing unit and its sub-units may be named (a plan directs its own parties).
 */
export async function checkAssignedUnits(tx: Tx, issuingUnitPath: string, assignments: readonly { unitId?: number | null }[]) {
  const ids = [...new Set(assignments.flatMap((a) => (a.unitId ? [a.unitId] : [])))];
  if (ids.length === 0) return;
  const found = await tx.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, ids));
  const directed = new Set(found.filter((u) => taskPolicy.directs({ path: issuingUnitPath }, u)).map((u) => u.id));
  const wrong = assignments.findIndex((a) => a.unitId && !directed.has(a.unitId));
  if (wrong >= 0) throw ValidationError.field(`assignments.${wrong}.unitId`, "errors.assignment_unit_not_directed");
}

/** The directives a plan cites, in the order given; each must be one the plan's unit may cite. */
export async function citedDirectives(tx: Tx, unitPath: string, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const found = await tx
    .select({ id: directives.id, kind: directives.kind, numberSymbol: directives.numberSymbol, issuedOn: directives.issuedOn, issuer: directives.issuer, summary: directives.summary, path: units.path })
    .from(directives)
    .innerJoin(units, eq(units.id, directives.unitId))
    .where(inArray(directives.id, [...ids]));
  const visible = new Map(found.filter((d) => unitPath.startsWith(d.path) || d.path.startsWith(unitPath)).map((d) => [d.id, d]));
  const unknown = ids.findIndex((id) => !visible.has(id));
  if (unknown >= 0) throw ValidationError.field(`directiveIds.${unknown}`, "errors.directive_unknown");
  return [...new Set(ids)].map((id) => visible.get(id)!);
}

/**
 * The plan's content as saved: a basis left blank (or still the template's blanks) is
 * written from the documents the plan cites ("Thực hiện Công văn số … ngày … của … về việc …"),
 * so that the files cite them exactly as the pages do; the writer may reword it.
 */
export async function contentWithBasis(tx: Tx, unitPath: string, values: PlanFieldsValues): Promise<PlanContent> {
  const content = planContentOf(values);
  const cited = await citedDirectives(tx, unitPath, values.directiveIds);
  if (cited.length === 0 || (content.basis.trim() !== "" && content.basis.trim() !== PLAN_TEMPLATE.basis)) return content;
  return { ...content, basis: basisFromCitations(cited) };
}

export async function writeBasesAndRecipients(actor: Actor, tx: Tx, documentId: number, unitPath: string, values: PlanFieldsValues) {
  await citedDirectives(tx, unitPath, values.directiveIds);
  await checkAssignedUnits(tx, unitPath, values.assignments);
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
