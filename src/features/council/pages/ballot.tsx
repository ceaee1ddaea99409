// The ballot sheet (phiếu bầu): one question per item the member may still vote on, đồng ý or
// không đồng ý, sent with a one-time token so that sending it twice counts once. Plain HTML: it
// works on a phone without JavaScript. After sending, the receipts to keep.
import { Csrf, ErrorSummary, Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { SessionView } from "../get-session";

export function BallotPage({ v, data, token, form, opinion }: { v: View; data: SessionView; token: string; form: FormState; opinion?: boolean }) {
  const s = data.session;
  const items = data.items.filter((i) => (opinion ? i.myState === "open" || i.myState === "opinion" : i.myState === "open"));
  const labels: Record<string, string> = { _form: "", choices: v.t("council.choices"), token: v.t("council.ballot"), note: v.t("council.opinion_note") };
  for (const i of items) labels[`choice.${i.id}`] = `${i.position}. ${i.nomineeName}`;
  const title = v.t(opinion ? "council.opinion_title" : "council.ballot_title");
  return (
    <Layout v={v} title={title}>
      <p><a href={`/council/sessions/${s.id}`}>{s.title}</a></p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <p>{v.t(opinion ? "council.opinion_intro" : "council.ballot_intro")}</p>
      {items.length === 0 ? (
        <Notice>{v.t("council.ballot_nothing_left")}</Notice>
      ) : (
        <form method="post" action={`/council/sessions/${s.id}/${opinion ? "opinion" : "ballot"}`} novalidate>
          <Csrf v={v} />
          {opinion ? null : <input type="hidden" name="token" value={token} />}
          {items.map((i) => {
            const id = `choice-${i.id}`;
            const chosen = form.values[`choice.${i.id}`] ?? (opinion ? i.opinions.find((o) => o.memberId === data.me?.memberId)?.choice : undefined);
            return (
              <fieldset class="fieldset ballot-item">
                <legend>
                  {i.position}. {i.nomineeName} <span class="muted">({i.nominatingUnit})</span> — {i.formName}
                </legend>
                <div class="radio">
                  <input type="radio" id={`${id}-agree`} name={`choice.${i.id}`} value="agree" checked={chosen === "agree"} />
                  <label for={`${id}-agree`}>{v.t("council.choice.agree")}</label>
                </div>
                <div class="radio">
                  <input type="radio" id={`${id}-disagree`} name={`choice.${i.id}`} value="disagree" checked={chosen === "disagree"} />
                  <label for={`${id}-disagree`}>{v.t("council.choice.disagree")}</label>
                </div>
              </fieldset>
            );
          })}
          {opinion ? (
            <div class="field">
              <label for="f-note">{v.t("council.opinion_note")}</label>
              <textarea class="textarea" id="f-note" name="note" rows={3}>{form.values.note ?? ""}</textarea>
            </div>
          ) : null}
          <button class="button" type="submit">{v.t(opinion ? "council.opinion_submit" : "council.ballot_submit")}</button>
        </form>
      )}
    </Layout>
  );
}

export function ReceiptPage({ v, data, receipts, repeated }: { v: View; data: SessionView; receipts: Record<number, string>; repeated: boolean }) {
  const s = data.session;
  return (
    <Layout v={v} title={v.t("council.receipt_title")}>
      <p><a href={`/council/sessions/${s.id}`}>{s.title}</a></p>
      <h1>{v.t("council.receipt_title")}</h1>
      <Notice>{v.t(repeated ? "council.receipt_repeated" : "council.receipt_counted")}</Notice>
      <p>{v.t(s.receiptMode === "with_choices" ? "council.receipt_keep_with_choices" : "council.receipt_keep")}</p>
      <ul class="receipts">
        {data.items.filter((i) => receipts[i.id]).map((i) => (
          <li>{i.position}. {i.nomineeName}: <code>{receipts[i.id]}</code></li>
        ))}
      </ul>
      {data.items.some((i) => i.myState === "open") ? <p><a class="button" href={`/council/sessions/${s.id}/ballot`}>{v.t("council.ballot_continue")}</a></p> : null}
    </Layout>
  );
}
