// A published list, for anyone with no sign-in: each candidate with only what the law makes
// public, the period, the comments published with their answers, and, while it is open, the form
// to comment (name and contact required; the contact is never shown).
import { Csrf, ErrorSummary, Notice, SelectField, TextArea, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { FormState, View } from "../../../web/view";
import type { candidatesOf } from "../disclosure-contents";
import type { getPublicDisclosure } from "../public-disclosures";
import { Lines, periodText, publicPath, StateTag } from "./parts";

type Data = Awaited<ReturnType<typeof getPublicDisclosure>>;
type Candidate = Awaited<ReturnType<typeof candidatesOf>>[number];

export function CandidatesTable({ v, rows, link }: { v: View; rows: readonly Candidate[]; link?: (nominationId: number) => string }) {
  return (
    <DataTable
      rows={rows}
      empty=""
      columns={[
        { header: v.t("disclosure.col_nominee"), cell: (c) => (link ? <a href={link(c.nominationId)}>{c.nomineeName}</a> : c.nomineeName), rowHeader: true },
        { header: v.t("disclosure.col_form"), cell: (c) => c.formName },
        { header: v.t("disclosure.col_year"), cell: (c) => String(c.year) },
        { header: v.t("disclosure.col_unit"), cell: (c) => c.unitName },
        { header: v.t("disclosure.col_achievement"), cell: (c) => <Lines text={c.achievement || "—"} /> },
      ]}
    />
  );
}

export function PublicDisclosurePage({ v, data, form, notice }: { v: View; data: Data; form: FormState; notice?: string | undefined }) {
  const d = data.disclosure;
  const labels = { _form: "", authorName: v.t("disclosure.author_name"), authorContact: v.t("disclosure.author_contact"), nominationId: v.t("disclosure.about"), body: v.t("disclosure.body") };
  return (
    <Layout v={v} title={d.title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <p><a href={publicPath(data.unit.id)}>{v.t("disclosure.public_heading", { unit: data.unit.name })}</a></p>
      <h1>{d.title}</h1>
      <p><StateTag v={v} state={data.state} /> {periodText(v, d)}</p>
      <p class="muted">{v.t("disclosure.citation", { citation: d.citation })}</p>
      <CandidatesTable v={v} rows={data.candidates} />

      <h2>{v.t("disclosure.comments")}</h2>
      {data.comments.length ? (
        <ul class="plain-list">
          {data.comments.map((c) => (
            <li class="panel">
              <p><strong>{c.authorName}</strong> · {v.date(c.createdAt)}{c.about ? <> · {v.t("disclosure.about_label", { name: c.about })}</> : null}</p>
              <p><Lines text={c.body} /></p>
              {c.answer ? <p><strong>{v.t("disclosure.answer_of", { unit: data.unit.name })}:</strong> <Lines text={c.answer} /></p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{v.t("disclosure.comments_none")}</p>
      )}

      {data.state === "open" ? (
        <form method="post" action={publicPath(data.unit.id, d.id)} class="panel" novalidate>
          <h2>{v.t("disclosure.comment_title")}</h2>
          <p class="muted">{v.t("disclosure.comments_open_until", { date: v.date(d.endsOn) })}</p>
          <Csrf v={v} />
          <TextField v={v} form={form} name="authorName" label={labels.authorName} autocomplete="name" />
          <TextField v={v} form={form} name="authorContact" label={labels.authorContact} hint={v.t("disclosure.author_contact_hint")} />
          <SelectField v={v} form={form} name="nominationId" label={labels.nominationId} placeholder={v.t("disclosure.about_all")} options={data.candidates.map((c) => ({ value: String(c.nominationId), label: c.nomineeName }))} />
          <TextArea v={v} form={form} name="body" label={labels.body} hint={v.t("disclosure.body_hint")} rows={6} />
          <button class="button" type="submit">{v.t("disclosure.comment_submit")}</button>
        </form>
      ) : (
        <p><strong>{v.t("disclosure.comments_closed")}</strong></p>
      )}
    </Layout>
  );
}
