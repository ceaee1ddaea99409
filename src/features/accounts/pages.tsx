import { Csrf, ErrorSummary, Notice, PostButton, SelectField, TextField } from "../../web/components";
import { Layout } from "../../web/layout";
import { DataTable } from "../../web/table";
import type { FormState, View } from "../../web/view";

const signInLabels = (v: View) => ({ email: v.t("field.email"), password: v.t("field.password") });

export function SignInPage({ v, form, next, notice }: { v: View; form: FormState; next: string; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("signin.title")}>
      <ErrorSummary v={v} errors={form.errors} labels={signInLabels(v)} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("signin.title")}</h1>
      <form method="post" action={`/sign-in?next=${encodeURIComponent(next)}`} novalidate>
        <Csrf v={v} />
        <TextField v={v} form={form} name="email" label={v.t("field.email")} type="email" autocomplete="username" />
        <TextField v={v} form={form} name="password" label={v.t("field.password")} type="password" autocomplete="current-password" />
        <button class="button" type="submit">
          {v.t("signin.submit")}
        </button>
      </form>
      <p>
        <a href="/password/forgot">{v.t("signin.forgot")}</a>
      </p>
    </Layout>
  );
}

export function ForgotPasswordPage({ v, form, sent }: { v: View; form: FormState; sent: boolean }) {
  return (
    <Layout v={v} title={v.t("reset.request_title")}>
      <ErrorSummary v={v} errors={form.errors} labels={{ email: v.t("field.email") }} />
      <h1>{v.t("reset.request_title")}</h1>
      {sent ? (
        <Notice>{v.t("reset.requested")}</Notice>
      ) : (
        <>
          <p>{v.t("reset.request_intro")}</p>
          <form method="post" action="/password/forgot" novalidate>
            <Csrf v={v} />
            <TextField v={v} form={form} name="email" label={v.t("field.email")} type="email" autocomplete="email" />
            <button class="button" type="submit">
              {v.t("reset.request_submit")}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}

const passwordLabels = (v: View) => ({ password: v.t("field.password"), passwordConfirm: v.t("field.password_confirm") });

function NewPasswordFields({ v, form }: { v: View; form: FormState }) {
  return (
    <>
      <TextField v={v} form={form} name="password" label={v.t("field.password")} type="password" autocomplete="new-password" hint={v.t("hint.password")} />
      <TextField v={v} form={form} name="passwordConfirm" label={v.t("field.password_confirm")} type="password" autocomplete="new-password" />
    </>
  );
}

export function ResetPasswordPage({ v, form, action }: { v: View; form: FormState; action: string }) {
  return (
    <Layout v={v} title={v.t("reset.title")}>
      <ErrorSummary v={v} errors={form.errors} labels={passwordLabels(v)} />
      <h1>{v.t("reset.title")}</h1>
      <form method="post" action={action} novalidate>
        <Csrf v={v} />
        <NewPasswordFields v={v} form={form} />
        <button class="button" type="submit">
          {v.t("reset.submit")}
        </button>
      </form>
    </Layout>
  );
}

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

/** "Also revoke my N API tokens", offered where sessions end, when there are tokens to revoke. */
function RevokeTokensBox({ v, id, tokens, checked }: { v: View; id: string; tokens: number; checked: boolean }) {
  if (tokens === 0) return null;
  return (
    <div class="checkbox">
      <input type="checkbox" id={id} name="revokeTokens" value="on" checked={checked} />
      <label for={id}>{v.t("account.revoke_tokens_too", { n: tokens })}</label>
    </div>
  );
}

export interface AccountPageData {
  sessions: { current: boolean; createdAt: Date; lastSeenAt: Date; userAgent: string | null }[];
  tokens: { id: number; name: string; createdAt: Date; lastUsedAt: Date | null }[];
  newToken?: string | undefined;
}

const changePasswordLabels = (v: View) => ({
  currentPassword: v.t("account.current_password"),
  password: v.t("account.new_password"),
  passwordConfirm: v.t("account.new_password_confirm"),
});

export function AccountPage({ v, data, tokenForm, passwordForm, notice }: { v: View; data: AccountPageData; tokenForm: FormState; passwordForm: FormState; notice?: string | undefined }) {
  const user = v.actor!.user!;
  const passwordLabels = changePasswordLabels(v);
  return (
    <Layout v={v} title={v.t("account.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={{ ...passwordForm.errors, ...tokenForm.errors }} labels={{ name: v.t("field.token_name"), ...passwordLabels }} />
      <h1>{v.t("account.title")}</h1>
      <dl class="summary-list">
        <dt>{v.t("field.full_name")}</dt>
        <dd>{user.fullName}</dd>
        <dt>{v.t("field.email")}</dt>
        <dd>{user.email}</dd>
      </dl>
      {v.actor!.national ? <p class="panel">{v.t("account.national_admin")}</p> : null}

      <h2>{v.t("account.password_title")}</h2>
      <p>{v.t("account.password_intro")}</p>
      <form method="post" action="/account/password" novalidate>
        <Csrf v={v} />
        <TextField v={v} form={passwordForm} name="currentPassword" label={passwordLabels.currentPassword} type="password" autocomplete="current-password" />
        <TextField v={v} form={passwordForm} name="password" label={passwordLabels.password} type="password" autocomplete="new-password" hint={v.t("hint.password")} />
        <TextField v={v} form={passwordForm} name="passwordConfirm" label={passwordLabels.passwordConfirm} type="password" autocomplete="new-password" />
        <RevokeTokensBox v={v} id="f-password-revokeTokens" tokens={data.tokens.length} checked={passwordForm.values.revokeTokens === "on"} />
        <button type="submit" class="button">
          {v.t("account.password_submit")}
        </button>
      </form>

      <h2>{v.t("account.sessions")}</h2>
      <p>{v.t("account.sessions_hint")}</p>
      <ul>
        {data.sessions.map((s) => (
          <li>
            {v.t("account.session_row", { created: v.dateTime(s.createdAt), seen: v.dateTime(s.lastSeenAt) })}
            {s.current ? <strong> ({v.t("account.session_current")})</strong> : null}
            {s.userAgent ? <span class="muted"> – {s.userAgent.slice(0, 80)}</span> : null}
          </li>
        ))}
      </ul>
      <form method="post" action="/account/sign-out-everywhere" class="panel">
        <Csrf v={v} />
        <RevokeTokensBox v={v} id="f-revokeTokens" tokens={data.tokens.length} checked={false} />
        <button type="submit" class="button">
          {v.t("account.sign_out_all")}
        </button>
      </form>

      <h2>{v.t("account.tokens")}</h2>
      <p>{v.t("account.tokens_hint")}</p>
      {data.newToken ? (
        <Notice>
          <p>{v.t("account.token_created")}</p>
          <code class="token">{data.newToken}</code>
        </Notice>
      ) : null}
      {data.tokens.length === 0 ? <p>{v.t("account.no_tokens")}</p> : null}
      <ul>
        {data.tokens.map((tk) => (
          <li>
            <strong>{tk.name}</strong>{" "}
            {v.t("account.token_row", { created: v.date(tk.createdAt), used: tk.lastUsedAt ? v.dateTime(tk.lastUsedAt) : v.t("account.token_never") })}{" "}
            <PostButton v={v} action={`/account/tokens/${tk.id}/revoke`} label={v.t("account.token_revoke")} secondary />
          </li>
        ))}
      </ul>
      <form method="post" action="/account/tokens" novalidate>
        <Csrf v={v} />
        <TextField v={v} form={tokenForm} name="name" label={v.t("field.token_name")} />
        <button class="button" type="submit">
          {v.t("account.token_create")}
        </button>
      </form>
    </Layout>
  );
}

export function roleOptions(v: View, roles: readonly string[]) {
  return roles.map((r) => ({ value: r, label: v.t(`role.${r}`) }));
}

export function InvitePage(props: { v: View; form: FormState; units: { id: number; name: string }[]; roles: readonly string[] }) {
  const { v, form } = props;
  const labels = { fullName: v.t("field.full_name"), email: v.t("field.email"), unitId: v.t("field.unit"), role: v.t("field.role") };
  return (
    <Layout v={v} title={v.t("users.invite")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("users.invite")}</h1>
      <p>{v.t("users.invite_hint")}</p>
      <form method="post" action="/users/invite" novalidate>
        <Csrf v={v} />
        <TextField v={v} form={form} name="fullName" label={labels.fullName} autocomplete="off" />
        <TextField v={v} form={form} name="email" label={labels.email} type="email" autocomplete="off" />
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={props.units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <SelectField v={v} form={form} name="role" label={labels.role} placeholder={v.t("common.choose")} options={roleOptions(v, props.roles)} />
        <button class="button" type="submit">
          {v.t("users.invite_submit")}
        </button>
      </form>
    </Layout>
  );
}

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

export function UserPage(props: {
  v: View;
  user: { id: number; fullName: string; email: string; createdAt: Date };
  roles: { id: number; role: string; unitId: number; unitName: string; canRevoke: boolean }[];
  notice?: string | undefined;
  error?: string | undefined;
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
      <p>
        <a href="/users">{v.t("common.back")}</a>
      </p>
    </Layout>
  );
}
