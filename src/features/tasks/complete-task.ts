import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { tasks } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { findVisibleTask } from "./find-task";
import { taskPolicy } from "./policy";

/** Marks a task done: the responsible unit's participants, or the assigning unit's managers. */
export async function completeTask(actor: Actor, id: number, db: Db) {
  return db.transaction(async (tx) => {
    const { task, unit, responsibleUnitPath } = await findVisibleTask(actor, tx, id, { forUpdate: true });
    authorize(taskPolicy.complete(actor, { unitPath: unit.path, responsibleUnitPath }), "task.complete");
    if (task.status === "done") throw ValidationError.field("_form", "errors.task_done");
    const [done] = await tx.update(tasks).set({ status: "done", doneAt: new Date(), doneBy: actor.id }).where(eq(tasks.id, id)).returning();
    await audit(tx, actor, { action: "task.completed", entityType: "task", entityId: id, unit, before: { status: task.status }, after: { status: "done" } });
    return done!;
  });
}
