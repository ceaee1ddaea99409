// A participant's registration: its committed targets and titles, submitted, then accepted or returned.
import { Csrf, ErrorSummary, fieldId, Notice, PostButton, TextArea, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { ReturnForm, StatusTag } from "../../../web/workflow";
import type { FormState, View } from "../../../web/view";
import type { getRegistration } from "../get-movement";
import { MovementStatus, targetText, titlesText } from "./parts";

type RegistrationView = NonNullable<Awaited<ReturnType<typeof getRegistration>>>;

export interface RegistrationForms {
  submit: FormState;
  decide: FormState;
}

export function RegistrationPage({ v, data, forms, notice }: { v: View; data: RegistrationView; forms: RegistrationForms; notice?: string | undefined }) {
  const { overview, participant, registration: r } = data;
  const m = overview.movement;
  const base = `/movements/${m.id}/registrations/${participant.unitId}`;
  const labels: Record<string, string> = { _form: "" };
  for (const c of data.criteria) labels[`targets.${c.id}`] = v.t("registrations.target_for", { criterion: c.name });
  Object.assign(labels, { titles: v.t("registrations.titles"), otherTitle: v.t("registrations.other_title"), note: v.t("registrations.note"), reason: v.t("registrations.return_reason") });
  const errors = { ...forms.submit.errors, ...forms.decide.errors };
  const chosenTitles = new Set(r?.titles ?? []);
  const submitted = Object.keys(forms.submit.values).length > 0;
  const submitForm: FormState = submitted
    ? forms.submit
    : {
        errors: {},
        values: {
          ...Object.fromEntries(data.criteria.map((c) => [`targets.${c.id}`, c.committed !== null ? String(c.committed).replace(".", v.lang === "vi" ? "," : ".") : ""])),
          ...Object.fromEntries(data.titleChoices.map((t) => [`title.${t.code}`, chosenTitles.has(t.code) ? "on" : ""])),
          otherTitle: r?.otherTitle ?? "",
          note: r?.note ?? "",
        },
      };
  const title = v.t("registrations.page_title", { unit: participant.name });
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={errors} labels={labels} />
      <p><a href={`/movements/${m.id}`}>{m.name}</a></p>
      <h1>{title}</h1>
      <p>
        {r ? <MovementStatus v={v} status={r.status} /> : <StatusTag label={v.t("registrations.not_yet")} />}
        {m.registrationDeadline ? <span class="muted"> {v.t("registrations.deadline_is", { date: v.date(m.registrationDeadline) })}</span> : null}
      </p>
      {r?.status === "returned" && r.reason ? (
        <div class="panel">
          <h2>{v.t("registrations.returned_because")}</h2>
          <p>{r.reason}</p>
        </div>
      ) : null}
      {r && !data.canSubmit ? (
        <>
          <h2>{v.t("registrations.committed")}</h2>
          <DataTable
            rows={data.criteria}
            columns={[
              { header: v.t("criteria.name"), cell: (c) => c.name },
              { header: v.t("criteria.target"), cell: (c) => targetText(v, c, c.target) },
              {
                header: v.t("registrations.committed_target"),
                cell: (c) => (
                  <>
                    {targetText(v, c, c.committed)}
                    {c.below ? <strong> ({v.t("registrations.below_target")})</strong> : null}
                  </>
                ),
              },
            ]}
          />
          <p>{v.t("registrations.titles")}: {titlesText(v, r.titleLabels, r.otherTitle)}</p>
          {r.note ? <p>{v.t("registrations.note")}: {r.note}</p> : null}
        </>
      ) : null}
      {data.canSubmit ? (
        <form method="post" action={base} novalidate>
          <Csrf v={v} />
          <h2>{v.t("registrations.targets")}</h2>
          <p class="hint">{v.t("registrations.targets_hint")}</p>
          {data.criteria.map((c) =>
            c.measure === "boolean" ? (
              <p>{c.name}: <strong>{v.t("criteria.boolean_target")}</strong></p>
            ) : (
              <TextField
                v={v}
                form={submitForm}
                name={`targets.${c.id}`}
                width="short"
                label={labels[`targets.${c.id}`]!}
                hint={`${v.t("registrations.movement_target")}: ${targetText(v, c, c.target)}${c.below ? ` – ${v.t("registrations.below_target")}` : ""}`}
              />
            ),
          )}
          <fieldset class="fieldset" id={fieldId("titles")}>
            <legend>{labels.titles}</legend>
            <p class="hint">{v.t("registrations.titles_hint", { date: v.date(m.startsOn) })}</p>
            {data.titleChoices.map((t) => (
              <div class="checkbox">
                <input type="checkbox" id={fieldId(`title.${t.code}`)} name={`title.${t.code}`} value="on" checked={submitForm.values[`title.${t.code}`] === "on"} />
                <label for={fieldId(`title.${t.code}`)}>{v.lang === "en" ? t.nameEn : t.name}</label>
              </div>
            ))}
          </fieldset>
          <TextField v={v} form={submitForm} name="otherTitle" label={labels.otherTitle!} />
          <TextArea v={v} form={submitForm} name="note" label={labels.note!} rows={3} />
          <button class="button" type="submit">{r ? v.t("registrations.resubmit") : v.t("registrations.submit")}</button>
        </form>
      ) : null}
      {overview.can.decide && r?.status === "submitted" ? (
        <>
          <div class="actions">
            <PostButton v={v} action={`${base}/accept`} label={v.t("registrations.accept")} />
          </div>
          <ReturnForm v={v} action={`${base}/return`} title={v.t("registrations.return")} label={labels.reason!} form={forms.decide} />
        </>
      ) : null}
    </Layout>
  );
}
