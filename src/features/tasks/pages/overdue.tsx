// The tasks past their due date.
import { Layout } from "../../../web/layout";
import type { View } from "../../../web/view";
import type { TaskView } from "../list-tasks";
import { TaskList, TasksNav } from "./parts";

export function OverduePage({ v, tasks, unread, canManageCalendar }: { v: View; tasks: TaskView[]; unread: number; canManageCalendar: boolean }) {
  return (
    <Layout v={v} title={v.t("tasks.overdue_title")}>
      <h1>{v.t("tasks.overdue_title")}</h1>
      <TasksNav v={v} unread={unread} canManageCalendar={canManageCalendar} />
      <TaskList v={v} tasks={tasks} />
    </Layout>
  );
}
