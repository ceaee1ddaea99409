import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { loadAdjustments } from "../calendar/adjustments";
import { addAdjustment, AddAdjustmentInput, calendarOfYear, CalendarYearInput, removeAdjustment } from "../calendar/manage-adjustments";
import { listNotifications, markNotificationRead } from "../reminders/notifications";
import { getPreferences, PreferencesInput, setPreferences } from "../reminders/preferences";
import { completeTask } from "./complete-task";
import { createTask } from "./create-task";
import { overdueTasks, taskBoard } from "./list-tasks";
import { calendarPolicy } from "../calendar/policy";
import { authorize } from "../../platform/errors";
import { CreateTaskInput, TaskListInput } from "./task-input";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;

export const tasksEndpoints: Endpoint[] = [
  {
    method: "get", path: "/tasks", summary: "The task board: open tasks by deadline (overdue, within 7 days, later, no date) and the last done, of the caller's units or one unit", tag: "tasks", query: TaskListInput,
    handle: ({ actor, c, query }) => taskBoard(actor, db(c), query),
  },
  { method: "get", path: "/tasks/overdue", summary: "Open tasks past their deadline, the longest overdue first", tag: "tasks", query: TaskListInput, handle: ({ actor, c, query }) => overdueTasks(actor, db(c), query) },
  {
    method: "post", path: "/tasks", summary: "Assign a task: a responsible unit (or its name), collaborators, and a due date or N working days from a start date", tag: "tasks", body: CreateTaskInput, status: 201,
    handle: ({ actor, c, body }) => createTask(actor, body, db(c)),
  },
  { method: "post", path: "/tasks/:id/done", summary: "Mark a task done (the responsible unit, or the assigning unit's managers)", tag: "tasks", handle: ({ actor, c, params }) => completeTask(actor, idFrom(params.id, "task"), db(c)) },
  { method: "get", path: "/notifications", summary: "The caller's notifications (reminder digests), newest first", tag: "tasks", handle: ({ actor, c }) => listNotifications(actor, db(c)) },
  {
    method: "post", path: "/notifications/:id/read", summary: "Mark one of the caller's notifications read", tag: "tasks",
    handle: ({ actor, c, params }) => markNotificationRead(actor, idFrom(params.id, "notification"), db(c)),
  },
  { method: "get", path: "/reminder-preferences", summary: "The caller's reminder settings: frequency (daily, weekly on Mondays, off) and channels", tag: "tasks", handle: ({ actor, c }) => getPreferences(actor, db(c)) },
  { method: "post", path: "/reminder-preferences", summary: "Set the caller's reminder settings", tag: "tasks", body: PreferencesInput, handle: ({ actor, c, body }) => setPreferences(actor, body, db(c)) },
  {
    method: "get", path: "/calendar/adjustments", summary: "The Government's adjustments to days off, as the deadlines use them", tag: "tasks",
    handle: async ({ actor, c }) => {
      authorize(calendarPolicy.manage(actor), "calendar.manage");
      return loadAdjustments(db(c));
    },
  },
  { method: "get", path: "/calendar", summary: "A year's days off with the adjustments in force", tag: "tasks", query: CalendarYearInput, handle: ({ actor, c, query }) => calendarOfYear(actor, db(c), query) },
  { method: "post", path: "/calendar/adjustments", summary: "Add an adjustment (a weekday off or a make-up working day), with its source", tag: "tasks", body: AddAdjustmentInput, status: 201, handle: ({ actor, c, body }) => addAdjustment(actor, body, db(c)) },
  {
    method: "delete", path: "/calendar/adjustments/:date", summary: "Remove the adjustment of a date (YYYY-MM-DD)", tag: "tasks",
    handle: ({ actor, c, params }) => removeAdjustment(actor, params.date ?? "", db(c)),
  },
];
