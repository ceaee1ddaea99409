// The council's sessions: those of the units the official sees and those the member sits in,
// and, for who prepares sessions, the form to call a new one.
import { Csrf, DateField, ErrorSummary, Notice, RadioField, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { FormState, View } from "../../../web/view";
import type { listSessions } from "../get-session";
import { SessionState } from "./session-parts";

type Sessions = Awaited<ReturnType<typeof listSessions>>;

export function sessionLabels(v: View): Record<string, string> {
  return {
    _form: "",
    unitId: v.t("council.unit"),
    title: v.t("council.session_title"),
    meetsOn: v.t("council.meets_on"),
    meetsAt: v.t("council.meets_at"),
    place: v.t("council.place"),
    opinionsUntilOn: v.t("council.opinions_until_on"),
    opinionsUntilAt: v.t("council.opinions_until_at"),
    ballotMode: v.t("council.ballot_mode"),
  };
}

export function SessionsPage({ v, sessions, units, form, notice }: { v: View; sessions: Sessions; units: { id: number; name: string }[]; form: FormState; notice?: string | undefined }) {
  const labels = sessionLabels(v);
  return (
    <Layout v={v} title={v.t("council.sessions_title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("council.sessions_title")}</h1>
      <DataTable
        rows={sessions}
        empty={v.t("council.sessions_none")}
        columns={[
          { header: v.t("council.session_title"), rowHeader: true, cell: (s) => <a href={`/council/sessions/${s.id}`}>{s.title}</a> },
          { header: v.t("council.unit"), cell: (s) => s.unitName },
          { header: v.t("council.meets"), cell: (s) => v.dateTime(s.meetsAt) },
          { header: v.t("council.items"), cell: (s) => String(s.items) },
          { header: v.t("council.ballot_mode"), cell: (s) => v.t(`council.mode.${s.ballotMode}`) },
          { header: v.t("council.state"), cell: (s) => <SessionState v={v} status={s.status} /> },
        ]}
      />
      {units.length ? (
        <form method="post" action="/council/sessions" class="panel" novalidate>
          <h2>{v.t("council.new_session")}</h2>
          <ErrorSummary v={v} errors={form.errors} labels={labels} />
          <Csrf v={v} />
          <SelectField v={v} form={form} name="unitId" label={labels.unitId!} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
          <TextField v={v} form={form} name="title" label={labels.title!} hint={v.t("council.session_title_hint")} />
          <DateField v={v} form={form} name="meetsOn" label={labels.meetsOn!} />
          <TextField v={v} form={form} name="meetsAt" label={labels.meetsAt!} hint={v.t("council.time_hint")} width="short" />
          <TextField v={v} form={form} name="place" label={labels.place!} />
          <DateField v={v} form={form} name="opinionsUntilOn" label={labels.opinionsUntilOn!} hint={v.t("council.opinions_until_hint")} />
          <TextField v={v} form={form} name="opinionsUntilAt" label={labels.opinionsUntilAt!} hint={v.t("council.time_hint")} width="short" />
          <RadioField v={v} form={{ ...form, values: { ballotMode: "online", ...form.values } }} name="ballotMode" label={labels.ballotMode!} options={[{ value: "online", label: v.t("council.mode.online"), hint: v.t("council.mode.online_hint") }, { value: "paper", label: v.t("council.mode.paper"), hint: v.t("council.mode.paper_hint") }]} />
          <button class="button" type="submit">{v.t("council.create_session")}</button>
        </form>
      ) : null}
    </Layout>
  );
}
