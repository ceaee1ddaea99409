import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { tasks, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { taskPolicy } from "./policy";

export type TaskRow = typeof tasks.$inferSelect;
export type FoundTask = { task: TaskRow; unit: typeof units.$inferSelect; responsibleUnitPath: string | null };

const responsible = alias(units, "responsible_unit");

/** The task if the actor may see it; otherwise NotFound, as if it did not exist. */
export async function findVisibleTask(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}): Promise<FoundTask> {
  const query = db
    .select({ task: tasks, unit: units, responsibleUnitPath: responsible.path })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .leftJoin(responsible, eq(responsible.id, tasks.responsibleUnitId))
    .where(eq(tasks.id, id));
  const [found] = opts.forUpdate ? await query.for("update", { of: tasks }) : await query;
  if (!found || !taskPolicy.view(actor, { unitPath: found.unit.path, responsibleUnitPath: found.responsibleUnitPath })) throw new NotFound("task");
  return found;
}
