// One session of the council: when and where, the rules of the day, who sits and who came, the
// agenda with its recusals, how many have voted while the vote is open (never a choice), the
// results and the published receipts once closed, and the steps the reader may take.
import { Csrf, ErrorSummary, Notice, PostButton, SelectField, TextArea, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { emptyForm, type FormState, type View } from "../../../web/view";
import type { SessionView } from "../get-session";
import { ResultText, SessionState } from "./session-parts";

export type SessionForm = "agenda" | "attendance" | "recusal" | "count" | "confirm" | "step";

const labelsOf = (v: View): Record<string, string> => ({
  _form: "",
  nominationIds: v.t("council.agenda_add"),
  attendance: v.t("council.attendance"),
  itemId: v.t("council.item"),
  note: v.t("council.recusal_note"),
  agree: v.t("council.count_agree"),
  disagree: v.t("council.count_disagree"),
  invalid: v.t("council.count_invalid"),
});

function Errors({ v, form }: { v: View; form?: FormState | undefined }) {
  return form ? <ErrorSummary v={v} errors={form.errors} labels={labelsOf(v)} /> : null;
}

function Rules({ v, data }: { v: View; data: SessionView }) {
  const r = data.rules;
  if (!r) return <p class="muted">{v.t("council.rules_at_invitation")}</p>;
  const council = r.council.value;
  return (
    <dl class="facts">
      <dt>{v.t("council.quorum")}</dt>
      <dd>
        {v.t("council.quorum_rule", { share: `${r.quorum.value.numerator}/${r.quorum.value.denominator}` })} · {r.quorum.citation}
        {r.quorum.unconfirmed ? ` (${v.t("catalogue.unconfirmed")})` : ""}
        {data.quorum ? <><br /><strong>{v.t(data.quorum.met ? "council.quorum_met" : "council.quorum_not_met", { present: data.quorum.present, members: data.quorum.members, required: data.quorum.required })}</strong></> : null}
      </dd>
      <dt>{v.t("catalogue.kind.council_rule")}</dt>
      <dd>
        {[v.t(`catalogue.words.recused_${council.recusedCount}`), v.t(`catalogue.words.opinions_${council.writtenOpinions}`), v.t(`catalogue.words.receipts_${council.receipts}`)].join("; ")} · {r.council.citation}
        {r.council.unconfirmed ? ` (${v.t("catalogue.unconfirmed")})` : ""}
      </dd>
    </dl>
  );
}

function Members({ v, data, form }: { v: View; data: SessionView; form?: FormState | undefined }) {
  const editing = data.can.attendance;
  const table = (
    <DataTable
      rows={data.members}
      empty={v.t("council.members_at_invitation")}
      caption={v.t("council.members")}
      captionHidden
      columns={[
        { header: v.t("council.member"), rowHeader: true, cell: (m) => m.fullName },
        { header: v.t("council.post"), cell: (m) => v.t(`council_members.post.${m.post}`) },
        {
          header: v.t("council.attendance"),
          cell: (m) =>
            editing ? (
              <>
                <label class="visually-hidden" for={`att-${m.memberId}`}>{v.t("council.attendance_of", { name: m.fullName })}</label>
                <select class="select" id={`att-${m.memberId}`} name={`attendance.${m.memberId}`}>
                  <option value="">{v.t("council.attendance_unset")}</option>
                  <option value="present" selected={(form?.values[`attendance.${m.memberId}`] ?? m.attendance) === "present"}>{v.t("council.present")}</option>
                  <option value="absent" selected={(form?.values[`attendance.${m.memberId}`] ?? m.attendance) === "absent"}>{v.t("council.absent")}</option>
                </select>
              </>
            ) : m.attendance ? v.t(`council.${m.attendance}`) : "—",
        },
        { header: v.t("council.written_opinion"), cell: (m) => (m.wroteOpinion ? v.t("council.opinion_sent") : "—") },
      ]}
    />
  );
  return (
    <section>
      <h2>{v.t("council.members")}</h2>
      {editing ? (
        <form method="post" action={`/council/sessions/${data.session.id}/attendance`} novalidate>
          <Errors v={v} form={form} />
          <Csrf v={v} />
          {table}
          <button class="button" type="submit">{v.t("council.attendance_save")}</button>
        </form>
      ) : table}
    </section>
  );
}

function ItemProgress({ v, data, item }: { v: View; data: SessionView; item: SessionView["items"][number] }) {
  if (item.result) return <ResultText v={v} result={item.result} />;
  if (data.session.status === "voting" && data.session.ballotMode === "online") return <span>{v.t("council.voted_so_far", { n: item.votedCount, of: item.voters })}</span>;
  if (item.paper) return <span>{v.t(item.paper.confirmedBy ? "council.count_confirmed" : "council.count_entered", { by: item.paper.enteredByName, confirmer: item.paper.confirmedByName ?? "" })}</span>;
  return <span class="muted">—</span>;
}

function Agenda({ v, data }: { v: View; data: SessionView }) {
  const base = `/council/sessions/${data.session.id}`;
  return (
    <DataTable
      rows={data.items}
      empty={v.t("council.agenda_empty")}
      caption={v.t("council.agenda")}
      captionHidden
      columns={[
        { header: v.t("council.position"), cell: (i) => String(i.position) },
        { header: v.t("council.form"), cell: (i) => i.formName },
        { header: v.t("council.nominee"), rowHeader: true, cell: (i) => <><a href={`/nominations/${i.nominationId}`}>{i.nomineeName}</a><br /><span class="muted">{i.nominatingUnit}</span></> },
        {
          header: v.t("council.recusals"),
          cell: (i) =>
            i.recusals.length ? (
              <ul class="plain">{i.recusals.map((r) => <li>{r.fullName}: {v.t(`council.recusal.${r.reason}`)}{r.note ? ` (${r.note})` : ""}</li>)}</ul>
            ) : "—",
        },
        {
          header: v.t("council.written_opinions"),
          cell: (i) => (i.opinions.length ? <ul class="plain">{i.opinions.map((o) => <li>{o.fullName}: {v.t(`council.choice.${o.choice}`)}</li>)}</ul> : "—"),
        },
        { header: v.t("council.result"), cell: (i) => <ItemProgress v={v} data={data} item={i} /> },
        data.me ? { header: v.t("council.my_state"), cell: (i) => (i.myState ? v.t(`council.my.${i.myState}`) : "—") } : null,
        data.can.editAgenda ? { header: <span class="visually-hidden">{v.t("council.agenda_remove")}</span>, cell: (i) => <PostButton v={v} action={`${base}/agenda/${i.id}/remove`} label={v.t("council.agenda_remove")} secondary /> } : null,
      ]}
    />
  );
}

function AgendaForm({ v, data, form }: { v: View; data: SessionView; form?: FormState | undefined }) {
  if (!data.can.editAgenda) return null;
  return (
    <form method="post" action={`/council/sessions/${data.session.id}/agenda`} class="panel" novalidate>
      <h3>{v.t("council.agenda_add")}</h3>
      <Errors v={v} form={form} />
      <Csrf v={v} />
      {data.agendaChoices.length === 0 ? (
        <p>{v.t("council.agenda_no_choices")}</p>
      ) : (
        <fieldset class="fieldset">
          <legend>{v.t("council.agenda_choose")}</legend>
          {data.agendaChoices.map((n) => (
            <div class="checkbox">
              <input type="checkbox" id={`nom-${n.id}`} name="nominationIds" value={String(n.id)} />
              <label for={`nom-${n.id}`}>{n.nomineeName} — {n.formName} ({n.year})</label>
            </div>
          ))}
        </fieldset>
      )}
      {data.agendaChoices.length ? <button class="button" type="submit">{v.t("council.agenda_add_submit")}</button> : null}
    </form>
  );
}

function PaperCounts({ v, data, forms }: { v: View; data: SessionView; forms: Partial<Record<SessionForm, FormState>> }) {
  if (!data.can.count) return null;
  const base = `/council/sessions/${data.session.id}`;
  const items = data.items.map((i) => ({ value: String(i.id), label: `${i.position}. ${i.nomineeName} — ${i.formName}` }));
  const one = (kind: "count" | "confirm") => {
    const form = forms[kind] ?? emptyForm();
    return (
      <form method="post" action={`${base}/paper-counts${kind === "confirm" ? "/confirm" : ""}`} class="panel" novalidate>
        <h3>{v.t(kind === "count" ? "council.count_enter" : "council.count_confirm")}</h3>
        <p class="hint">{v.t(kind === "count" ? "council.count_enter_hint" : "council.count_confirm_hint")}</p>
        <Errors v={v} form={form} />
        <Csrf v={v} />
        <SelectField v={v} form={form} name="itemId" label={v.t("council.item")} options={items} />
        <TextField v={v} form={form} name="agree" label={v.t("council.count_agree")} width="short" />
        <TextField v={v} form={form} name="disagree" label={v.t("council.count_disagree")} width="short" />
        <TextField v={v} form={form} name="invalid" label={v.t("council.count_invalid")} width="short" />
        <button class="button" type="submit">{v.t(kind === "count" ? "council.count_enter_submit" : "council.count_confirm_submit")}</button>
      </form>
    );
  };
  return <section><h2>{v.t("council.paper_counts")}</h2>{one("count")}{one("confirm")}</section>;
}

function RecusalForm({ v, data, form }: { v: View; data: SessionView; form?: FormState | undefined }) {
  if (!data.can.recuse) return null;
  const open = data.items.filter((i) => i.myState === "open");
  if (open.length === 0) return null;
  const state = form ?? emptyForm();
  return (
    <form method="post" action={`/council/sessions/${data.session.id}/recusals`} class="panel" novalidate>
      <h3>{v.t("council.recusal_declare")}</h3>
      <p class="hint">{v.t("council.recusal_hint")}</p>
      <Errors v={v} form={form} />
      <Csrf v={v} />
      <SelectField v={v} form={state} name="itemId" label={v.t("council.item")} options={open.map((i) => ({ value: String(i.id), label: `${i.position}. ${i.nomineeName} — ${i.formName}` }))} />
      <TextArea v={v} form={state} name="note" label={v.t("council.recusal_note")} rows={2} />
      <button class="button button--secondary" type="submit">{v.t("council.recusal_submit")}</button>
    </form>
  );
}

function Receipts({ v, data }: { v: View; data: SessionView }) {
  if (data.session.status !== "closed" || data.session.ballotMode !== "online") return null;
  return (
    <section>
      <h2>{v.t("council.receipts")}</h2>
      <p class="hint">{v.t(data.session.receiptMode === "with_choices" ? "council.receipts_with_choices_hint" : "council.receipts_hint")}</p>
      {data.items.map((i) => (
        <>
          <h3>{i.position}. {i.nomineeName} — {i.formName}</h3>
          {i.receipts.length ? (
            <ul class="receipts">{i.receipts.map((r) => <li><code>{r.code}</code>{r.choice ? ` — ${v.t(`council.choice.${r.choice}`)}` : ""}</li>)}</ul>
          ) : <p>{v.t("council.receipts_none")}</p>}
        </>
      ))}
    </section>
  );
}

export function SessionPage({ v, data, forms, notice }: { v: View; data: SessionView; forms: Partial<Record<SessionForm, FormState>>; notice?: string | undefined }) {
  const s = data.session;
  const base = `/council/sessions/${s.id}`;
  return (
    <Layout v={v} title={s.title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <Errors v={v} form={forms.step} />
      <p><a href="/council/sessions">{v.t("council.sessions_title")}</a></p>
      <h1>{s.title}</h1>
      <p><SessionState v={v} status={s.status} /></p>
      <dl class="facts">
        <dt>{v.t("council.unit")}</dt><dd>{data.unitName}</dd>
        <dt>{v.t("council.meets")}</dt><dd>{v.dateTime(s.meetsAt)}{s.place ? `, ${s.place}` : ""}</dd>
        <dt>{v.t("council.ballot_mode")}</dt><dd>{v.t(`council.mode.${s.ballotMode}`)}</dd>
        <dt>{v.t("council.opinions_until")}</dt><dd>{s.opinionsUntil ? v.dateTime(s.opinionsUntil) : "—"}</dd>
        {s.votingOpenedAt ? <><dt>{v.t("council.voting_opened")}</dt><dd>{v.dateTime(s.votingOpenedAt)}</dd></> : null}
        {s.votingClosedAt ? <><dt>{v.t("council.voting_closed")}</dt><dd>{v.dateTime(s.votingClosedAt)}</dd></> : null}
      </dl>

      <div class="actions">
        {data.can.vote ? <a class="button" href={`${base}/ballot`}>{v.t("council.vote_now")}</a> : null}
        {data.can.opinion ? <a class="button button--secondary" href={`${base}/opinion`}>{v.t("council.opinion_now")}</a> : null}
        {data.can.invite ? <PostButton v={v} action={`${base}/invite`} label={v.t("council.invite")} /> : null}
        {data.can.open ? <PostButton v={v} action={`${base}/voting/open`} label={v.t("council.open_voting")} /> : null}
        {data.can.close ? <PostButton v={v} action={`${base}/voting/close`} label={v.t("council.close_voting")} /> : null}
      </div>

      <h2>{v.t("council.rules")}</h2>
      <Rules v={v} data={data} />
      <Members v={v} data={data} form={forms.attendance} />

      <section>
        <h2>{v.t("council.agenda")}</h2>
        <Agenda v={v} data={data} />
        <AgendaForm v={v} data={data} form={forms.agenda} />
      </section>
      <RecusalForm v={v} data={data} form={forms.recusal} />
      <PaperCounts v={v} data={data} forms={forms} />

      {data.can.minutes ? (
        <section>
          <h2>{v.t("council.minutes")}</h2>
          <ul>
            <li>{v.t("council.minutes_meeting")}: <a href={`${base}/minutes/meeting.docx`}>.docx</a> · <a href={`${base}/minutes/meeting.pdf`}>.pdf</a></li>
            <li>{v.t("council.minutes_count")}: <a href={`${base}/minutes/count.docx`}>.docx</a> · <a href={`${base}/minutes/count.pdf`}>.pdf</a></li>
          </ul>
        </section>
      ) : null}
      <Receipts v={v} data={data} />
    </Layout>
  );
}
