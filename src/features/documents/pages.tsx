import { citeDocument } from "../../domain/documents/citation";
import type { PlanContent } from "../../domain/plans/plan-content";
import { Csrf, ErrorSummary, Notice, PostButton, RadioField, SelectField, TextArea, DateField, TextField } from "../../web/components";
import { Layout } from "../../web/layout";
import { DataTable } from "../../web/table";
import { ReturnForm, StatusTag } from "../../web/workflow";
import { emptyForm, type FormState, type View } from "../../web/view";
import type { compareVersions } from "./compare-versions";
import type { HeaderSettings } from "./document-input";
import type { planFormChoices } from "./form-choices";
import type { getDocument } from "./get-document";
import type { listInbox } from "./inbox";
import type { documentRegister, listDocuments } from "./list-documents";
import { DocumentPreview } from "./preview";
import type { listSigningAuthorities } from "./signing-authorisations";

type DocumentList = Awaited<ReturnType<typeof listDocuments>>;
type DocumentView = Awaited<ReturnType<typeof getDocument>>;
type Choices = Awaited<ReturnType<typeof planFormChoices>>;

function DocumentStatus({ v, status }: { v: View; status: string }) {
  return <StatusTag label={v.t(`documents.status.${status}` as "documents.status.draft")} tone={status} />;
}

function DocumentsNav({ v }: { v: View }) {
  return (
    <p class="subnav">
      <a href="/documents">{v.t("documents.title")}</a> · <a href="/documents/register">{v.t("documents.register")}</a> ·{" "}
      <a href="/directives">{v.t("directives.title")}</a> · <a href="/inbox">{v.t("inbox.title")}</a> ·{" "}
      <a href="/documents/signing">{v.t("signing.title")}</a>
    </p>
  );
}

export function DocumentsPage({ v, list, canDraft, notice }: { v: View; list: DocumentList; canDraft: boolean; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("documents.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("documents.title")}</h1>
      <DocumentsNav v={v} />
      {canDraft ? (
        <p>
          <a class="button" href="/documents/new">{v.t("documents.new_plan")}</a>
        </p>
      ) : null}
      <form method="get" action="/documents" class="search-row">
        <SelectField
          v={v}
          form={emptyForm({ status: list.status ?? "" })}
          name="status"
          label={v.t("documents.filter_status")}
          placeholder={v.t("documents.all")}
          options={(["draft", "submitted", "issued"] as const).map((s) => ({ value: s, label: v.t(`documents.status.${s}`) }))}
        />
        <button class="button button--secondary" type="submit">{v.t("documents.filter")}</button>
      </form>
      <DataTable
        rows={list.documents}
        empty={v.t("documents.none")}
        columns={[
          { header: v.t("documents.number"), cell: (d) => d.numberSymbol ?? "—" },
          { header: v.t("documents.summary"), cell: (d) => <a href={`/documents/${d.id}`}>{d.summary}</a> },
          { header: v.t("field.unit"), cell: (d) => d.unitName },
          {
            header: v.t("documents.state"),
            cell: (d) => (
              <>
                <DocumentStatus v={v} status={d.status} />
                {d.issuedOn ? <span class="muted"> {v.date(d.issuedOn)}</span> : null}
              </>
            ),
          },
        ]}
      />
    </Layout>
  );
}

export function NewPlanPage({ v, form, units, plans }: { v: View; form: FormState; units: { id: number; name: string }[]; plans: { id: number; summary: string; numberSymbol: string | null; unitName: string }[] }) {
  const labels = { unitId: v.t("field.unit"), start: v.t("documents.start_from"), copyOf: v.t("documents.copy_of"), summary: v.t("documents.summary") };
  return (
    <Layout v={v} title={v.t("documents.new_plan")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("documents.new_plan")}</h1>
      <form method="post" action="/documents/new" novalidate>
        <Csrf v={v} />
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} hint={v.t("documents.unit_hint")} placeholder="" options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <RadioField
          v={v}
          form={form.values.start ? form : { ...form, values: { ...form.values, start: "template" } }}
          name="start"
          label={labels.start}
          options={[
            { value: "template", label: v.t("documents.start_template"), hint: v.t("documents.start_template_hint") },
            { value: "blank", label: v.t("documents.start_blank") },
            { value: "copy", label: v.t("documents.start_copy") },
          ]}
        />
        <SelectField v={v} form={form} name="copyOf" label={labels.copyOf} placeholder="" options={plans.map((p) => ({ value: String(p.id), label: `${p.numberSymbol ?? v.t("documents.status.draft")} – ${p.summary} (${p.unitName})` }))} />
        <TextField v={v} form={form} name="summary" label={labels.summary} hint={v.t("documents.summary_hint")} />
        <button class="button" type="submit">{v.t("documents.create_draft")}</button>
      </form>
    </Layout>
  );
}

/** A stored plan as the flat values of its edit form. */
export function planFormValues(content: PlanContent, header: HeaderSettings, version: number): Record<string, string> {
  const values: Record<string, string> = {
    version: String(version),
    summary: content.summary,
    basis: content.basis,
    introduction: content.introduction,
    purposes: content.purposes,
    requirements: content.requirements,
    contents: content.contents,
    closing: content.closing,
    parentBody: header.parentBody ?? "",
    issuingBody: header.issuingBody,
    issuerCode: header.issuerCode,
    place: header.place,
    archiveLine: header.archiveLine,
  };
  content.assignments.forEach((a, i) => {
    values[`assignments.${i}.party`] = a.party;
    values[`assignments.${i}.duties`] = a.duties;
    values[`assignments.${i}.dueDate`] = a.dueDate ?? "";
  });
  return values;
}

export interface RecipientChoice {
  unitId: number;
  label: string;
  checked: boolean;
}

export function EditPlanPage({ v, id, form, choices, recipients, basis }: { v: View; id: number; form: FormState; choices: Choices; recipients: RecipientChoice[]; basis: Set<number> }) {
  const rows = Math.min(30, Object.keys(form.values).filter((k) => /^assignments\.\d+\.party$/.test(k)).length + 2);
  const labels: Record<string, string> = {
    _form: "",
    summary: v.t("documents.summary"),
    basis: v.t("plan.basis"),
    introduction: v.t("plan.introduction"),
    purposes: v.t("plan.purposes"),
    requirements: v.t("plan.requirements"),
    contents: v.t("plan.contents"),
  };
  for (let i = 0; i < rows; i++) {
    labels[`assignments.${i}.party`] = v.t("plan.party_n", { n: i + 1 });
    labels[`assignments.${i}.duties`] = v.t("plan.duties_n", { n: i + 1 });
    labels[`assignments.${i}.dueDate`] = v.t("plan.due_n", { n: i + 1 });
  }
  Object.assign(labels, {
    closing: v.t("plan.closing"),
    outsideRecipients: v.t("plan.outside_recipients"),
    parentBody: v.t("plan.parent_body"),
    issuingBody: v.t("plan.issuing_body"),
    issuerCode: v.t("plan.issuer_code"),
    place: v.t("plan.place"),
    archiveLine: v.t("plan.archive_line"),
  });
  return (
    <Layout v={v} title={v.t("plan.edit_title")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <p><a href={`/documents/${id}`}>{v.t("common.back")}</a></p>
      <h1>{v.t("plan.edit_title")}</h1>
      <p class="hint">{v.t("plan.markup_help")}</p>
      <form method="post" action={`/documents/${id}/edit`} novalidate>
        <Csrf v={v} />
        <input type="hidden" name="version" value={form.values.version ?? ""} />
        <TextField v={v} form={form} name="summary" label={labels.summary!} hint={v.t("documents.summary_hint")} />
        <fieldset class="fieldset">
          <legend>{v.t("plan.basis")}</legend>
          {choices.directives.length === 0 ? <p class="hint">{v.t("plan.no_directives")}</p> : null}
          {choices.directives.map((d) => (
            <div class="checkbox">
              <input type="checkbox" id={`basis-${d.id}`} name={`basis.${d.id}`} value="on" checked={basis.has(d.id)} />
              <label for={`basis-${d.id}`}>
                <span lang="vi">{citeDocument(d)}</span>: {d.summary}
              </label>
            </div>
          ))}
        </fieldset>
        <TextArea v={v} form={form} name="basis" label={labels.basis!} hint={v.t("plan.basis_hint")} rows={3} />
        <TextArea v={v} form={form} name="introduction" label={labels.introduction!} rows={2} />
        <h2>{v.t("plan.part1")}</h2>
        <TextArea v={v} form={form} name="purposes" label={labels.purposes!} rows={8} />
        <TextArea v={v} form={form} name="requirements" label={labels.requirements!} rows={6} />
        <h2>{v.t("plan.part2")}</h2>
        <TextArea v={v} form={form} name="contents" label={labels.contents!} rows={12} />
        <h2>{v.t("plan.part3")}</h2>
        <p class="hint">{v.t("plan.assignments_hint")}</p>
        {Array.from({ length: rows }, (_, i) => (
          <fieldset class="fieldset assignment">
            <legend>{v.t("plan.assignment_n", { n: i + 1 })}</legend>
            <TextField v={v} form={form} name={`assignments.${i}.party`} label={labels[`assignments.${i}.party`]!} />
            <TextArea v={v} form={form} name={`assignments.${i}.duties`} label={labels[`assignments.${i}.duties`]!} rows={4} />
            <DateField v={v} form={form} name={`assignments.${i}.dueDate`} label={labels[`assignments.${i}.dueDate`]!} type="date" hint={v.t("plan.due_hint")} />
          </fieldset>
        ))}
        <TextArea v={v} form={form} name="closing" label={labels.closing!} rows={2} />
        <h2>{v.t("plan.recipients")}</h2>
        <fieldset class="fieldset">
          <legend>{v.t("plan.internal_recipients")}</legend>
          <p class="hint">{v.t("plan.internal_hint")}</p>
          {recipients.map((r) => (
            <div class="checkbox">
              <input type="checkbox" id={`recipient-${r.unitId}`} name={`recipient.${r.unitId}`} value="on" checked={r.checked} />
              <input type="hidden" name={`recipientLabel.${r.unitId}`} value={r.label} />
              <label for={`recipient-${r.unitId}`}>{r.label}</label>
            </div>
          ))}
        </fieldset>
        <TextArea v={v} form={form} name="outsideRecipients" label={labels.outsideRecipients!} hint={v.t("plan.outside_hint")} rows={5} />
        <details class="details">
          <summary>{v.t("plan.header_settings")}</summary>
          <TextField v={v} form={form} name="parentBody" label={labels.parentBody!} />
          <TextField v={v} form={form} name="issuingBody" label={labels.issuingBody!} />
          <TextField v={v} form={form} name="issuerCode" label={labels.issuerCode!} width="short" hint={v.t("plan.issuer_code_hint")} />
          <TextField v={v} form={form} name="place" label={labels.place!} />
          <TextField v={v} form={form} name="archiveLine" label={labels.archiveLine!} />
        </details>
        <button class="button" type="submit">{v.t("plan.save")}</button>
      </form>
    </Layout>
  );
}

export interface ActionForms {
  comment: FormState;
  return: FormState;
  issue: FormState;
  submit: FormState;
}

const SIGNING_LABEL = { TM: "documents.form_tm", HEAD: "documents.form_head", KT: "documents.form_kt", Q: "documents.form_q", TL: "documents.form_tl", TUQ: "documents.form_tuq" } as const;

export function DocumentPage({ v, data, forms, notice }: { v: View; data: DocumentView; forms: ActionForms; notice?: string | undefined }) {
  const { doc, can } = data;
  const title = doc.numberSymbol ? `${v.t("documents.plan")} ${doc.numberSymbol}` : v.t("documents.plan_draft");
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

export function ComparePage({ v, diff }: { v: View; diff: Awaited<ReturnType<typeof compareVersions>> }) {
  return (
    <Layout v={v} title={v.t("documents.compare_title", { from: diff.from, to: diff.to })}>
      <p><a href={`/documents/${diff.doc.id}`}>{v.t("common.back")}</a></p>
      <h1>{v.t("documents.compare_title", { from: diff.from, to: diff.to })}</h1>
      {diff.sections.length === 0 ? <p>{v.t("documents.no_changes")}</p> : null}
      {diff.sections.map((s) => (
        <section>
          <h2>{v.t(`plan.section.${s.section}` as "plan.section.summary")}</h2>
          <p class="diff">
            {s.changes.map((c) => (c.kind === "added" ? <ins>{c.text}</ins> : c.kind === "removed" ? <del>{c.text}</del> : <span>{c.text}</span>))}
          </p>
        </section>
      ))}
    </Layout>
  );
}

export function RegisterPage({ v, register, units }: { v: View; register: Awaited<ReturnType<typeof documentRegister>> | null; units: { id: number; name: string }[] }) {
  const form = emptyForm({ unit: register ? String(register.unit.id) : "", year: String(register?.year ?? new Date().getFullYear()) });
  return (
    <Layout v={v} title={v.t("documents.register")}>
      <DocumentsNav v={v} />
      <h1>{v.t("documents.register")}</h1>
      <form method="get" action="/documents/register" class="search-row">
        <SelectField v={v} form={form} name="unit" label={v.t("field.unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <TextField v={v} form={form} name="year" label={v.t("documents.year")} width="short" />
        <button class="button button--secondary" type="submit">{v.t("documents.filter")}</button>
      </form>
      {register ? (
        <>
          <p>
            <a class="button button--secondary" href={`/documents/register.xlsx?unit=${register.unit.id}&year=${register.year}`}>{v.t("documents.register_xlsx")}</a>
          </p>
          <DataTable
            rows={register.entries}
            empty={v.t("documents.register_empty")}
            columns={[
              { header: v.t("documents.number"), cell: (e) => <a href={`/documents/${e.id}`}>{e.numberSymbol}</a> },
              { header: v.t("documents.issued_on"), cell: (e) => (e.issuedOn ? v.date(e.issuedOn) : "") },
              { header: v.t("documents.summary"), cell: (e) => e.summary },
              { header: v.t("documents.signer"), cell: (e) => e.signerName },
            ]}
          />
        </>
      ) : null}
    </Layout>
  );
}

export function InboxPage({ v, items }: { v: View; items: Awaited<ReturnType<typeof listInbox>> }) {
  return (
    <Layout v={v} title={v.t("inbox.title")}>
      <DocumentsNav v={v} />
      <h1>{v.t("inbox.title")}</h1>
      <DataTable
        rows={items}
        empty={v.t("inbox.none")}
        rowClass={(d) => (d.openedAt ? undefined : "unread")}
        columns={[
          { header: v.t("inbox.document"), cell: (d) => <span lang="vi">{citeDocument({ kind: d.typeCode, numberSymbol: d.numberSymbol, issuedOn: d.issuedOn })}</span> },
          { header: v.t("documents.summary"), cell: (d) => <a href={`/documents/${d.id}`}>{d.summary}</a> },
          { header: v.t("inbox.from"), cell: (d) => d.issuer },
          { header: v.t("documents.opened"), cell: (d) => (d.openedAt ? v.dateTime(d.openedAt) : <strong>{v.t("inbox.new")}</strong>) },
        ]}
      />
    </Layout>
  );
}

export function SigningPage({ v, data, units, form }: { v: View; data: Awaited<ReturnType<typeof listSigningAuthorities>> | null; units: { id: number; name: string }[]; form: FormState }) {
  const labels = { userId: v.t("signing.official"), form: v.t("documents.signing_form"), signerTitle: v.t("signing.signer_title"), validFrom: v.t("signing.valid_from"), validTo: v.t("signing.valid_to") };
  return (
    <Layout v={v} title={v.t("signing.title")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <DocumentsNav v={v} />
      <h1>{v.t("signing.title")}</h1>
      <p>{v.t("signing.intro")}</p>
      <form method="get" action="/documents/signing" class="search-row">
        <SelectField v={v} form={emptyForm({ unit: data ? String(data.unit.id) : "" })} name="unit" label={v.t("field.unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <button class="button button--secondary" type="submit">{v.t("documents.filter")}</button>
      </form>
      {data ? (
        <>
          <DataTable
            rows={data.granted}
            empty={v.t("signing.none")}
            columns={[
              { header: labels.userId, cell: (g) => g.name },
              { header: labels.form, cell: (g) => `${g.form}. ${g.signerTitle}` },
              {
                header: v.t("signing.period"),
                cell: (g) => (
                  <>
                    {v.date(g.validFrom)} – {g.validTo ? v.date(g.validTo) : v.t("signing.open_ended")}
                    {g.revokedAt ? <strong> ({v.t("signing.revoked")})</strong> : null}
                  </>
                ),
              },
              { header: "", cell: (g) => (data.canGrant && !g.revokedAt ? <PostButton v={v} action={`/documents/signing/${g.id}/revoke`} label={v.t("signing.revoke")} secondary /> : null) },
            ]}
          />
          {data.canGrant ? (
            <form method="post" action="/documents/signing" class="panel" novalidate>
              <h2>{v.t("signing.grant")}</h2>
              <Csrf v={v} />
              <input type="hidden" name="unitId" value={String(data.unit.id)} />
              <SelectField v={v} form={form} name="userId" label={labels.userId} placeholder="" options={data.officials.map((o) => ({ value: String(o.id), label: o.name }))} />
              <RadioField v={v} form={form} name="form" label={labels.form} options={[{ value: "TL", label: v.t("documents.form_tl") }, { value: "TUQ", label: v.t("documents.form_tuq") }]} />
              <TextField v={v} form={form} name="signerTitle" label={labels.signerTitle} hint={v.t("signing.signer_title_hint")} />
              <DateField v={v} form={form} name="validFrom" type="date" label={labels.validFrom} />
              <DateField v={v} form={form} name="validTo" type="date" label={labels.validTo} hint={v.t("signing.valid_to_hint")} />
              <button class="button" type="submit">{v.t("signing.grant")}</button>
            </form>
          ) : null}
        </>
      ) : null}
    </Layout>
  );
}
