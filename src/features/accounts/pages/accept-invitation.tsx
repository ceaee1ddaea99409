// Accepting an invitation: a new account, or the role added to an existing one.
import { Csrf, ErrorSummary, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import { NewPasswordFields, passwordLabels } from "./parts";

export function AcceptInvitationPage(props: { v: View; form: FormState; action: string; inviter: string; role: string; unit: string; email: string; hasAccount: boolean }) {
  const { v, form } = props;
  const labels: Record<string, string> = props.hasAccount ? { currentPassword: v.t("field.current_password") } : { fullName: v.t("field.full_name"), ...passwordLabels(v) };
  return (
    <Layout v={v} title={v.t("invitation.title")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("invitation.title")}</h1>
      <p>{v.t(props.hasAccount ? "invitation.intro_existing" : "invitation.intro", { inviter: props.inviter, role: props.role, unit: props.unit })}</p>
      <dl class="summary-list">
        <dt>{v.t("field.email")}</dt>
        <dd>{props.email}</dd>
      </dl>
      <form method="post" action={props.action} novalidate>
        <Csrf v={v} />
        {props.hasAccount ? (
          <TextField v={v} form={form} name="currentPassword" label={v.t("field.current_password")} type="password" autocomplete="current-password" />
        ) : (
          <>
            <TextField v={v} form={form} name="fullName" label={v.t("field.full_name")} autocomplete="name" />
            <NewPasswordFields v={v} form={form} />
          </>
        )}
        <button class="button" type="submit">
          {v.t(props.hasAccount ? "invitation.submit_existing" : "invitation.submit")}
        </button>
      </form>
      {props.hasAccount ? (
        <p>
          <a href="/password/forgot">{v.t("signin.forgot")}</a>
        </p>
      ) : null}
    </Layout>
  );
}
