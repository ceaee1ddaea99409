import { taskPolicy } from "./policy";
// Pages of the tasks area: the task board and overdue list, assigning a task, marking one
// done; the person's notifications and reminder settings; the working-day calendar data.
import { Hono } from "hono";
import { parseDate } from "../../domain/text/dates";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf } from "../../web/workflow";
import { addAdjustment, calendarOfYear, removeAdjustment } from "../calendar/manage-adjustments";
import { listNotifications, markNotificationRead, unreadCount } from "../reminders/notifications";
import { getPreferences, setPreferences } from "../reminders/preferences";
// Defines the reminder jobs, so that every job worker of the app runs them.
import "../reminders/scheduler";
import { completeTask } from "./complete-task";
import { createTask } from "./create-task";
import { boardUnits, taskFormChoices } from "./form-choices";
import { overdueTasks, taskBoard } from "./list-tasks";
import { TaskBoardPage } from "./pages/board";
import { CalendarPage } from "./pages/calendar";
import { NewTaskPage } from "./pages/new-task";
import { NotificationsPage } from "./pages/notifications";
import { OverduePage } from "./pages/overdue";
import { PreferencesPage, preferenceForm } from "./pages/preferences";
import { calendarPolicy } from "../calendar/policy";

export const tasksRoutes = new Hono<AppEnv>();
for (const path of ["/tasks", "/tasks/*", "/notifications", "/notifications/*", "/calendar", "/calendar/*"]) tasksRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;

const TASK_NOTICES = { done: "tasks.completed", created: "tasks.created" } as const;

tasksRoutes.get("/tasks", async (c) => {
  const actor = actorOf(c);
  const board = await taskBoard(actor, db(c), c.req.query());
  const units = await boardUnits(actor, db(c));
  const unread = await unreadCount(actor, db(c));
  return c.html(
    <TaskBoardPage
      v={viewOf(c)}
      board={board}
      units={units}
      unread={unread}
      canAssign={taskPolicy.assignSomewhere(actor)}
      canManageCalendar={calendarPolicy.manage(actor)}
      notice={noticeOf(c, TASK_NOTICES)}
    />,
  );
});

tasksRoutes.get("/tasks/overdue", async (c) => {
  const actor = actorOf(c);
  const tasks = await overdueTasks(actor, db(c), c.req.query());
  return c.html(<OverduePage v={viewOf(c)} tasks={tasks} unread={await unreadCount(actor, db(c))} canManageCalendar={calendarPolicy.manage(actor)} />);
});

/** The collaborator checkboxes ("collaborator.<id>") as a list of ids. */
function taskInputOf(values: Record<string, string>) {
  const collaboratorUnitIds = Object.keys(values).flatMap((k) => (/^collaborator\.\d+$/.test(k) && values[k] === "on" ? [Number(k.slice(13))] : []));
  return { ...values, collaboratorUnitIds };
}

async function showNewTask(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const choices = await taskFormChoices(actorOf(c), db(c));
  const collaborators = new Set(taskInputOf(form.values).collaboratorUnitIds);
  return c.html(<NewTaskPage v={viewOf(c)} form={form} choices={choices} collaborators={collaborators} />, status);
}

tasksRoutes.get("/tasks/new", (c) => showNewTask(c, emptyForm({ dueKind: "date" })));

tasksRoutes.post("/tasks/new", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => createTask(actorOf(c), taskInputOf(values), db(c)),
    (form) => showNewTask(c, form, 422),
    () => c.redirect("/tasks?created=1", 303),
  );
});

tasksRoutes.post("/tasks/:id/done", async (c) => {
  await completeTask(actorOf(c), idFrom(c.req.param("id"), "task"), db(c));
  return c.redirect("/tasks?done=1", 303);
});

// ---- notifications and reminder settings (one's own)

tasksRoutes.get("/notifications", async (c) => {
  const list = await listNotifications(actorOf(c), db(c));
  return c.html(<NotificationsPage v={viewOf(c)} list={list} />);
});

tasksRoutes.post("/notifications/:id/read", async (c) => {
  await markNotificationRead(actorOf(c), idFrom(c.req.param("id"), "notification"), db(c));
  return c.redirect("/notifications", 303);
});

tasksRoutes.get("/notifications/preferences", async (c) => {
  const prefs = await getPreferences(actorOf(c), db(c));
  return c.html(<PreferencesPage v={viewOf(c)} form={preferenceForm(prefs)} notice={noticeOf(c, { saved: "reminders.saved" })} />);
});

tasksRoutes.post("/notifications/preferences", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => setPreferences(actorOf(c), values, db(c)),
    (form) => c.html(<PreferencesPage v={viewOf(c)} form={form} />, 422),
    () => c.redirect("/notifications/preferences?saved=1", 303),
  );
});

// ---- the calendar's data (calendar.manage)

async function showCalendar(c: Ctx, form: FormState, status: 200 | 422 = 200, year?: string) {
  const data = await calendarOfYear(actorOf(c), db(c), { year: year ?? c.req.query("year") });
  const notice = noticeOf(c, { added: "calendar.added", removed: "calendar.removed" });
  return c.html(<CalendarPage v={viewOf(c)} data={data} form={form} notice={notice} />, status);
}

tasksRoutes.get("/calendar", (c) => showCalendar(c, emptyForm({ kind: "day_off" })));

tasksRoutes.post("/calendar/adjustments", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => addAdjustment(actorOf(c), values, db(c)),
    (form) => showCalendar(c, form, 422, parseDate(values.date ?? "")?.slice(0, 4)),
    (row) => c.redirect(`/calendar?year=${row.date.slice(0, 4)}&added=1`, 303),
  );
});

tasksRoutes.post("/calendar/adjustments/:date/delete", async (c) => {
  const row = await removeAdjustment(actorOf(c), c.req.param("date"), db(c));
  return c.redirect(`/calendar?year=${row.date.slice(0, 4)}&removed=1`, 303);
});
