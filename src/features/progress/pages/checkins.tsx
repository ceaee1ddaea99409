// A participant's check-ins, phone-first: choose a criterion, report its value and status with photos.
import type { Measure } from "../../../domain/progress/values";
import { DateField, ErrorSummary, FieldError, fileFormAction, Notice, RadioField, TextArea, fieldId } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { listCheckins } from "../list-checkins";
import { EvidenceList, FileField, MovementNav, formatValue } from "./parts";

type Checkins = Awaited<ReturnType<typeof listCheckins>>;

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
