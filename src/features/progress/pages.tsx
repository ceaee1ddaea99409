// Pages of progress: the dashboard, a participant's check-ins (phone-first), the reviews and
// the activities. Everything works without JavaScript.
import type { Child } from "hono/jsx";
import { percentShown } from "../../domain/progress/rollup";
import type { Measure } from "../../domain/progress/values";
import { Csrf, DateField, ErrorSummary, FieldError, fileFormAction, Notice, RadioField, TextArea, TextField, SelectField, fieldId } from "../../web/components";
import { Layout } from "../../web/layout";
import { DataTable } from "../../web/table";
import type { FormState, View } from "../../web/view";
import { STAGES } from "./assess-criterion";
import type { listAssessments } from "./list-assessments";
import type { listActivities } from "./list-activities";
import type { listCheckins } from "./list-checkins";
import type { progressDashboard } from "./progress-dashboard";
import { ACTIVITY_KINDS } from "./record-activity";

type Dashboard = Awaited<ReturnType<typeof progressDashboard>>;
type Checkins = Awaited<ReturnType<typeof listCheckins>>;
type Reviews = Awaited<ReturnType<typeof listAssessments>>;
type Activities = Awaited<ReturnType<typeof listActivities>>;

const pct = (ratio: number) => `${percentShown(ratio)}%`;

/** A value as its criterion measures it: "12", "85%", "Có"/"Không". */
export function formatValue(v: View, measure: string, value: number | null, unitLabel?: string | null): string {
  if (value === null) return "—";
  if (measure === "boolean") return v.t(value >= 1 ? "common.yes" : "common.no");
  const n = value.toLocaleString(v.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 });
  return measure === "percent" ? `${n}%` : unitLabel ? `${n} ${unitLabel}` : n;
}

function MovementNav({ v, movementId, unitId }: { v: View; movementId: number; unitId?: number }) {
  return (
    <p class="subnav">
      <a href={`/movements/${movementId}/progress`}>{v.t("progress.dashboard")}</a> · <a href={`/movements/${movementId}/activities`}>{v.t("activities.title")}</a>
      {unitId ? (
        <>
          {" "}· <a href={`/movements/${movementId}/checkins/${unitId}`}>{v.t("checkins.title")}</a> · <a href={`/movements/${movementId}/reviews/${unitId}`}>{v.t("assessments.title")}</a>
        </>
      ) : null}
    </p>
  );
}

function Counts({ v, counts }: { v: View; counts: { on_track: number; late: number; at_risk: number; none: number } }) {
  return (
    <>
      {v.t("progress.count_on_track", { n: counts.on_track })}, {v.t("progress.count_late", { n: counts.late })}, {v.t("progress.count_at_risk", { n: counts.at_risk })}
      {counts.none ? <span class="muted">, {v.t("progress.count_none", { n: counts.none })}</span> : null}
    </>
  );
}

/** Each participant's completion by group of criteria, points and statuses, with the totals. */
function ParticipantsTable({ v, movementId, rollup }: { v: View; movementId: number; rollup: NonNullable<Dashboard["rollup"]> }) {
  const points = (n: number, max: number) => `${Math.round(n * 10) / 10}/${max}`;
  const groupAverage = (g: string) => {
    const shown = rollup.participants.flatMap((p) => p.groups.filter((x) => x.groupName === g).map((x) => x.completion));
    return shown.length ? pct(shown.reduce((a, b) => a + b, 0) / shown.length) : "—";
  };
  return (
    <DataTable
      rows={rollup.participants}
      empty={v.t("progress.no_participants")}
      caption={v.t("progress.participants_caption")}
      captionHidden
      columns={[
        {
          header: v.t("progress.col_participant"),
          rowHeader: true,
          cell: (p) => (
            <>
              <a href={`/movements/${movementId}/checkins/${p.unitId}`}>{p.name}</a>
              <br />
              <a class="muted" href={`/movements/${movementId}/reviews/${p.unitId}`}>{v.t("assessments.title")}</a>
            </>
          ),
          foot: v.t("progress.total"),
        },
        ...rollup.groups.map((g) => ({
          header: g,
          cell: (p: (typeof rollup.participants)[number]) => {
            const group = p.groups.find((x) => x.groupName === g);
            return group ? pct(group.completion) : "—";
          },
          foot: groupAverage(g),
        })),
        { header: v.t("progress.col_completion"), cell: (p) => pct(p.completion), foot: pct(rollup.completion) },
        rollup.maxPoints > 0 && { header: v.t("progress.col_points"), cell: (p) => points(p.points, p.maxPoints), foot: points(rollup.points, rollup.maxPoints) },
        { header: v.t("progress.col_statuses"), cell: (p) => <Counts v={v} counts={p.counts} />, foot: <Counts v={v} counts={rollup.counts} /> },
        { header: v.t("progress.col_latest"), cell: (p) => (p.latestOn ? v.date(p.latestOn) : "—"), foot: rollup.latestOn ? v.date(rollup.latestOn) : "—" },
      ]}
    />
  );
}

export function DashboardPage({ v, d }: { v: View; d: Dashboard }) {
  const title = v.t("progress.title", { name: d.movement.name });
  return (
    <Layout v={v} title={title}>
      <MovementNav v={v} movementId={d.movement.id} />
      <h1>{title}</h1>
      <p>
        {d.movement.unitName} · {v.date(d.movement.startsOn)} – {v.date(d.movement.endsOn)}
        {d.parent ? (
          <>
            {" "}· <a href={`/movements/${d.parent.id}/progress`}>{v.t("progress.parent_link", { name: d.parent.name })}</a>
          </>
        ) : null}
      </p>
      {d.kind === "parent" && d.children ? (
        <>
          <p>{v.t("progress.parent_intro")}</p>
          <p class="lead">{v.t("progress.overall", { pct: pct(d.children.completion) })}</p>
          <DataTable
            rows={d.children.rows}
            caption={v.t("progress.children_caption")}
            captionHidden
            columns={[
              { header: v.t("progress.col_unit"), rowHeader: true, cell: (r) => <a href={`/movements/${r.movementId}/progress`}>{r.unitName}</a>, foot: v.t("progress.total") },
              { header: v.t("progress.col_participants"), cell: (r) => r.participants, foot: d.children.rows.reduce((a, r) => a + r.participants, 0) },
              { header: v.t("progress.col_completion"), cell: (r) => pct(r.completion), foot: pct(d.children.completion) },
              { header: v.t("progress.col_statuses"), cell: (r) => <Counts v={v} counts={r.counts} />, foot: <Counts v={v} counts={d.children.counts} /> },
              { header: v.t("progress.col_latest"), cell: (r) => (r.latestOn ? v.date(r.latestOn) : "—"), foot: d.children.latestOn ? v.date(d.children.latestOn) : "—" },
            ]}
          />
        </>
      ) : d.rollup ? (
        <>
          <p class="lead">{v.t("progress.overall", { pct: pct(d.rollup.completion) })}</p>
          <ParticipantsTable v={v} movementId={d.movement.id} rollup={d.rollup} />
        </>
      ) : null}
    </Layout>
  );
}

function EvidenceList({ v, files }: { v: View; files: { id: number; name: string; kind: string; width: number | null; height: number | null }[] }) {
  if (files.length === 0) return null;
  return (
    <ul class="evidence">
      {files.map((f) => (
        <li>
          {f.kind === "jpeg" && f.width && f.height ? (
            <a href={`/evidence/${f.id}`}>
              <img src={`/evidence/${f.id}`} alt={v.t("checkins.photo_alt", { name: f.name })} width={Math.min(f.width, 160)} height={Math.round((Math.min(f.width, 160) / f.width) * f.height)} loading="lazy" />
            </a>
          ) : (
            <a href={`/evidence/${f.id}`}>{f.name}</a>
          )}
        </li>
      ))}
    </ul>
  );
}

function FileField({ v, form, label, hint }: { v: View; form: FormState; label: string; hint: string }) {
  const id = fieldId("files");
  return (
    <div class={form.errors.files ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>{hint}</p>
      <FieldError v={v} form={form} name="files" label={label} />
      {/* capture: a phone opens its camera; multiple: several photos at once. */}
      <input type="file" id={id} name="files" accept="image/*,application/pdf,.docx" capture="environment" multiple aria-describedby={`${id}-hint`} />
    </div>
  );
}

const statusLabel = (v: View, s: string) => v.t(s === "late" ? "checkins.status_late" : s === "at_risk" ? "checkins.status_at_risk" : s === "none" ? "checkins.status_none" : "checkins.status_on_track");

function measureHint(v: View, measure: Measure, target: number | null, unitLabel: string | null) {
  if (measure === "boolean") return v.t("checkins.value_hint_boolean");
  const t = target === null ? "" : v.t("checkins.target_is", { target: formatValue(v, measure, target, unitLabel) });
  return `${v.t(measure === "percent" ? "checkins.value_hint_percent" : "checkins.value_hint_number")} ${t}`.trim();
}

export function CheckinsPage({ v, data, form, criterionId, notice }: { v: View; data: Checkins; form: FormState; criterionId: number | null; notice?: string | undefined }) {
  const criterion = criterionId ? data.criteria.find((c) => c.id === criterionId) ?? null : null;
  const title = v.t("checkins.page_title", { unit: data.participant.name });
  const labels = {
    reportedOn: v.t("checkins.reported_on"), status: v.t("checkins.status"), value: v.t("checkins.value"),
    narrative: v.t("checkins.narrative"), files: v.t("checkins.files"), criterionId: v.t("checkins.criterion"),
  };
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <MovementNav v={v} movementId={data.movement.id} unitId={data.participant.unitId} />
      <h1>{title}</h1>
      <p>{data.movement.name}</p>
      {data.canReport && criterion ? (
        <form method="post" action={fileFormAction(v, `/movements/${data.movement.id}/checkins/${data.participant.unitId}`)} enctype="multipart/form-data" novalidate class="panel">
          <h2>{criterion.name}</h2>
          <input type="hidden" name="criterionId" value={String(criterion.id)} />
          <input type="hidden" name="requestKey" value={form.values.requestKey ?? ""} />
          <DateField v={v} form={form} name="reportedOn" type="date" label={labels.reportedOn} hint={v.t("checkins.reported_on_hint", { from: v.date(data.movement.startsOn), to: v.date(data.movement.endsOn) })} />
          <RadioField v={v} form={form} name="status" label={labels.status} options={(["on_track", "late", "at_risk"] as const).map((s) => ({ value: s, label: statusLabel(v, s) }))} />
          {criterion.measure === "boolean" ? (
            <RadioField v={v} form={form} name="value" label={labels.value} hint={measureHint(v, criterion.measure, criterion.target, criterion.unitLabel)} options={[{ value: "yes", label: v.t("common.yes") }, { value: "no", label: v.t("common.no") }]} />
          ) : (
            <ValueField v={v} form={form} label={labels.value} hint={measureHint(v, criterion.measure, criterion.target, criterion.unitLabel)} />
          )}
          <TextArea v={v} form={form} name="narrative" label={labels.narrative} hint={v.t("checkins.narrative_hint")} rows={4} />
          <FileField v={v} form={form} label={labels.files} hint={v.t("checkins.files_hint")} />
          <button class="button" type="submit">{v.t("checkins.submit")}</button>{" "}
          <a href={`/movements/${data.movement.id}/checkins/${data.participant.unitId}`}>{v.t("checkins.other_criterion")}</a>
        </form>
      ) : data.canReport ? (
        <>
          <h2>{v.t("checkins.choose_criterion")}</h2>
          <ul class="choices">
            {data.criteria.map((c) => (
              <li>
                <a class="button button--secondary" href={`/movements/${data.movement.id}/checkins/${data.participant.unitId}?criterion=${c.id}`}>
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{v.t("checkins.list_title")}</h2>
      {data.checkins.length === 0 ? <p>{v.t("checkins.none")}</p> : null}
      <ul class="cards">
        {data.checkins.map((c) => (
          <li class="panel">
            <h3>{c.criterionName}</h3>
            <p>
              {v.date(c.reportedOn)} · <span class="tag">{statusLabel(v, c.status)}</span> · <strong>{formatValue(v, c.measure, c.value, c.unitLabel)}</strong>
            </p>
            {c.narrative ? <p>{c.narrative}</p> : null}
            <EvidenceList v={v} files={c.evidence} />
            <p class="muted">{v.t("checkins.by", { name: c.createdBy ?? "—", at: v.dateTime(c.createdAt) })}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** A number typed on a phone: the decimal keypad, and a comma accepted. */
function ValueField({ v, form, label, hint }: { v: View; form: FormState; label: string; hint: string }) {
  const id = fieldId("value");
  return (
    <div class={form.errors.value ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>{hint}</p>
      <FieldError v={v} form={form} name="value" label={label} />
      <input class="input input--short" id={id} name="value" type="text" inputmode="decimal" value={form.values.value ?? ""} aria-describedby={form.errors.value ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={form.errors.value ? "true" : undefined} />
    </div>
  );
}

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

export function ActivitiesPage({ v, data, form, notice }: { v: View; data: Activities; form: FormState; notice?: string | undefined }) {
  const title = v.t("activities.page_title", { name: data.movement.name });
  const labels = {
    unitId: v.t("activities.unit"), title: v.t("activities.name"), kind: v.t("activities.kind"), happenedOn: v.t("activities.happened_on"),
    place: v.t("activities.place"), participants: v.t("activities.participants"), description: v.t("activities.description"), files: v.t("activities.photos"),
  };
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <MovementNav v={v} movementId={data.movement.id} />
      <h1>{title}</h1>
      {data.units.length > 0 ? (
        <details open={Object.keys(form.errors).length > 0}>
          <summary>{v.t("activities.add")}</summary>
          <form method="post" action={fileFormAction(v, `/movements/${data.movement.id}/activities`)} enctype="multipart/form-data" novalidate class="panel">
            <input type="hidden" name="requestKey" value={form.values.requestKey ?? ""} />
            <SelectField v={v} form={form} name="unitId" label={labels.unitId} options={data.units.map((u) => ({ value: String(u.unitId), label: u.name }))} />
            <TextField v={v} form={form} name="title" label={labels.title} />
            <RadioField v={v} form={form} name="kind" label={labels.kind} options={ACTIVITY_KINDS.map((k) => ({ value: k, label: v.t(`activities.kind_${k}`) }))} />
            <DateField v={v} form={form} name="happenedOn" type="date" label={labels.happenedOn} />
            <TextField v={v} form={form} name="place" label={labels.place} />
            <TextArea v={v} form={form} name="participants" label={labels.participants} hint={v.t("activities.participants_hint")} rows={2} />
            <TextArea v={v} form={form} name="description" label={labels.description} rows={4} />
            <FileField v={v} form={form} label={labels.files} hint={v.t("checkins.files_hint")} />
            <button class="button" type="submit">{v.t("activities.save")}</button>
          </form>
        </details>
      ) : null}
      {data.activities.length === 0 ? <p>{v.t("activities.none")}</p> : null}
      <ul class="cards">
        {data.activities.map((a) => (
          <li class="panel">
            <h2>{a.title}</h2>
            <p>
              <span class="tag">{v.t(`activities.kind_${a.kind}`)}</span> · {v.date(a.happenedOn)}
              {a.place ? ` · ${a.place}` : ""} · {a.unitName}
            </p>
            {a.participants ? <p>{v.t("activities.participants")}: {a.participants}</p> : null}
            {a.description ? <p>{a.description}</p> : null}
            <EvidenceList v={v} files={a.evidence} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}
