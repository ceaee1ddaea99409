// One's own account: the password, the sessions and the API tokens.
import { Csrf, ErrorSummary, Notice, PostButton, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

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
  /** The person of the registry this account is, when linked. */
  person?: { fullName: string; unitName: string } | null;
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
        <dt>{v.t("eligibility.account_person")}</dt>
        <dd id="account-person">{data.person ? `${data.person.fullName} – ${data.person.unitName}` : v.t("eligibility.account_person_none")}</dd>
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
