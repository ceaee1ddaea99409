import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { tasks, units } from "../../db/schema";
import { dueAfterWorkingDays } from "../../domain/tasks/deadlines";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCalendar } from "../calendar/adjustments";
import { findVisibleUnit } from "../units/find-visible-unit";
import { unitPolicy } from "../units/policy";
import { taskPolicy } from "./policy";
import { CreateTaskInput } from "./task-input";

/**
 * Assigns a task by hand: the assigning unit's movement managers give it to a unit (or a
 * party outside the system, by name), with collaborating units and a deadline given as a
 * date or as N working days from a start date, counted on the calendar in the database.
 */
export async function createTask(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CreateTaskInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(taskPolicy.assign(actor, unit), "task.assign");

    let responsibleLabel = values.responsibleLabel ?? "";
    if (values.responsibleUnitId) {
      const responsible = await findVisibleUnit(actor, tx, values.responsibleUnitId).catch((err) => {
        throw err instanceof NotFound ? ValidationError.field("responsibleUnitId", "errors.task_unit_unknown") : err;
      });
      if (!taskPolicy.directs(unit, responsible)) throw ValidationError.field("responsibleUnitId", "errors.task_unit_not_directed", { unit: unit.name });
      responsibleLabel ||= responsible.name;
    } else if (!responsibleLabel) {
      throw ValidationError.field("responsibleUnitId", "errors.task_responsible_required");
    }
    const collaboratorIds = [...new Set(values.collaboratorUnitIds)];
    if (collaboratorIds.length) {
      const found = await tx.select().from(units).where(inArray(units.id, collaboratorIds));
      if (found.length !== collaboratorIds.length || !found.every((u) => unitPolicy.view(actor, u) && taskPolicy.directs(unit, u))) {
        throw ValidationError.field("collaboratorUnitIds", "errors.task_unit_unknown");
      }
    }

    let dueOn: string | null = null;
    if (values.dueKind === "date") {
      if (!values.dueOn) throw ValidationError.field("dueOn", "errors.date_required");
      dueOn = values.dueOn;
    } else if (values.dueKind === "working_days") {
      if (!values.startsOn) throw ValidationError.field("startsOn", "errors.date_required");
      if (!values.workingDays) throw ValidationError.field("workingDays", "errors.task_working_days");
      try {
        dueOn = dueAfterWorkingDays(values.startsOn, values.workingDays, await loadCalendar(tx));
      } catch {
        throw ValidationError.field("workingDays", "errors.task_working_days");
      }
    }

    const [task] = await tx
      .insert(tasks)
      .values({
        unitId: unit.id,
        responsibleUnitId: values.responsibleUnitId ?? null,
        responsibleLabel,
        collaboratorUnitIds: collaboratorIds,
        title: values.title,
        description: values.description ?? "",
        dueOn,
        dueWorkingDays: values.dueKind === "working_days" ? values.workingDays! : null,
        startsOn: values.dueKind === "working_days" ? values.startsOn! : null,
        createdBy: actor.id,
      })
      .returning();
    await audit(tx, actor, { action: "task.created", entityType: "task", entityId: task!.id, unit, after: task });
    return task!;
  });
}
