// One proposal, from either side: its tờ trình and package, the items with the council's results
// and the level above's answers, the steps the reader may take, the timeline.
import { councilResultLine } from "../../../documents/compose-proposal";
import { Csrf, DateField, ErrorSummary, Notice, PostButton, RadioField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { FormState, View } from "../../../web/view";
import { ReturnForm } from "../../../web/workflow";
import type { ProposalView } from "../get-proposal";
import { ProposalStatus } from "./parts";

export type ProposalForm = "receive" | "return" | "decide" | "resend";

export function ProposalPage({ v, data, forms, notice }: { v: View; data: ProposalView; forms: Partial<Record<ProposalForm, FormState>>; notice?: string | undefined }) {
  const p = data.proposal;
  const title = `${v.t("proposals.document")} ${data.document.numberSymbol ?? v.t("proposals.document_draft")}`;
  const empty: FormState = { values: {}, errors: {} };
  const decide = forms.decide ?? empty;
  const labels: Record<string, string> = {
    _form: "", reason: v.t("proposals.return_reason"), decisionNumber: v.t("proposals.decision_number"), decisionDate: v.t("proposals.decision_date"),
    decidingBody: v.t("proposals.deciding_body"), proposedOn: v.t("proposals.proposed_on"),
    ...Object.fromEntries(data.items.map((i) => [`outcome.${i.nominationId}`, i.nominee?.name ?? String(i.nominationId)])),
  };
  const errors = Object.assign({}, ...Object.values(forms).map((f) => f?.errors ?? {}));
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={errors} labels={labels} />
      <p class="subnav"><a href={data.asSender ? "/proposals?view=sent" : "/proposals?view=inbox"}>{data.asSender ? v.t("proposals.title") : v.t("proposals.inbox")}</a></p>
      <h1>{title}</h1>
      <p>
        <ProposalStatus v={v} status={p.status} /> <span class="muted">{data.unit.name} → {data.recipient.name}</span>
      </p>
      <p>{data.document.summary}</p>
      {p.status === "returned" && p.returnReason ? <p><strong>{v.t("proposals.returned_because", { reason: p.returnReason })}</strong></p> : null}
      {p.status === "decided" ? (
        <p>{v.t("proposals.decision")}: {p.decisionNumber}, {v.date(p.decisionDate!)}, {p.decidingBody}</p>
      ) : null}
      {data.resends ? <p>{v.t("proposals.resends")}: <a href={`/proposals/${data.resends.id}`}>#{data.resends.id}</a></p> : null}
      {data.resentBy ? <p>{v.t("proposals.event.resent")}: <a href={`/proposals/${data.resentBy.id}`}>#{data.resentBy.id}</a></p> : null}
      <p class="downloads">
        <a class="button button--secondary" href={`/documents/${data.document.id}`}>{v.t("proposals.open_document")}</a>{" "}
        {data.can.package ? <a class="button button--secondary" href={`/proposals/${p.id}/package.zip`}>{v.t("proposals.package")}</a> : null}
      </p>
      <h2>{v.t("proposals.nominations")}</h2>
      <DataTable
        rows={data.items}
        columns={[
          { header: v.t("proposals.nominee"), cell: (i) => (data.asSender ? <a href={`/nominations/${i.nominationId}`}>{i.nominee?.name ?? i.nominationId}</a> : (i.nominee?.name ?? String(i.nominationId))) },
          { header: v.t("proposals.form"), cell: (i) => i.nominee?.formName ?? "" },
          { header: v.t("proposals.council_result"), cell: (i) => (i.nominee ? councilResultLine(i.nominee.council) : "") },
          { header: v.t("proposals.outcome"), cell: (i) => (i.outcome ? v.t(`proposals.${i.outcome}` as "proposals.awarded") : v.t("proposals.pending")) },
        ]}
      />
      {data.can.receive ? <PostButton v={v} action={`/proposals/${p.id}/receive`} label={v.t("proposals.receive")} /> : null}
      {data.can.decide ? (
        <form method="post" action={`/proposals/${p.id}/decide`} class="panel" novalidate>
          <h2>{v.t("proposals.decide")}</h2>
          <Csrf v={v} />
          <TextField v={v} form={decide} name="decisionNumber" label={labels.decisionNumber!} hint={v.t("proposals.decision_number_hint")} width="short" />
          <DateField v={v} form={decide} name="decisionDate" label={labels.decisionDate!} />
          <TextField v={v} form={decide} name="decidingBody" label={labels.decidingBody!} hint={v.t("proposals.deciding_body_hint")} />
          {data.items.filter((i) => i.active).map((i) => (
            <RadioField
              v={v}
              form={decide}
              name={`outcome.${i.nominationId}`}
              label={`${labels[`outcome.${i.nominationId}`]} — ${i.nominee?.formName ?? ""}`}
              options={[{ value: "awarded", label: v.t("proposals.awarded") }, { value: "not_awarded", label: v.t("proposals.not_awarded") }]}
            />
          ))}
          <button class="button" type="submit">{v.t("proposals.decide")}</button>
        </form>
      ) : null}
      {data.can.return ? <ReturnForm v={v} action={`/proposals/${p.id}/return`} title={v.t("proposals.return")} label={labels.reason!} form={forms.return ?? empty} /> : null}
      {data.can.resend ? (
        <form method="post" action={`/proposals/${p.id}/resend`} class="panel" novalidate>
          <h2>{v.t("proposals.resend")}</h2>
          <Csrf v={v} />
          <DateField v={v} form={forms.resend ?? empty} name="proposedOn" label={labels.proposedOn!} hint={v.t("proposals.proposed_on_hint")} />
          <button class="button" type="submit">{v.t("proposals.resend")}</button>
        </form>
      ) : null}
      <h2>{v.t("proposals.timeline")}</h2>
      <ol class="history">
        {data.events.map((e) => (
          <li>
            <strong>{v.t(`proposals.event.${e.action}` as "proposals.event.drafted")}</strong> – {e.actorName}, {v.dateTime(e.at)}
            {e.reason ? <blockquote>{e.reason}</blockquote> : null}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
