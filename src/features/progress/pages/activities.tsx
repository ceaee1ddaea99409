// A movement's activities: recorded with photos, listed newest first.
import { DateField, ErrorSummary, fileFormAction, Notice, RadioField, TextArea, TextField, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { listActivities } from "../list-activities";
import { ACTIVITY_KINDS } from "../record-activity";
import { EvidenceList, FileField, MovementNav } from "./parts";

type Activities = Awaited<ReturnType<typeof listActivities>>;

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
