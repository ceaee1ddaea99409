// Asking for a link to choose a new password.
import { Csrf, ErrorSummary, Notice, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

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
