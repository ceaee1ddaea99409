import type { Tx } from "../../db/client";
import { eq } from "drizzle-orm";
import { tasks, units } from "../../db/schema";
import type { PlanContent } from "../../domain/plans/plan-content";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { checkAssignedUnits } from "../documents/save-plan";

/** Plan markup read as plain text: the emphasis marks go, the lines and bullets stay. */
export function markupAsText(markup: string): string {
  return markup
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/\*(.+?)\*/g, "$1")
    .trim();
}

/**
 * Called by issueDocument inside its transaction: each assignment of the plan's
 * III. Tổ chức thực hiện becomes a Task of the issuing unit, so an issued plan is followed
 * up without retyping it. Responsible: the assignment's unit when it names one, else the
 * party as printed; due: the assignment's date. Once per assignment (unique index).
 */
export async function createTasksFromPlan(
  tx: Tx,
  actor: Actor,
  issued: { id: number; unitId: number; typeCode: string; summary: string; content: unknown; numberSymbol: string | null },
): Promise<number> {
  if (issued.typeCode !== "KH") return 0;
  const assignments = (issued.content as Partial<PlanContent>).assignments ?? [];
  // Checked again in the issuing transaction: a draft saved before this rule, or a unit moved since.
  const [issuingUnit] = await tx.select({ path: units.path }).from(units).where(eq(units.id, issued.unitId));
  await checkAssignedUnits(tx, issuingUnit!.path, assignments);
  const rows = assignments
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.party?.trim())
    .map(({ a, index }) => ({
      unitId: issued.unitId,
      documentId: issued.id,
      assignmentIndex: index,
      responsibleUnitId: a.unitId ?? null,
      responsibleLabel: a.party.trim(),
      title: `${a.party.trim()}: ${issued.summary}`.slice(0, 500),
      description: markupAsText(a.duties ?? ""),
      dueOn: a.dueDate || null,
      createdBy: actor.id,
    }));
  if (rows.length === 0) return 0;
  const created = await tx.insert(tasks).values(rows).onConflictDoNothing().returning({ id: tasks.id });
  await audit(tx, actor, {
    action: "task.created_from_plan",
    entityType: "document",
    entityId: issued.id,
    after: { numberSymbol: issued.numberSymbol, tasks: created.map((t) => t.id) },
  });
  return created.length;
}
