// One document: its state and files, the workflow (submit, return, sign and issue), the preview, delivery and history.
import { citeDocument } from "../../../domain/documents/citation";
import { Csrf, ErrorSummary, Notice, PostButton, RadioField, TextArea, DateField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { ReturnForm } from "../../../web/workflow";
import type { FormState, View } from "../../../web/view";
import type { getDocument } from "../get-document";
import { DocumentPreview } from "./preview";
import { DocumentStatus, DocumentsNav } from "./parts";
import { ProposalParts } from "../../proposals/pages/parts";

type DocumentView = Awaited<ReturnType<typeof getDocument>>;

export interface ActionForms {
  comment: FormState;
  return: FormState;
  issue: FormState;
  submit: FormState;
}

const SIGNING_LABEL = { TM: "documents.form_tm", HEAD: "documents.form_head", KT: "documents.form_kt", Q: "documents.form_q", TL: "documents.form_tl", TUQ: "documents.form_tuq" } as const;

export function DocumentPage({ v, data, forms, notice }: { v: View; data: DocumentView; forms: ActionForms; notice?: string | undefined }) {
  const { doc } = data;
  // A plan is edited, copied and corrected here; other kinds are drawn up by their own areas.
  const isPlan = doc.typeCode === "KH";
  const can = isPlan ? data.can : { ...data.can, edit: false, copy: false, correct: false };
  const title =
    doc.typeCode === "TTr"
      ? doc.numberSymbol ? `${v.t("proposals.document")} ${doc.numberSymbol}` : v.t("proposals.document_draft")
      : doc.typeCode === "QĐ"
        ? doc.numberSymbol ? `${v.t("decisions.decision")} ${doc.numberSymbol}` : v.t("decisions.draft_title")
        : doc.numberSymbol ? `${v.t("documents.plan")} ${doc.numberSymbol}` : v.t("documents.plan_draft");
  const errors = { ...forms.submit.errors, ...forms.issue.errors, ...forms.return.errors, ...forms.comment.errors };
  const labels: Record<string, string> = {
    _form: "", summary: v.t("documents.summary"), basis: v.t("plan.basis"), purposes: v.t("plan.purposes"), requirements: v.t("plan.requirements"),
    contents: v.t("plan.contents"), "assignments.0.party": v.t("plan.part3"), closing: v.t("plan.closing"), outsideRecipients: v.t("plan.recipients"),
    signingForm: v.t("documents.signing_form"), issuedOn: v.t("documents.issued_on"), reason: v.t("documents.return_reason"), comment: v.t("documents.comment"),
  };
  const unopened = data.recipients.filter((r) => r.unitId && r.deliveredAt && !r.openedAt);
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={errors} labels={labels} />
      <DocumentsNav v={v} />
      <h1>{title}</h1>
      <p>
        <DocumentStatus v={v} status={doc.status} /> <span class="muted">{data.unit.name} · {v.t("documents.version_n", { n: doc.version })}</span>
      </p>
      <p class="downloads">
        <a class="button button--secondary" href={`/documents/${doc.id}/file.docx`} >{v.t("documents.download_docx")}</a>{" "}
        <a class="button button--secondary" href={`/documents/${doc.id}/file.pdf`} >{v.t("documents.download_pdf")}</a>
      </p>
      <div class="actions">
        {can.edit ? <a class="button" href={`/documents/${doc.id}/edit`}>{v.t("plan.edit")}</a> : null}
        {can.submit ? <PostButton v={v} action={`/documents/${doc.id}/submit`} label={v.t("documents.submit")} /> : null}
        {can.copy ? <PostButton v={v} action={`/documents/${doc.id}/copy`} label={v.t("documents.copy")} secondary /> : null}
        {can.correct ? <PostButton v={v} action={`/documents/${doc.id}/correct`} label={v.t("documents.correct")} secondary /> : null}
      </div>
      {data.corrects ? (
        <p>{v.t("documents.replaces")} <a href={`/documents/${data.corrects.id}`}>{data.corrects.numberSymbol}</a></p>
      ) : null}
      {data.correctedBy.map((r) => (
        <p>
          {v.t(r.status === "issued" ? "documents.replaced_by" : "documents.replacement_drafted")} <a href={`/documents/${r.id}`}>{r.numberSymbol ?? v.t("documents.status.draft")}</a>
        </p>
      ))}
      {can.issue ? (
        <form method="post" action={`/documents/${doc.id}/issue`} class="panel" novalidate>
          <h2>{v.t("documents.sign_and_issue")}</h2>
          <Csrf v={v} />
          <RadioField
            v={v}
            form={forms.issue.values.signingForm ? forms.issue : { ...forms.issue, values: { ...forms.issue.values, signingForm: data.signingForms[0] ?? "" } }}
            name="signingForm"
            label={labels.signingForm!}
            options={data.signingForms.map((f) => ({ value: f, label: v.t(SIGNING_LABEL[f]) }))}
          />
          <DateField v={v} form={forms.issue} name="issuedOn" type="date" label={labels.issuedOn!} hint={v.t("documents.issued_on_hint")} />
          <button class="button" type="submit">{v.t("documents.issue")}</button>
        </form>
      ) : null}
      {can.return ? <ReturnForm v={v} action={`/documents/${doc.id}/return`} title={v.t("documents.return")} label={labels.reason!} form={forms.return} /> : null}
      {data.bases.length > 0 ? (
        <>
          <h2>{v.t("plan.basis")}</h2>
          <ul>
            {data.bases.map((b) => (
              <li>
                <span lang="vi">{citeDocument(b)}</span>: {b.summary}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.typeCode === "TTr" ? <ProposalParts v={v} content={doc.content} /> : null}
      {doc.typeCode === "QĐ" ? <p><a href={`/decisions/${doc.id}`}>{v.t("decisions.open_decision")}</a></p> : null}
      <h2>{v.t("documents.preview")}</h2>
      <DocumentPreview doc={data.official} label={v.t("documents.preview")} />
      {can.seeOpenings && data.recipients.some((r) => r.unitId) ? (
        <>
          <h2>{v.t("documents.delivery")}</h2>
          {doc.status === "issued" ? <p>{v.t("documents.unopened_count", { n: unopened.length })}</p> : null}
          <DataTable
            rows={data.recipients.filter((r) => r.unitId)}
            columns={[
              { header: v.t("plan.recipients"), cell: (r) => r.label },
              {
                header: v.t("documents.opened"),
                cell: (r) => (r.openedAt ? v.t("documents.opened_at", { at: v.dateTime(r.openedAt), by: r.openedBy ?? "" }) : r.deliveredAt ? v.t("documents.not_opened") : "—"),
              },
            ]}
          />
        </>
      ) : null}
      <h2>{v.t("documents.history")}</h2>
      <ol class="history">
        {data.events.map((e) => (
          <li>
            <strong>{v.t(`documents.event.${e.action}` as "documents.event.created")}</strong> – {e.actorName}, {v.dateTime(e.at)} ({v.t("documents.version_n", { n: e.version })})
            {e.note ? <blockquote>{e.note}</blockquote> : null}
          </li>
        ))}
      </ol>
      {data.versions.length > 1 ? (
        <p>
          <a href={`/documents/${doc.id}/compare?from=${data.versions[1]!.version}&to=${data.versions[0]!.version}`}>{v.t("documents.compare_last")}</a>
        </p>
      ) : null}
      {can.comment ? (
        <form method="post" action={`/documents/${doc.id}/comments`} novalidate>
          <Csrf v={v} />
          <TextArea v={v} form={forms.comment} name="comment" label={labels.comment!} rows={3} />
          <button class="button button--secondary" type="submit">{v.t("documents.add_comment")}</button>
        </form>
      ) : null}
    </Layout>
  );
}
