// The public verification pages (no sign-in, not indexed): the form to type a code, and the
// answer: the certificate's facts and status, or why the code is not one.
import { ErrorSummary, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { Verification, VerifiedCertificate } from "../verify-certificate";

function VerifyForm({ v, form }: { v: View; form: FormState }) {
  return (
    <form method="get" action="/verify" class="panel" novalidate>
      <TextField v={v} form={form} name="code" label={v.t("verify.code")} hint={v.t("verify.code_hint")} autocomplete="off" />
      <button class="button" type="submit">{v.t("verify.submit")}</button>
    </form>
  );
}

export function VerifyFormPage({ v, form }: { v: View; form: FormState }) {
  return (
    <Layout v={v} title={v.t("verify.title")} robots="noindex">
      <h1>{v.t("verify.title")}</h1>
      <p>{v.t("verify.intro")}</p>
      <ErrorSummary v={v} errors={form.errors} labels={{ _form: "", code: v.t("verify.code") }} />
      <VerifyForm v={v} form={form} />
    </Layout>
  );
}

function Facts({ v, c }: { v: View; c: VerifiedCertificate }) {
  return (
    <dl class="facts">
      <dt>{v.t("verify.status")}</dt>
      <dd>
        <strong>{c.revocation ? v.t("verify.revoked", { number: c.revocation.numberSymbol, date: v.date(c.revocation.issuedOn) }) : v.t("verify.status_valid")}</strong>
      </dd>
      <dt>{v.t("verify.holder")}</dt><dd>{c.holder}</dd>
      <dt>{v.t("verify.form")}</dt><dd>{c.form}</dd>
      <dt>{v.t("verify.decision")}</dt><dd>{v.t("verify.decision_value", { number: c.decision.numberSymbol, date: v.date(c.decision.issuedOn) })}</dd>
      <dt>{v.t("verify.issuer")}</dt><dd>{c.issuer}</dd>
      <dt>{v.t("verify.code_label")}</dt><dd><code>{c.code}</code></dd>
    </dl>
  );
}

/** The answer to one code: its facts, or a plain sentence saying what is wrong with it. */
export function VerifyResultPage({ v, result }: { v: View; result: Verification }) {
  const title =
    result.state === "valid" ? v.t("verify.valid")
    : result.state === "revoked" ? v.t("verify.revoked_title")
    : result.state === "unknown" ? v.t("verify.not_found_title")
    : v.t("verify.wrong_title");
  return (
    <Layout v={v} title={title} robots="noindex">
      <h1>{title}</h1>
      {result.state === "valid" || result.state === "revoked" ? (
        <Facts v={v} c={result} />
      ) : result.state === "unknown" ? (
        <p>{v.t("verify.unknown", { code: result.code })}</p>
      ) : (
        <p>{v.t(result.state === "check" ? "verify.check" : "verify.malformed", { typed: "typed" in result ? result.typed : "" })}</p>
      )}
      <h2>{v.t("verify.again")}</h2>
      <VerifyForm v={v} form={{ values: {}, errors: {} }} />
    </Layout>
  );
}

/** Too many verifications from one address. */
export function VerifyLimitPage({ v, minutes }: { v: View; minutes: number }) {
  return (
    <Layout v={v} title={v.t("verify.too_many_title")} robots="noindex">
      <h1>{v.t("verify.too_many_title")}</h1>
      <p>{v.t("verify.too_many", { minutes })}</p>
    </Layout>
  );
}
