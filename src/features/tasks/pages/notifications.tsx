// One's notifications, newest first; each can be marked read.
import { Notice, PostButton } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { View } from "../../../web/view";
import type { listNotifications } from "../../reminders/notifications";

type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

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
