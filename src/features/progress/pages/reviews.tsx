// The reviews (sơ kết, tổng kết): for each criterion, the participant's own assessment, then the unit's, with their history.
import type { Child } from "hono/jsx";
import { Csrf, ErrorSummary, Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import { STAGES } from "../assess-criterion";
import type { listAssessments } from "../list-assessments";
import { MovementNav, formatValue } from "./parts";

type Reviews = Awaited<ReturnType<typeof listAssessments>>;

function History({ v, changes, measure }: { v: View; changes: Reviews["criteria"][number]["changes"]; measure: string }) {
  if (changes.length === 0) return null;
  return (
    <details>
      <summary>{v.t("assessments.history", { n: changes.length })}</summary>
      <ul class="history">
        {changes.map((ch) => (
          <li>
            {v.dateTime(ch.changedAt)} · {v.t(ch.side === "self" ? "assessments.side_self" : "assessments.side_unit")} · {ch.changedBy ?? "—"}:{" "}
            {formatValue(v, measure, ch.oldValue)} → <strong>{formatValue(v, measure, ch.newValue)}</strong>
            {ch.reason ? <blockquote>{ch.reason}</blockquote> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One assessment form (self or unit) for one criterion; ids are made unique per criterion and side. */
function AssessForm({ v, data, row, side, form }: { v: View; data: Reviews; row: Reviews["criteria"][number]; side: "self" | "unit"; form: FormState | null }) {
  const prefix = `c${row.criterion.id}-${side}`;
  const mine = form && form.values.criterionId === String(row.criterion.id) && form.values.side === side ? form : null;
  const current = side === "self" ? row.assessment?.selfValue ?? null : row.assessment?.unitValue ?? null;
  const note = side === "self" ? row.assessment?.selfNote ?? "" : row.assessment?.unitNote ?? "";
  const value = mine?.values.value ?? (current === null ? "" : row.criterion.measure === "boolean" ? (current >= 1 ? "yes" : "no") : String(current));
  const err = (name: string) => mine?.errors[name];
  const Field = ({ name, label, children }: { name: string; label: string; children: Child }) => (
    <div class={err(name) ? "field field--error" : "field"}>
      <label for={`f-${prefix}-${name}`}>{label}</label>
      {err(name) ? <p class="error-message" id={`f-${prefix}-${name}-error`}>{v.t(err(name)!.key, { label: label.toLocaleLowerCase(v.lang), ...(err(name)!.params ?? {}) })}</p> : null}
      {children}
    </div>
  );
  return (
    <form method="post" action={`/movements/${data.movement.id}/reviews/${data.participant.unitId}`} novalidate class="panel">
      <h3>{v.t(side === "self" ? "assessments.self_form" : "assessments.unit_form")}</h3>
      <Csrf v={v} />
      <input type="hidden" name="criterionId" value={String(row.criterion.id)} />
      <input type="hidden" name="side" value={side} />
      <input type="hidden" name="stage" value={data.stage} />
      <Field name="value" label={v.t("assessments.value")}>
        {row.criterion.measure === "boolean" ? (
          <select class="select" id={`f-${prefix}-value`} name="value">
            <option value="">{v.t("common.choose")}</option>
            <option value="yes" selected={value === "yes"}>{v.t("common.yes")}</option>
            <option value="no" selected={value === "no"}>{v.t("common.no")}</option>
          </select>
        ) : (
          <input class="input input--short" id={`f-${prefix}-value`} name="value" inputmode="decimal" value={value} />
        )}
      </Field>
      <Field name="note" label={v.t("assessments.note")}>
        <textarea class="textarea" id={`f-${prefix}-note`} name="note" rows={2}>{mine?.values.note ?? note}</textarea>
      </Field>
      {current !== null ? (
        <Field name="reason" label={v.t("assessments.reason")}>
          <textarea class="textarea" id={`f-${prefix}-reason`} name="reason" rows={2}>{mine?.values.reason ?? ""}</textarea>
        </Field>
      ) : null}
      <button class="button" type="submit">{v.t("assessments.save")}</button>
    </form>
  );
}

export function ReviewsPage({ v, data, form, notice }: { v: View; data: Reviews; form: FormState | null; notice?: string | undefined }) {
  const title = v.t("assessments.page_title", { unit: data.participant.name });
  const summaryLabels: Record<string, string> = {};
  const errors = form ? Object.fromEntries(Object.entries(form.errors).map(([k, e]) => [`c${form.values.criterionId}-${form.values.side}-${k}`, e])) : {};
  for (const k of Object.keys(errors)) summaryLabels[k] = v.t(k.endsWith("reason") ? "assessments.reason" : k.endsWith("note") ? "assessments.note" : "assessments.value");
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={errors} labels={summaryLabels} />
      <MovementNav v={v} movementId={data.movement.id} unitId={data.participant.unitId} />
      <h1>{title}</h1>
      <p>{data.movement.name}</p>
      <p class="subnav">
        {STAGES.map((s, i) => (
          <>
            {i > 0 ? " · " : null}
            {s === data.stage ? <strong>{v.t(`assessments.stage_${s}`)}</strong> : <a href={`?stage=${s}`}>{v.t(`assessments.stage_${s}`)}</a>}
          </>
        ))}
      </p>
      <p>{v.t("assessments.intro")}</p>
      {data.criteria.map((row) => (
        <section class="panel" aria-labelledby={`criterion-${row.criterion.id}`}>
          <h2 id={`criterion-${row.criterion.id}`}>{row.criterion.name}</h2>
          <dl class="summary-list">
            <dt>{v.t("assessments.latest_checkin")}</dt>
            <dd>{row.latest ? `${formatValue(v, row.criterion.measure, row.latest.value, row.criterion.unitLabel)} (${v.date(row.latest.reportedOn)})` : "—"}</dd>
            <dt>{v.t("assessments.side_self")}</dt>
            <dd>
              {formatValue(v, row.criterion.measure, row.assessment?.selfValue ?? null, row.criterion.unitLabel)}
              {row.assessment?.selfNote ? ` – ${row.assessment.selfNote}` : ""}
            </dd>
            <dt>{v.t("assessments.side_unit")}</dt>
            <dd>
              {formatValue(v, row.criterion.measure, row.assessment?.unitValue ?? null, row.criterion.unitLabel)}
              {row.assessment?.unitNote ? ` – ${row.assessment.unitNote}` : ""}
            </dd>
          </dl>
          <History v={v} changes={row.changes} measure={row.criterion.measure} />
          {data.canSelf ? <AssessForm v={v} data={data} row={row} side="self" form={form} /> : null}
          {data.canUnit ? (
            row.assessment?.selfValue != null ? <AssessForm v={v} data={data} row={row} side="unit" form={form} /> : <p class="muted">{v.t("assessments.waiting_self")}</p>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}
