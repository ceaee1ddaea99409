// A list as its standing member sees it: the candidates, the period and its article, and each
// comment with its status, the sender's contact and the forms to publish, reject or answer it.
import { Csrf, ErrorSummary, Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { fieldMessage, type FormState, type View } from "../../../web/view";
import type { getDisclosure } from "../get-disclosure";
import { CommentStatus, Lines, periodText, publicPath, StateTag } from "./parts";
import { CandidatesTable } from "./public-disclosure";

type Data = Awaited<ReturnType<typeof getDisclosure>>;

export function DisclosurePage({ v, data, form, notice }: { v: View; data: Data; form?: { commentId: number; state: FormState } | undefined; notice?: string | undefined }) {
  const d = data.disclosure;
  const base = `/disclosures/${d.id}`;
  const labels = { _form: "", answer: v.t("disclosure.answer"), action: "" };
  return (
    <Layout v={v} title={d.title}>
      {notice ? <Notice>{notice}</Notice> : null}
      {form ? <ErrorSummary v={v} errors={form.state.errors} labels={labels} /> : null}
      <p><a href="/disclosures">{v.t("disclosure.title")}</a></p>
      <h1>{d.title}</h1>
      <p><StateTag v={v} state={data.state} /></p>
      <dl class="facts">
        <dt>{v.t("disclosure.unit")}</dt><dd>{data.unit.name}</dd>
        <dt>{v.t("disclosure.col_period")}</dt><dd>{periodText(v, d)}</dd>
        <dt>{v.t("nominations.citation")}</dt><dd>{d.citation}</dd>
        <dt>{v.t("disclosure.public_link")}</dt><dd><a href={publicPath(d.unitId, d.id)}>{publicPath(d.unitId, d.id)}</a></dd>
      </dl>
      <h2>{v.t("disclosure.candidates")}</h2>
      <CandidatesTable v={v} rows={data.candidates} link={(id) => `/nominations/${id}`} />
      <h2>{v.t("disclosure.comments")}</h2>
      <DataTable
        rows={data.comments}
        empty={v.t("disclosure.comments_none")}
        columns={[
          {
            header: v.t("disclosure.body"),
            cell: (c) => (
              <>
                <p><strong>{c.authorName}</strong> · {v.t("disclosure.contact", { contact: c.authorContact })} · {v.t("disclosure.sent_at", { at: v.dateTime(c.createdAt) })}</p>
                {c.about ? <p class="muted">{v.t("disclosure.about_label", { name: c.about })}</p> : null}
                <p><Lines text={c.body} /></p>
                {c.answer ? <p><strong>{v.t("disclosure.answer_of", { unit: data.unit.name })}:</strong> <Lines text={c.answer} /></p> : null}
              </>
            ),
          },
          { header: v.t("nominations.status"), cell: (c) => <CommentStatus v={v} status={c.status} /> },
          {
            header: <span class="visually-hidden">{v.t("disclosure.answer")}</span>,
            cell: (c) => {
              const state = form?.commentId === c.id ? form.state : { values: { answer: c.answer ?? "" }, errors: {} };
              const id = `answer-${c.id}`;
              return (
                <form method="post" action={`${base}/comments/${c.id}`} novalidate>
                  <Csrf v={v} />
                  {c.status !== "published" ? <button class="button button--secondary" name="action" value="publish" type="submit">{v.t("disclosure.publish_comment")}</button> : null}{" "}
                  {c.status !== "rejected" ? <button class="button button--secondary" name="action" value="reject" type="submit">{v.t("disclosure.reject_comment")}</button> : null}
                  {c.status !== "rejected" ? (
                    <>
                      <div class={state.errors.answer ? "field field--error" : "field"}>
                        <label for={id}>{v.t("disclosure.answer")}</label>
                        {state.errors.answer ? <p class="error-message">{fieldMessage(v, state.errors.answer, v.t("disclosure.answer"))}</p> : null}
                        <textarea class="textarea" id={id} name="answer" rows={3}>{state.values.answer ?? ""}</textarea>
                      </div>
                      <button class="button" name="action" value="answer" type="submit">{v.t("disclosure.answer_submit")}</button>
                    </>
                  ) : null}
                </form>
              );
            },
          },
        ]}
      />
    </Layout>
  );
}
