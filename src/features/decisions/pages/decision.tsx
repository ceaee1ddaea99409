// One decision: its lines as they read now (a draft's amounts for today, marked provisional; an
// issued decision's as issued), its files and its workflow (on the document's page), the payment
// list; for an issued award decision the revocation form; for a revocation what was recovered.
import { Csrf, DateField, ErrorSummary, Notice, PostButton, TextArea, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { FormState, View } from "../../../web/view";
import type { AwardDecisionContent, RevocationDecisionContent } from "../../../domain/decisions/decision-content";
import { DocumentStatus } from "../../documents/pages/parts";
import type { getDecision } from "../get-decision";

type DecisionView = Awaited<ReturnType<typeof getDecision>>;
export type DecisionForm = "texts" | "line" | "revoke" | "recovery";

const money = (v: View, n: number) => new Intl.NumberFormat(v.lang === "vi" ? "vi-VN" : "en-GB").format(n);

function labels(v: View): Record<string, string> {
  return {
    _form: "", summary: v.t("decisions.summary"), bases: v.t("decisions.bases"), proposal: v.t("decisions.proposal"), fund: v.t("decisions.fund"),
    executors: v.t("decisions.executors"), grounds: v.t("decisions.grounds"), awardIds: v.t("decisions.revoke_choose"), subjectId: v.t("decisions.line"),
    moneyRecovered: v.t("decisions.money_recovered"), itemsRecoveredOn: v.t("decisions.items_recovered_on"), note: v.t("decisions.recovery_note"), unitId: v.t("decisions.unit"),
  };
}

export function DecisionPage({ v, data, forms, notice }: { v: View; data: DecisionView; forms: Partial<Record<DecisionForm, FormState>>; notice?: string | undefined }) {
  const { doc, content } = data;
  const title = doc.numberSymbol ? `${v.t("decisions.decision")} ${doc.numberSymbol}` : v.t("decisions.draft_title");
  const errors = Object.assign({}, ...Object.values(forms).map((f) => f?.errors ?? {}));
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={errors} labels={labels(v)} />
      <p><a href="/decisions">{v.t("decisions.back")}</a></p>
      <h1>{title}</h1>
      <p>
        <DocumentStatus v={v} status={doc.status} /> <span class="muted">{data.unit.name} · {v.t(`decisions.kind.${content.kind}`)}</span>
      </p>
      <p>{content.summary}</p>
      <p class="downloads">
        <a class="button" href={`/documents/${doc.id}`}>{v.t(doc.status === "issued" ? "decisions.open_document" : "decisions.workflow")}</a>{" "}
        <a class="button button--secondary" href={`/documents/${doc.id}/file.docx`}>{v.t("documents.download_docx")}</a>{" "}
        <a class="button button--secondary" href={`/documents/${doc.id}/file.pdf`}>{v.t("documents.download_pdf")}</a>{" "}
        {content.kind === "award" && doc.status === "issued" && data.can.pay ? <a class="button button--secondary" href={`/decisions/${doc.id}/payment-list.xlsx`}>{v.t("decisions.payment_list")}</a> : null}{" "}
        {content.kind === "award" && doc.status === "issued" ? <a class="button button--secondary" href={`/decisions/${doc.id}/certificates`}>{v.t("decisions.certificates")}</a> : null}{" "}
        {content.kind === "award" && doc.status === "issued" ? <a class="button button--secondary" href={`/decisions/${doc.id}/ceremony`}>{v.t("decisions.ceremony")}</a> : null}
      </p>
      {content.kind === "award" ? <AwardLines v={v} data={data} content={content} /> : <RevocationLines v={v} data={data} content={content} forms={forms} />}
      {data.can.edit ? <TextsForm v={v} data={data} form={forms.texts} /> : null}
      {data.can.revoke ? <RevokeForm v={v} data={data} content={content as AwardDecisionContent} form={forms.revoke} /> : null}
    </Layout>
  );
}

function AwardLines({ v, data, content }: { v: View; data: DecisionView; content: AwardDecisionContent }) {
  const issued = data.doc.status === "issued";
  return (
    <>
      <h2>{v.t("decisions.lines_title")}</h2>
      {content.bonusOn ? <p class="muted">{v.t(issued ? "decisions.bonus_on" : "decisions.bonus_provisional", { date: v.date(content.bonusOn) })}</p> : null}
      <DataTable
        rows={content.lines}
        empty={v.t("decisions.no_lines")}
        columns={[
          { header: v.t("decisions.recipient"), rowHeader: true, cell: (l) => <a href={`/nominations/${l.nominationId}`}>{l.recipientName}</a> },
          { header: v.t("decisions.form"), cell: (l) => l.formName },
          { header: v.t("decisions.detail"), cell: (l) => l.detail },
          { header: v.t("decisions.amount"), cell: (l) => (l.bonus ? money(v, l.bonus.amount) : l.bonus === null ? "–" : "…"), class: () => "numeric" },
          issued
            ? { header: v.t("decisions.award_state"), cell: (l) => { const a = data.awards.get(l.nominationId); return a?.revokedBy ? <a href={`/decisions/${a.revokedById}`}>{v.t("decisions.revoked_by", { number: a.revokedBy, date: v.date(a.revokedOn!) })}</a> : v.t("decisions.in_force"); } }
            : null,
          data.can.edit ? { header: v.t("decisions.actions"), cell: (l) => <PostButton v={v} action={`/decisions/${data.doc.id}/lines/${l.nominationId}/remove`} label={v.t("decisions.remove_line")} secondary /> } : null,
        ]}
      />
      <p><strong>{v.t("decisions.total", { amount: money(v, data.total) })}</strong></p>
    </>
  );
}

function RevocationLines({ v, data, content, forms }: { v: View; data: DecisionView; content: RevocationDecisionContent; forms: Partial<Record<DecisionForm, FormState>> }) {
  return (
    <>
      <h2>{v.t("decisions.revoked_title")}</h2>
      <p>{v.t("decisions.grounds")}: {content.grounds}</p>
      <DataTable
        rows={content.lines}
        columns={[
          { header: v.t("decisions.recipient"), rowHeader: true, cell: (l) => l.recipientName },
          { header: v.t("decisions.form"), cell: (l) => `${l.formName} (${l.decisionNumber})` },
          { header: v.t("decisions.money_due"), cell: (l) => money(v, l.moneyDue), class: () => "numeric" },
          { header: v.t("decisions.recovered"), cell: (l) => { const r = data.revocations.get(l.awardId); return r ? `${money(v, r.moneyRecovered)} · ${r.itemsRecoveredOn ? v.t("decisions.items_back_on", { date: v.date(r.itemsRecoveredOn) }) : v.t("decisions.items_not_back")}` : "—"; } },
          data.can.edit ? { header: v.t("decisions.actions"), cell: (l) => <PostButton v={v} action={`/decisions/${data.doc.id}/lines/${l.awardId}/remove`} label={v.t("decisions.remove_line")} secondary /> } : null,
        ]}
      />
      {data.can.pay && data.doc.status === "issued"
        ? [...data.revocations.values()].map((r) => {
            const line = content.lines.find((l) => l.awardId === r.awardId)!;
            const form = forms.recovery?.values.revocationId === String(r.id) ? forms.recovery : { values: { moneyRecovered: String(r.moneyRecovered), itemsRecoveredOn: r.itemsRecoveredOn ?? "", note: r.recoveryNote }, errors: {} };
            return (
              <form method="post" action={`/decisions/${data.doc.id}/recoveries/${r.id}`} class="panel" novalidate>
                <h3>{v.t("decisions.recovery_of", { name: line.recipientName })}</h3>
                <Csrf v={v} />
                <input type="hidden" name="revocationId" value={String(r.id)} />
                <TextField v={v} form={form} name="moneyRecovered" label={labels(v).moneyRecovered!} hint={v.t("decisions.money_due_hint", { amount: money(v, r.moneyDue) })} width="short" />
                <DateField v={v} form={form} name="itemsRecoveredOn" label={labels(v).itemsRecoveredOn!} />
                <TextField v={v} form={form} name="note" label={labels(v).note!} />
                <button class="button" type="submit">{v.t("decisions.save_recovery")}</button>
              </form>
            );
          })
        : null}
    </>
  );
}

function TextsForm({ v, data, form }: { v: View; data: DecisionView; form?: FormState | undefined }) {
  const c = data.content;
  const state = form ?? { values: { summary: c.summary, bases: c.bases.join("\n"), executors: c.executors, ...(c.kind === "award" ? { proposal: c.proposal, fund: c.fund } : { grounds: c.grounds }) }, errors: {} };
  return (
    <form method="post" action={`/decisions/${data.doc.id}/texts`} class="panel" novalidate>
      <h2>{v.t("decisions.texts")}</h2>
      <Csrf v={v} />
      <TextField v={v} form={state} name="summary" label={labels(v).summary!} />
      <p class="hint">{v.t("decisions.law_bases_hint")}</p>
      <TextArea v={v} form={state} name="bases" label={labels(v).bases!} rows={4} hint={v.t("decisions.bases_hint")} />
      {c.kind === "award" ? (
        <>
          <TextField v={v} form={state} name="proposal" label={labels(v).proposal!} />
          <TextField v={v} form={state} name="fund" label={labels(v).fund!} />
        </>
      ) : (
        <TextArea v={v} form={state} name="grounds" label={labels(v).grounds!} rows={3} />
      )}
      <TextArea v={v} form={state} name="executors" label={labels(v).executors!} rows={3} />
      <button class="button" type="submit">{v.t("decisions.save_texts")}</button>
    </form>
  );
}

function RevokeForm({ v, data, content, form }: { v: View; data: DecisionView; content: AwardDecisionContent; form?: FormState | undefined }) {
  const open = content.lines.filter((l) => { const a = data.awards.get(l.nominationId); return a && !a.revokedBy; });
  if (open.length === 0) return null;
  const state = form ?? { values: {}, errors: {} };
  return (
    <form method="post" action={`/decisions/${data.doc.id}/revocations`} class="panel" novalidate>
      <h2>{v.t("decisions.revoke_title")}</h2>
      <p>{v.t("decisions.revoke_intro")}</p>
      <Csrf v={v} />
      <fieldset>
        <legend>{v.t("decisions.revoke_choose")}</legend>
        {open.map((l) => {
          const id = String(data.awards.get(l.nominationId)!.id);
          return (
            <div class="checkbox">
              <input type="checkbox" id={`award-${id}`} name="awardIds" value={id} />
              <label for={`award-${id}`}>{l.recipientName} — {l.formName}</label>
            </div>
          );
        })}
      </fieldset>
      <TextArea v={v} form={state} name="grounds" label={labels(v).grounds!} rows={3} hint={v.t("decisions.grounds_hint")} />
      <button class="button button--secondary" type="submit">{v.t("decisions.revoke_submit")}</button>
    </form>
  );
}
