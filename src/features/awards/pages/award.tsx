// One award: what was given, to whom, by which decision; correct or remove it (entered by hand or imported).
import { Csrf, ErrorSummary, Notice, TextArea } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { emptyForm, type FormState, type View } from "../../../web/view";
import type { getAward } from "../get-award";
import { awardLabels, decisionText, yearText } from "./parts";

type Detail = Awaited<ReturnType<typeof getAward>>;

export function AwardPage({ v, detail, removeForm = emptyForm(), notice }: { v: View; detail: Detail; removeForm?: FormState; notice?: string | undefined }) {
  const { award: a } = detail;
  const labels = awardLabels(v);
  return (
    <Layout v={v} title={`${a.formName} – ${a.recipientName}`}>
      <ErrorSummary v={v} errors={removeForm.errors} labels={labels} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{a.formName}</h1>
      <dl class="summary-list">
        <dt>{v.t("awards.recipient")}</dt>
        <dd>
          <a href={detail.recipientLink}>{a.recipientName}</a> ({v.t(`awards.recipient.${a.recipientKind}`)})
        </dd>
        <dt>{labels.year}</dt>
        <dd>{yearText(v, a)}</dd>
        <dt>{labels.commendationKind}</dt>
        <dd>{a.kindName}</dd>
        <dt>{v.t("awards.decision")}</dt>
        <dd>{a.decisionId ? <a href={`/decisions/${a.decisionId}`}>{decisionText(v, a)}</a> : decisionText(v, a)}</dd>
        {detail.revokedBy ? (
          <>
            <dt>{v.t("awards.revoked")}</dt>
            <dd>
              <strong>{v.t("awards.revoked_by", { number: detail.revokedBy.numberSymbol, date: v.date(detail.revokedBy.issuedOn) })}</strong> (<a href={`/decisions/${detail.revokedBy.decisionId}`}>{v.t("awards.revoked_open")}</a>)
            </dd>
          </>
        ) : null}
        <dt>{labels.achievement}</dt>
        <dd>{a.achievement || "—"}</dd>
        <dt>{v.t("awards.source")}</dt>
        <dd>{v.t(`awards.source.${a.source}`)}</dd>
        <dt>{v.t("field.unit")}</dt>
        <dd>
          <a href={`/units/${a.unitId}`}>{a.unitName}</a>
        </dd>
      </dl>
      {detail.canCorrect ? (
        <>
          <p>
            <a class="button button--secondary" href={`/awards/${a.id}/edit`}>
              {v.t("awards.correct")}
            </a>
          </p>
          <h2>{v.t("awards.remove")}</h2>
          <form method="post" action={`/awards/${a.id}/remove`} novalidate>
            <Csrf v={v} />
            <TextArea v={v} form={removeForm} name="reason" label={labels.reason} hint={v.t("awards.remove_hint")} rows={2} />
            <button class="button button--warning" type="submit">
              {v.t("awards.remove")}
            </button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}
