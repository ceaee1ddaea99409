import type { Holiday } from "../../domain/calendar/holidays";
import type { ReminderPreference } from "../../domain/reminders/digest";
import { Csrf, ErrorSummary, Notice, PostButton, RadioField, SelectField, TextArea, DateField, TextField } from "../../web/components";
import { Layout } from "../../web/layout";
import { DataTable } from "../../web/table";
import { emptyForm, type FormState, type View } from "../../web/view";
import type { CalendarYear } from "../calendar/manage-adjustments";
import type { listNotifications } from "../reminders/notifications";
import type { UnitChoice } from "./form-choices";
import type { TaskBoard, TaskView } from "./list-tasks";

type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

function TasksNav({ v, unread, canManageCalendar }: { v: View; unread: number; canManageCalendar: boolean }) {
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

function TaskList({ v, tasks }: { v: View; tasks: TaskView[] }) {
  if (tasks.length === 0) return <p class="muted">{v.t("tasks.none")}</p>;
  return (
    <ul class="list-plain">
      {tasks.map((task) => (
        <TaskItem v={v} task={task} />
      ))}
    </ul>
  );
}

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

export function OverduePage({ v, tasks, unread, canManageCalendar }: { v: View; tasks: TaskView[]; unread: number; canManageCalendar: boolean }) {
  return (
    <Layout v={v} title={v.t("tasks.overdue_title")}>
      <h1>{v.t("tasks.overdue_title")}</h1>
      <TasksNav v={v} unread={unread} canManageCalendar={canManageCalendar} />
      <TaskList v={v} tasks={tasks} />
    </Layout>
  );
}

const TASK_LABELS = (v: View) => ({
  unitId: v.t("tasks.field.unit"),
  title: v.t("tasks.field.title"),
  description: v.t("tasks.field.description"),
  responsibleUnitId: v.t("tasks.field.responsible"),
  responsibleLabel: v.t("tasks.field.responsible_label"),
  collaboratorUnitIds: v.t("tasks.field.collaborators"),
  dueKind: v.t("tasks.field.due_kind"),
  dueOn: v.t("tasks.field.due_on"),
  startsOn: v.t("tasks.field.starts_on"),
  workingDays: v.t("tasks.field.working_days"),
});

export function NewTaskPage({ v, form, choices, collaborators }: { v: View; form: FormState; choices: { assigning: UnitChoice[]; units: UnitChoice[] }; collaborators: Set<number> }) {
  const labels = TASK_LABELS(v);
  const unitOptions = choices.units.map((u) => ({ value: String(u.id), label: u.name }));
  return (
    <Layout v={v} title={v.t("tasks.new")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("tasks.new")}</h1>
      <form method="post" action="/tasks/new" novalidate>
        <Csrf v={v} />
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} options={choices.assigning.map((u) => ({ value: String(u.id), label: u.name }))} />
        <TextField v={v} form={form} name="title" label={labels.title} width="full" />
        <TextArea v={v} form={form} name="description" label={labels.description} rows={4} />
        <SelectField v={v} form={form} name="responsibleUnitId" label={labels.responsibleUnitId} placeholder={v.t("tasks.choose_unit")} options={unitOptions} />
        <TextField v={v} form={form} name="responsibleLabel" label={labels.responsibleLabel} width="full" />
        <fieldset class="fieldset" id="f-collaboratorUnitIds">
          <legend>{labels.collaboratorUnitIds}</legend>
          {choices.units.map((u) => (
            <div class="checkbox">
              <input type="checkbox" id={`collaborator-${u.id}`} name={`collaborator.${u.id}`} value="on" checked={collaborators.has(u.id)} />
              <label for={`collaborator-${u.id}`}>{u.name}</label>
            </div>
          ))}
        </fieldset>
        <RadioField
          v={v}
          form={form}
          name="dueKind"
          label={labels.dueKind}
          options={(["date", "working_days", "none"] as const).map((k) => ({ value: k, label: v.t(`tasks.due_kind.${k}`) }))}
        />
        <DateField v={v} form={form} name="dueOn" label={labels.dueOn} type="date" />
        <DateField v={v} form={form} name="startsOn" label={labels.startsOn} type="date" />
        <TextField v={v} form={form} name="workingDays" label={labels.workingDays} width="short" />
        <button class="button" type="submit">{v.t("tasks.new")}</button>
      </form>
    </Layout>
  );
}

export function NotificationsPage({ v, list, notice }: { v: View; list: NotificationRow[]; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("reminders.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("reminders.title")}</h1>
      <p class="subnav">
        <a href="/tasks">{v.t("tasks.title")}</a> · <a href="/notifications/preferences">{v.t("reminders.preferences")}</a>
      </p>
      {list.length === 0 ? <p>{v.t("reminders.none")}</p> : null}
      <ul class="list-plain">
        {list.map((n) => (
          <li class={n.readAt ? "notification notification--read" : "notification"}>
            <h2>{n.title}</h2>
            <p class="muted">{v.dateTime(n.createdAt)}</p>
            <p class="pre-line">{n.body}</p>
            {n.link ? (
              <p>
                <a href={n.link}>{v.t(n.link === "/tasks" ? "tasks.title" : "reminders.open_link")}</a>
              </p>
            ) : null}
            {n.readAt ? <p class="muted">{v.t("reminders.read")}</p> : <PostButton v={v} action={`/notifications/${n.id}/read`} label={v.t("reminders.mark_read")} secondary />}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function PreferencesPage({ v, form, notice }: { v: View; form: FormState; notice?: string | undefined }) {
  const labels = { frequency: v.t("reminders.field.frequency"), email: v.t("reminders.channel.email") };
  return (
    <Layout v={v} title={v.t("reminders.preferences")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("reminders.preferences")}</h1>
      <p>{v.t("reminders.preferences_intro")}</p>
      <form method="post" action="/notifications/preferences" novalidate>
        <Csrf v={v} />
        <RadioField v={v} form={form} name="frequency" label={labels.frequency} options={(["daily", "weekly", "off"] as const).map((f) => ({ value: f, label: v.t(`reminders.frequency.${f}`) }))} />
        <fieldset class="fieldset">
          <legend>{v.t("reminders.field.channels")}</legend>
          <div class="checkbox">
            <input type="checkbox" id="f-email" name="email" value="on" checked={form.values.email === "on"} />
            <label for="f-email">{v.t("reminders.channel.email")}</label>
          </div>
          <div class="checkbox">
            <input type="checkbox" id="f-inApp" name="inApp" value="on" checked={form.values.inApp === "on"} />
            <label for="f-inApp">{v.t("reminders.channel.in_app")}</label>
          </div>
        </fieldset>
        <button class="button" type="submit">{v.t("reminders.save")}</button>
      </form>
    </Layout>
  );
}

export const preferenceForm = (p: ReminderPreference): FormState => emptyForm({ frequency: p.frequency, email: p.email ? "on" : "", inApp: p.inApp ? "on" : "" });

function kindLabel(v: View, day: Holiday): string {
  return v.t(`calendar.kind.${day.kind}` as "calendar.kind.holiday");
}

export function CalendarPage({ v, data, form, notice }: { v: View; data: CalendarYear; form: FormState; notice?: string | undefined }) {
  const labels = { date: v.t("calendar.field.date"), kind: v.t("calendar.field.kind"), name: v.t("calendar.field.name"), source: v.t("calendar.field.source") };
  const name = (d: Holiday) => (v.lang === "vi" ? d.name : d.nameEn);
  return (
    <Layout v={v} title={v.t("calendar.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("calendar.title")}</h1>
      <form method="get" action="/calendar" class="search-row">
        <TextField v={v} form={emptyForm({ year: String(data.year) })} name="year" label={v.t("calendar.year")} width="short" />
        <button class="button button--secondary" type="submit">{v.t("tasks.show")}</button>
      </form>
      <h2>{v.t("calendar.days_off", { year: data.year })}</h2>
      <DataTable
        rows={data.days}
        columns={[
          { header: v.t("calendar.column.date"), cell: (d) => v.date(d.date) },
          { header: v.t("calendar.column.kind"), cell: (d) => kindLabel(v, d) },
          { header: v.t("calendar.column.name"), cell: (d) => name(d) },
        ]}
      />
      <h2>{v.t("calendar.adjustments")}</h2>
      <DataTable
        rows={data.adjustments}
        empty={v.t("calendar.no_adjustments")}
        columns={[
          { header: v.t("calendar.column.date"), cell: (a) => v.date(a.date) },
          { header: v.t("calendar.column.kind"), cell: (a) => v.t(a.kind === "working_day" ? "calendar.kind.working_day" : "calendar.kind.day_off") },
          { header: v.t("calendar.column.name"), cell: (a) => (v.lang === "en" && a.nameEn ? a.nameEn : a.name) },
          { header: v.t("calendar.column.source"), cell: (a) => a.source },
          {
            header: <span class="visually-hidden">{v.t("calendar.remove")}</span>,
            cell: (a) => <PostButton v={v} action={`/calendar/adjustments/${a.date}/delete`} label={v.t("calendar.remove")} secondary />,
          },
        ]}
      />
      <h2>{v.t("calendar.add")}</h2>
      <form method="post" action="/calendar/adjustments" novalidate>
        <Csrf v={v} />
        <DateField v={v} form={form} name="date" label={labels.date} type="date" />
        <RadioField v={v} form={form} name="kind" label={labels.kind} options={(["day_off", "working_day"] as const).map((k) => ({ value: k, label: v.t(`calendar.kind.${k}`) }))} />
        <TextField v={v} form={form} name="name" label={labels.name} width="full" />
        <TextField v={v} form={form} name="source" label={labels.source} hint={v.t("calendar.source_hint")} width="full" />
        <button class="button" type="submit">{v.t("calendar.add")}</button>
      </form>
    </Layout>
  );
}
