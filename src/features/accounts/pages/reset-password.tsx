// Choosing a new password from the link sent by e-mail.
import { Csrf, ErrorSummary } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import { NewPasswordFields, passwordLabels } from "./parts";

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
