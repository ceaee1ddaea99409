// A nomination's file: what is asked and who decides it, its eligibility rule by rule with the
// article, the dossier's checklist and documents, duplicates to decide, the steps the actor may
// take, and the timeline.
import { describeMessage } from "../../../domain/eligibility/describe";
import { Csrf, ErrorSummary, fileFormAction, Notice, PostButton, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { ReturnForm, StatusTag } from "../../../web/workflow";
import type { FormState, View } from "../../../web/view";
import type { getNomination } from "../get-nomination";
import type { possibleHandlers } from "../nomination-choices";
import { GenerateButton } from "./generate-buttons";
import { NominationStatus, VerdictTag } from "./parts";
import { ResultText } from "../../council/pages/session-parts";
import { DisclosureComments } from "../../disclosure/pages/nomination-comments";

type Data = Awaited<ReturnType<typeof getNomination>>;
export type NominationForm = "submit" | "upload" | "generate" | "withdraw" | "assign" | "decide" | "flag";

export function NominationPage({
  v,
  data,
  handlers,
  forms,
  notice,
  comments,
}: {
  v: View;
  data: Data;
  handlers: Awaited<ReturnType<typeof possibleHandlers>>;
  forms: Partial<Record<NominationForm, FormState>>;
  notice?: string | undefined;
  comments?: Parameters<typeof DisclosureComments>[0]["data"];
}) {
  const n = data.nomination;
  const base = `/nominations/${n.id}`;
  const form = (name: NominationForm): FormState => forms[name] ?? { values: {}, errors: {} };
  const errors = Object.assign({}, ...Object.values(forms).map((f) => f?.errors ?? {}));
  const labels = { _form: "", file: v.t("nominations.upload_file"), itemCode: v.t("nominations.upload_item"), reason: v.t("nominations.return_reason"), handlerId: v.t("nominations.handler"), note: v.t("nominations.flag_note") };
  const say = (m: { key: string; params?: Record<string, string | number> }) => describeMessage(m, v.t, v.lang, data.formNameOf);
  const title = `${data.nominee?.name ?? n.nomineeName} – ${data.formName}`;
  const routing =
    n.status === "draft" || n.status === "returned" && !n.decidingTier
      ? v.t("nominations.routing_pending")
      : n.decidingTier === "central"
        ? v.t("nominations.routing_central")
        : n.decidingUnitId === n.screeningUnitId
          ? v.t("nominations.routing_here", { unit: data.decidingName ?? "" })
          : v.t("nominations.routing_up", { unit: data.decidingName ?? "—" });
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={errors} labels={labels} />
      <p><a href="/nominations">{v.t("nominations.title")}</a></p>
      <h1>{title}</h1>
      <p><NominationStatus v={v} status={n.status} /></p>
      <dl class="facts">
        <dt>{v.t("nominations.unit")}</dt><dd>{data.unit.name}</dd>
        <dt>{v.t("nominations.year")}</dt><dd>{String(n.year)}</dd>
        <dt>{v.t("nominations.kind")}</dt><dd>{data.kindName}</dd>
        <dt>{v.t("nominations.achievement")}</dt><dd>{n.achievement || "—"}</dd>
        <dt>{v.t("nominations.decision_date")}</dt><dd>{v.date(n.decisionDate)}</dd>
        <dt>{v.t("nominations.routing")}</dt><dd>{routing}</dd>
      </dl>
      {n.status === "returned" && n.returnReason ? (
        <div class="panel"><p>{v.t("nominations.returned_reason", { reason: n.returnReason })}</p></div>
      ) : null}

      {data.eligibility ? (
        <section>
          <h2>{v.t("nominations.eligibility")} <VerdictTag v={v} verdict={data.eligibility.verdict} /></h2>
          <p class="muted">{v.t("nominations.eligibility_intro", { date: v.date(n.decisionDate) })}</p>
          <DataTable
            rows={data.eligibility.results}
            empty=""
            columns={[
              { header: v.t("nominations.rule"), cell: (r) => v.t(`rules.name.${r.rule}`) },
              { header: v.t("nominations.verdict"), cell: (r) => <VerdictTag v={v} verdict={r.verdict} /> },
              { header: v.t("nominations.reason"), cell: (r) => say(r.reason) },
              { header: v.t("nominations.citation"), cell: (r) => <>{r.citation}{r.unconfirmed ? <> <StatusTag label={v.t("rules.unconfirmed")} tone="warning" /></> : null}</> },
            ]}
          />
          {data.eligibility.missing.length ? (
            <>
              <h3>{v.t("nominations.missing")}</h3>
              <ul>{data.eligibility.missing.map((m) => <li>{say(m)}</li>)}</ul>
            </>
          ) : null}
        </section>
      ) : null}

      <section>
        <h2>{v.t("nominations.dossier")}</h2>
        {data.dossier.required.citation ? <p class="muted">{v.t("nominations.dossier_citation", { citation: data.dossier.required.citation })}</p> : null}
        <DataTable
          rows={data.dossier.checklist}
          empty=""
          columns={[
            { header: v.t("nominations.item"), cell: (l) => (v.lang === "en" ? l.item.nameEn : l.item.name) },
            { header: v.t("nominations.status"), cell: (l) => <StatusTag label={v.t(l.present ? "nominations.item_present" : "nominations.item_missing")} tone={l.present ? "issued" : "warning"} /> },
            { header: v.t("nominations.col_draw_up"), cell: (l) => <GenerateButton v={v} base={base} item={l.item} editable={data.can.edit} /> },
          ]}
        />
        {data.dossier.documents.length ? (
          <>
            <h3>{v.t("nominations.documents")}</h3>
            <ul>
              {data.dossier.documents.map((d) => {
                const item = data.dossier.required.items.find((i) => i.code === d.itemCode);
                return (
                  <li>
                    <a href={`${base}/documents/${d.id}`}>{d.fileName}</a> – {item ? (v.lang === "en" ? item.nameEn : item.name) : d.itemCode}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
        {data.can.edit ? (
          <form method="post" action={fileFormAction(v, `${base}/documents`)} enctype="multipart/form-data" class="panel" novalidate>
            <h3>{v.t("nominations.upload")}</h3>
            <SelectField v={v} form={form("upload")} name="itemCode" label={labels.itemCode} options={data.dossier.required.items.map((i) => ({ value: i.code, label: v.lang === "en" ? i.nameEn : i.name }))} />
            <label class="label" for="file">{labels.file}</label>
            <input class="file" type="file" id="file" name="file" accept=".pdf,.docx,.jpg,.jpeg,.png" />
            <button class="button button--secondary" type="submit">{v.t("nominations.upload_submit")}</button>
          </form>
        ) : null}
      </section>

      {data.flags.length ? (
        <section>
          <h2>{v.t("nominations.flags")}</h2>
          <ul>
            {data.flags.map((f) => (
              <li>
                {v.t(`nominations.flag.${f.kind}`, { other: f.otherNominationId ?? "", number: f.decisionNumber ?? "" })}
                {f.resolution ? (
                  <> – {v.t(`nominations.flag_resolution.${f.resolution}`, { note: f.note ?? "" })}</>
                ) : data.can.screen ? (
                  <form method="post" action={`${base}/flags/${f.id}`} class="inline-form" novalidate>
                    <Csrf v={v} />
                    <TextField v={v} form={form("flag")} name="note" label={labels.note} />
                    <button class="button button--secondary" name="resolution" value="kept" type="submit">{v.t("nominations.flag_keep")}</button>{" "}
                    <button class="button button--secondary" name="resolution" value="set_aside" type="submit">{v.t("nominations.flag_set_aside")}</button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {data.can.edit ? <p><a class="button button--secondary" href={`${base}/edit`}>{v.t("nominations.edit")}</a></p> : null}
      {data.can.submit ? (
        <div class="panel">
          <p>{v.t("nominations.submit_hint", { unit: data.screening.name })}</p>
          <PostButton v={v} action={`${base}/submit`} label={v.t("nominations.submit")} />
        </div>
      ) : null}
      {data.can.screen ? (
        <>
          <form method="post" action={`${base}/assign`} class="panel" novalidate>
            <Csrf v={v} />
            <SelectField v={v} form={{ values: { handlerId: n.handlerId ? String(n.handlerId) : "" }, errors: form("assign").errors }} name="handlerId" label={labels.handlerId} placeholder={v.t("nominations.handler_none")} options={handlers.map((h) => ({ value: String(h.id), label: h.name }))} />
            <button class="button button--secondary" type="submit">{v.t("nominations.assign")}</button>
          </form>
          <div class="panel"><PostButton v={v} action={`${base}/accept`} label={v.t("nominations.accept")} /></div>
          <ReturnForm v={v} action={`${base}/return`} title={v.t("nominations.return")} label={labels.reason} form={form("decide")} />
        </>
      ) : null}
      {data.can.withdraw ? <ReturnForm v={v} action={`${base}/withdraw`} title={v.t("nominations.withdraw")} label={v.t("nominations.withdraw_reason")} form={form("withdraw")} /> : null}

      {data.council.length ? (
        <section>
          <h2>{v.t("nominations.council_results")}</h2>
          <ul class="plain">
            {data.council.map((r) => (
              <li>
                <a href={`/council/sessions/${r.sessionId}`}>{r.title}</a> ({v.dateTime(r.meetsAt)}): <ResultText v={v} result={r.result} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <DisclosureComments v={v} data={comments} />
      <section>
        <h2>{v.t("nominations.timeline")}</h2>
        <DataTable
          rows={data.events}
          empty=""
          columns={[
            { header: v.t("audit.col_at"), cell: (e) => v.dateTime(e.at) },
            { header: v.t("audit.col_actor"), cell: (e) => e.actorName },
            { header: v.t("audit.col_action"), cell: (e) => v.t(`nominations.event.${e.action}`) },
            { header: v.t("nominations.col_note"), cell: (e) => e.reason ?? "" },
          ]}
        />
      </section>
    </Layout>
  );
}
