// What the tasks pages share: the links between them and a task as listed, with its due line.
import { PostButton } from "../../../web/components";
import type { View } from "../../../web/view";
import type { TaskView } from "../list-tasks";

export function TasksNav({ v, unread, canManageCalendar }: { v: View; unread: number; canManageCalendar: boolean }) {
  return (
    <p class="subnav">
      <a href="/tasks">{v.t("tasks.title")}</a> · <a href="/tasks/overdue">{v.t("tasks.overdue_link")}</a> ·{" "}
      <a href="/notifications">{v.t("tasks.unread", { count: unread })}</a> · <a href="/notifications/preferences">{v.t("reminders.preferences")}</a>
      {canManageCalendar ? (
        <>
          {" "}
          · <a href="/calendar">{v.t("calendar.title")}</a>
        </>
      ) : null}
    </p>
  );
}

/** "Hạn: ngày 20 tháng 11 năm 2024 — còn 3 ngày làm việc" */
export function DueLine({ v, task }: { v: View; task: TaskView }) {
  if (!task.dueOn) return null;
  const left = task.workingDaysLeft;
  const status =
    left === null ? null
    : task.overdue ? (left < 0 ? v.t("tasks.overdue_by", { n: -left }) : v.t("tasks.group.overdue"))
    : left > 0 ? v.t("tasks.left", { n: left })
    : v.t("tasks.due_today");
  return (
    <p class="task-due">
      {v.t("tasks.due", { date: v.date(task.dueOn) })}
      {task.dueWorkingDays && task.startsOn ? <span class="muted"> ({v.t("tasks.working_days_from", { n: task.dueWorkingDays, date: v.date(task.startsOn) })})</span> : null}
      {status ? (
        <>
          {" — "}
          <strong class={task.overdue ? "tag tag--overdue" : "tag"}>{status}</strong>
        </>
      ) : null}
    </p>
  );
}

function TaskItem({ v, task }: { v: View; task: TaskView }) {
  return (
    <li class="task" id={`task-${task.id}`}>
      <h3>{task.title}</h3>
      <dl class="summary-list">
        <dt>{v.t("tasks.responsible")}</dt>
        <dd>{task.responsibleLabel}</dd>
        <dt>{v.t("tasks.assigned_by")}</dt>
        <dd>
          {task.unitName}
          {task.planCitation && task.documentId ? (
            <>
              {" — "}
              <a href={`/documents/${task.documentId}`}>{v.t("tasks.from_plan", { plan: task.planCitation })}</a>
            </>
          ) : null}
        </dd>
      </dl>
      <DueLine v={v} task={task} />
      {task.description ? (
        <details>
          <summary>{v.t("tasks.field.description")}</summary>
          <p class="pre-line">{task.description}</p>
        </details>
      ) : null}
      {task.status === "done" && task.doneAt ? <p class="muted">{v.t("tasks.done_at", { time: v.dateTime(task.doneAt) })}</p> : null}
      {task.canComplete ? <PostButton v={v} action={`/tasks/${task.id}/done`} label={v.t("tasks.mark_done")} /> : null}
    </li>
  );
}

export function TaskList({ v, tasks }: { v: View; tasks: TaskView[] }) {
  if (tasks.length === 0) return <p class="muted">{v.t("tasks.none")}</p>;
  return (
    <ul class="list-plain">
      {tasks.map((task) => (
        <TaskItem v={v} task={task} />
      ))}
    </ul>
  );
}
