// Signing in with an e-mail address and a password.
import { Csrf, ErrorSummary, Notice, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

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
