// The accounts of the actor's units, and the invitations not yet accepted.
import { Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";

export interface UsersPageData {
  users: { id: number; fullName: string; email: string; roles: { role: string; unitName: string }[] }[];
  pending: { id: number; email: string; fullName: string; role: string; unitName: string; expiresAt: Date }[];
  canInvite: boolean;
  notice?: { text: string; link?: string | undefined } | undefined;
}

export function UsersPage({ v, data }: { v: View; data: UsersPageData }) {
  return (
    <Layout v={v} title={v.t("users.title")}>
      {data.notice ? (
        <Notice>
          <p>{data.notice.text}</p>
          {data.notice.link ? (
            <p>
              {v.t("users.invite_link")} <code class="token">{data.notice.link}</code>
            </p>
          ) : null}
        </Notice>
      ) : null}
      <h1>{v.t("users.title")}</h1>
      {data.canInvite ? (
        <p>
          <a class="button" href="/users/invite">
            {v.t("users.invite")}
          </a>
        </p>
      ) : null}
      <DataTable
        rows={data.users}
        empty={v.t("users.none")}
        columns={[
          { header: v.t("users.col_name"), cell: (u) => <a href={`/users/${u.id}`}>{u.fullName}</a> },
          { header: v.t("users.col_email"), cell: (u) => u.email },
          { header: v.t("users.col_roles"), cell: (u) => u.roles.map((r) => v.t("home.role_at", { role: v.t(`role.${r.role}`), unit: r.unitName })).join("; ") },
        ]}
      />
      {data.pending.length > 0 ? (
        <>
          <h2>{v.t("users.pending_invitations")}</h2>
          <ul>
            {data.pending.map((p) => (
              <li>
                {p.fullName} &lt;{p.email}&gt; – {v.t("home.role_at", { role: v.t(`role.${p.role}`), unit: p.unitName })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
