// `thidua tasks overdue`: the operator's view of the tasks past their deadline (system actor).
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { formatDate } from "../../domain/text/dates";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { overdueTasks } from "./list-tasks";

export class TaskCliError extends Error {}

/** Open tasks past their deadline (all units, or those assigned by or to one unit): JSON or one line each. */
export async function overdueTasksCommand(db: Db, opts: { unit?: string | undefined; json: boolean }): Promise<string> {
  const unit = opts.unit ? (await unitByCode(db, opts.unit)).id : undefined;
  const rows = await overdueTasks(Actor.system(), db, unit ? { unit: String(unit) } : {});
  if (opts.json) {
    return JSON.stringify(
      rows.map((t) => ({ id: t.id, title: t.title, responsible: t.responsibleLabel, assignedBy: t.unitName, dueOn: t.dueOn, workingDaysOverdue: -(t.workingDaysLeft ?? 0) })),
      null,
      2,
    );
  }
  if (rows.length === 0) return "Không có nhiệm vụ quá hạn.";
  return rows.map((t) => `#${t.id}  ${t.title}${t.title.startsWith(t.responsibleLabel) ? "" : ` (${t.responsibleLabel})`} — hạn ${formatDate(t.dueOn!)}, quá hạn ${-(t.workingDaysLeft ?? 0)} ngày làm việc`).join("\n");
}

export const tasksCommand = defineCommand({
  name: "tasks",
  help: [{ usage: "tasks overdue [--unit CODE] [--json]", vi: "Nhiệm vụ quá hạn (tính theo ngày làm việc)", en: "Overdue tasks, counted in working days" }],
  options: { unit: { type: "string" }, json: { type: "boolean" } },
  async run({ args: [sub], opts, withRuntime }) {
    if (sub === "overdue") {
      return withRuntime(async ({ deps }) => {
        console.log(await overdueTasksCommand(deps.database.db, { unit: opts.unit, json: !!opts.json }));
        return 0;
      });
    }
    throw new UsageError("tasks overdue [--unit CODE] [--json]");
  },
});
