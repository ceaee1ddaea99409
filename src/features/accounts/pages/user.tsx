// One account: its roles, each revocable by whoever may.
import { Notice, PostButton } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { View } from "../../../web/view";
import type { LinkChoices } from "../link-choices";
import { PersonLink } from "./person-link";

export function UserPage(props: {
  v: View;
  user: { id: number; fullName: string; email: string; createdAt: Date };
  roles: { id: number; role: string; unitId: number; unitName: string; canRevoke: boolean }[];
  notice?: string | undefined;
  error?: string | undefined;
  /** The person the account is, and the form to link one. */
  link?: LinkChoices | undefined;
}) {
  const { v, user } = props;
  return (
    <Layout v={v} title={user.fullName}>
      {props.error ? (
        <div class="error-summary" role="alert" tabindex={-1} data-autofocus>
          <h2 class="error-summary__title">{v.t("errors.summary_title")}</h2>
          <p>{props.error}</p>
        </div>
      ) : null}
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <h1>{user.fullName}</h1>
      <dl class="summary-list">
        <dt>{v.t("field.email")}</dt>
        <dd>{user.email}</dd>
      </dl>
      <h2>{v.t("users.roles_heading")}</h2>
      <ul>
        {props.roles.map((r) => (
          <li>
            {v.t(`role.${r.role}`)} – <a href={`/units/${r.unitId}`}>{r.unitName}</a>{" "}
            {r.canRevoke ? <PostButton v={v} action={`/users/${user.id}/roles/${r.id}/revoke`} label={v.t("users.revoke_role")} secondary /> : null}
          </li>
        ))}
      </ul>
      {props.link ? <PersonLink v={v} userId={user.id} link={props.link} /> : null}
      <p>
        <a href="/users">{v.t("common.back")}</a>
      </p>
    </Layout>
  );
}
