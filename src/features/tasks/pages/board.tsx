// The task board: the tasks of the actor's units by how soon they are due, and the done ones.
import { Notice, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { emptyForm, type View } from "../../../web/view";
import type { UnitChoice } from "../form-choices";
import type { TaskBoard } from "../list-tasks";
import { TaskList, TasksNav } from "./parts";

export function TaskBoardPage(props: { v: View; board: TaskBoard; units: UnitChoice[]; canAssign: boolean; canManageCalendar: boolean; unread: number; notice?: string | undefined }) {
  const { v, board, units, canAssign } = props;
  const groups = ["overdue", "soon", "later", "no_date"] as const;
  return (
    <Layout v={v} title={v.t("tasks.title")}>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <h1>{v.t("tasks.title")}</h1>
      <TasksNav v={v} unread={props.unread} canManageCalendar={props.canManageCalendar} />
      {canAssign ? (
        <p>
          <a class="button" href="/tasks/new">{v.t("tasks.new")}</a>
        </p>
      ) : null}
      {units.length > 1 ? (
        <form method="get" action="/tasks" class="search-row">
          <SelectField v={v} form={emptyForm({ unit: board.unitId ? String(board.unitId) : "" })} name="unit" label={v.t("tasks.unit_filter")} placeholder={v.t("tasks.all_units")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
          <button class="button button--secondary" type="submit">{v.t("tasks.show")}</button>
        </form>
      ) : null}
      {groups.map((g) => (
        <section aria-labelledby={`group-${g}`}>
          <h2 id={`group-${g}`}>
            {v.t(`tasks.group.${g}`)} ({board.groups[g].length})
          </h2>
          <TaskList v={v} tasks={board.groups[g]} />
        </section>
      ))}
      <details>
        <summary>{v.t("tasks.done_list", { count: board.done.length })}</summary>
        <TaskList v={v} tasks={board.done} />
      </details>
    </Layout>
  );
}
