import { UNIT_KINDS } from "../../domain/access/unit-kinds";
import { citeDocument } from "../../domain/documents/citation";
import { citedIssuer } from "../../domain/documents/issuing-body";
import { MEASURES } from "../../domain/movements/criteria";
import { MILESTONE_KINDS } from "../../domain/movements/movement";
import { REGISTRATION_TITLES } from "../../domain/movements/registration";
import { Csrf, ErrorSummary, fieldId, FieldError, Notice, PostButton, RadioField, SelectField, TextArea, DateField, TextField } from "../../web/components";
import { Layout } from "../../web/layout";
import { DataTable } from "../../web/table";
import { ReturnForm, StatusTag } from "../../web/workflow";
import { emptyForm, type FormState, type View } from "../../web/view";
import { policyUnit } from "../documents/policy-unit";
import type { getRegistration, MovementView } from "./get-movement";
import type { listMovements } from "./list-movements";

type MovementList = Awaited<ReturnType<typeof listMovements>>;
type RegistrationView = NonNullable<Awaited<ReturnType<typeof getRegistration>>>;
type Choice = { id: number; name: string };

const number = (v: View, n: number | null) => (n === null ? "—" : new Intl.NumberFormat(v.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 4 }).format(n));
const period = (v: View, m: { startsOn: string; endsOn: string }) => `${v.date(m.startsOn)} – ${v.date(m.endsOn)}`;
const kindLabel = (v: View, kind: string) => v.t(`kind.${kind}`);
/** The plan a movement comes from, cited in Vietnamese whatever the interface language. */
const planCitation = (p: { typeCode: string; numberSymbol: string | null; issuedOn: string | null; unitName: string; unitKind: string }) =>
  citeDocument({ kind: p.typeCode, numberSymbol: p.numberSymbol, issuedOn: p.issuedOn, issuer: citedIssuer(policyUnit({ name: p.unitName, kind: p.unitKind })) });

/** A movement's state, or a registration's: done ones green, waiting ones yellow. */
function MovementStatus({ v, status }: { v: View; status: string }) {
  const tone = status === "launched" || status === "accepted" ? "issued" : status === "submitted" ? "submitted" : undefined;
  const area = status === "submitted" || status === "accepted" || status === "returned" ? "registrations" : "movements";
  return <StatusTag label={v.t(`${area}.status.${status}`)} tone={tone} />;
}

/** A target as a reader says it: "4 buổi", "90 %", "Đạt" for a yes/no criterion. */
function targetText(v: View, c: { measure: string; unitLabel: string | null }, target: number | null) {
  if (c.measure === "boolean") return v.t("criteria.boolean_target");
  return `${number(v, target)}${c.unitLabel ? ` ${c.unitLabel}` : ""}`;
}

export function MovementsPage({ v, list, canCreate, notice }: { v: View; list: MovementList; canCreate: boolean; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("movements.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("movements.title")}</h1>
      {canCreate ? (
        <p>
          <a class="button" href="/movements/new">{v.t("movements.new")}</a>
        </p>
      ) : null}
      <form method="get" action="/movements" class="search-row">
        <SelectField
          v={v}
          form={emptyForm({ status: list.status ?? "" })}
          name="status"
          label={v.t("movements.filter_status")}
          placeholder={v.t("movements.all")}
          options={(["draft", "launched", "closed"] as const).map((s) => ({ value: s, label: v.t(`movements.status.${s}`) }))}
        />
        <button class="button button--secondary" type="submit">{v.t("common.filter")}</button>
      </form>
      <DataTable
        rows={list.movements}
        empty={v.t("movements.none")}
        columns={[
          {
            header: v.t("movements.name"),
            cell: (m) => (
              <>
                <a href={`/movements/${m.id}`}>{m.name}</a>
                <span class="muted"> ({v.t(`movements.kind.${m.kind}`)}{m.parentId ? `, ${v.t("movements.part_of_higher")}` : ""})</span>
              </>
            ),
          },
          { header: v.t("field.unit"), cell: (m) => m.unitName },
          { header: v.t("movements.period"), cell: (m) => period(v, m) },
          { header: v.t("movements.state"), cell: (m) => <MovementStatus v={v} status={m.status} /> },
        ]}
      />
    </Layout>
  );
}

/** Step one of a new movement when the actor manages several units: which unit launches it. */
export function ChooseUnitPage({ v, units }: { v: View; units: Choice[] }) {
  return (
    <Layout v={v} title={v.t("movements.new")}>
      <p><a href="/movements">{v.t("common.back")}</a></p>
      <h1>{v.t("movements.new")}</h1>
      {units.length === 0 ? (
        <p>{v.t("movements.no_launching_unit")}</p>
      ) : (
        <form method="get" action="/movements/new">
          <SelectField v={v} form={emptyForm({ unit: String(units[0]!.id) })} name="unit" label={v.t("movements.launching_unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
          <button class="button" type="submit">{v.t("movements.continue")}</button>
        </form>
      )}
    </Layout>
  );
}

export interface MovementFormChoices {
  unit: { id: number; name: string };
  plans: { id: number; numberSymbol: string | null; summary: string; issuedOn: string | null }[];
  linkable: { id: number; name: string; unitName: string }[];
  participants: { id: number; name: string; kind: string }[];
}

/** How many milestone lines the form shows: those filled in, and two spare ones. */
function milestoneRows(form: FormState) {
  const filled = Object.keys(form.values).filter((k) => /^milestones\.\d+\.on$/.test(k)).length;
  return Math.min(30, Math.max(3, filled + 2));
}

export function MovementFormPage({ v, form, choices, movementId }: { v: View; form: FormState; choices: MovementFormChoices; movementId: number | null }) {
  const rows = milestoneRows(form);
  const labels: Record<string, string> = {
    _form: "",
    unitId: v.t("field.unit"),
    name: v.t("movements.name"),
    kind: v.t("movements.kind_label"),
    planDocumentId: v.t("movements.plan"),
    startsOn: v.t("movements.starts_on"),
    endsOn: v.t("movements.ends_on"),
    registrationDeadline: v.t("movements.registration_deadline"),
    description: v.t("movements.description"),
  };
  for (let i = 0; i < rows; i++) {
    labels[`milestones.${i}.on`] = v.t("movements.milestone_on_n", { n: i + 1 });
    labels[`milestones.${i}.name`] = v.t("movements.milestone_name_n", { n: i + 1 });
  }
  labels.linkedIds = v.t("movements.linked");
  labels.participantIds = v.t("movements.participants");
  const title = movementId ? v.t("movements.edit_title") : v.t("movements.new");
  const checked = (name: string) => form.values[name] === "on";
  return (
    <Layout v={v} title={title}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <p><a href={movementId ? `/movements/${movementId}` : "/movements"}>{v.t("common.back")}</a></p>
      <h1>{title}</h1>
      <p>{v.t("movements.of_unit", { unit: choices.unit.name })}</p>
      <form method="post" action={movementId ? `/movements/${movementId}/edit` : "/movements/new"} novalidate>
        <Csrf v={v} />
        {movementId ? null : <input type="hidden" name="unitId" value={String(choices.unit.id)} />}
        <SelectField
          v={v}
          form={form}
          name="planDocumentId"
          label={labels.planDocumentId!}
          hint={v.t("movements.plan_hint")}
          placeholder={v.t("movements.no_plan")}
          options={choices.plans.map((p) => ({ value: String(p.id), label: `${citeDocument({ kind: "KH", numberSymbol: p.numberSymbol, issuedOn: p.issuedOn })} – ${p.summary}` }))}
        />
        <TextField v={v} form={form} name="name" label={labels.name!} hint={v.t("movements.name_hint")} />
        <RadioField
          v={v}
          form={form}
          name="kind"
          label={labels.kind!}
          options={[
            { value: "campaign", label: v.t("movements.kind.campaign"), hint: v.t("movements.kind_campaign_hint") },
            { value: "regular", label: v.t("movements.kind.regular"), hint: v.t("movements.kind_regular_hint") },
          ]}
        />
        <DateField v={v} form={form} name="startsOn" type="date" label={labels.startsOn!} />
        <DateField v={v} form={form} name="endsOn" type="date" label={labels.endsOn!} />
        <DateField v={v} form={form} name="registrationDeadline" type="date" label={labels.registrationDeadline!} hint={v.t("movements.deadline_hint")} />
        <TextArea v={v} form={form} name="description" label={labels.description!} rows={5} />
        <h2>{v.t("movements.milestones")}</h2>
        <p class="hint">{v.t("movements.milestones_hint")}</p>
        {Array.from({ length: rows }, (_, i) => (
          <fieldset class="fieldset assignment">
            <legend>{v.t("movements.milestone_n", { n: i + 1 })}</legend>
            <DateField v={v} form={form} name={`milestones.${i}.on`} type="date" label={labels[`milestones.${i}.on`]!} />
            <TextField v={v} form={form} name={`milestones.${i}.name`} label={labels[`milestones.${i}.name`]!} />
            <SelectField
              v={v}
              form={form}
              name={`milestones.${i}.kind`}
              label={v.t("movements.milestone_kind_n", { n: i + 1 })}
              options={MILESTONE_KINDS.map((k) => ({ value: k, label: v.t(`movements.milestone.${k}`) }))}
            />
          </fieldset>
        ))}
        <CheckboxGroup
          v={v}
          form={form}
          name="linkedIds"
          legend={labels.linkedIds!}
          hint={choices.linkable.length ? v.t("movements.linked_hint") : v.t("movements.linked_none")}
          items={choices.linkable.map((m) => ({ name: `linked.${m.id}`, label: `${m.name} (${m.unitName})`, checked: checked(`linked.${m.id}`) }))}
        />
        <CheckboxGroup
          v={v}
          form={form}
          name="participantIds"
          legend={labels.participantIds!}
          hint={choices.participants.length ? v.t("movements.participants_hint") : v.t("movements.participants_none")}
          items={choices.participants.map((u) => ({ name: `participant.${u.id}`, label: `${u.name} (${kindLabel(v, u.kind)})`, checked: checked(`participant.${u.id}`) }))}
        />
        <button class="button" type="submit">{movementId ? v.t("movements.save") : v.t("movements.create")}</button>
      </form>
    </Layout>
  );
}

/** Checkboxes in a fieldset that carries the group's id and error, so the error summary can link to it. */
function CheckboxGroup({ v, form, name, legend, hint, items }: { v: View; form: FormState; name: string; legend: string; hint?: string; items: { name: string; label: string; checked: boolean }[] }) {
  const id = fieldId(name);
  return (
    <div class={form.errors[name] ? "field field--error" : "field"}>
      <fieldset class="fieldset" id={id} tabindex={-1} aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend>{legend}</legend>
        {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
        <FieldError v={v} form={form} name={name} label={legend} />
        {items.map((item) => (
          <div class="checkbox">
            <input type="checkbox" id={fieldId(item.name)} name={item.name} value="on" checked={item.checked} />
            <label for={fieldId(item.name)}>{item.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export interface OverviewForms {
  criterion: FormState;
  launch: FormState;
  subordinates: FormState;
}

export function criterionLabels(v: View): Record<string, string> {
  return {
    groupName: v.t("criteria.group"),
    name: v.t("criteria.name"),
    measure: v.t("criteria.measure"),
    target: v.t("criteria.target"),
    unitLabel: v.t("criteria.unit_label"),
    maxPoints: v.t("criteria.max_points"),
    bonusPoints: v.t("criteria.bonus_points"),
    appliesTo: v.t("criteria.applies_to"),
  };
}

/** The criterion's fields, shared by "add" on the overview and the edit page. */
function CriterionFields({ v, form }: { v: View; form: FormState }) {
  const labels = criterionLabels(v);
  return (
    <>
      <TextField v={v} form={form} name="groupName" label={labels.groupName!} hint={v.t("criteria.group_hint")} />
      <TextField v={v} form={form} name="name" label={labels.name!} />
      <RadioField v={v} form={form.values.measure ? form : { ...form, values: { ...form.values, measure: "number" } }} name="measure" label={labels.measure!} options={MEASURES.map((m) => ({ value: m, label: v.t(`criteria.measure.${m}`) }))} />
      <TextField v={v} form={form} name="target" label={labels.target!} width="short" hint={v.t("criteria.target_hint")} />
      <TextField v={v} form={form} name="unitLabel" label={labels.unitLabel!} width="short" hint={v.t("criteria.unit_label_hint")} />
      <TextField v={v} form={form} name="maxPoints" label={labels.maxPoints!} width="short" />
      <TextField v={v} form={form} name="bonusPoints" label={labels.bonusPoints!} width="short" />
      <SelectField v={v} form={form} name="appliesTo" label={labels.appliesTo!} placeholder={v.t("criteria.applies_to_all")} options={UNIT_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))} />
    </>
  );
}

export function MovementPage({ v, data, forms, notice }: { v: View; data: MovementView; forms: OverviewForms; notice?: string | undefined }) {
  const { movement: m, can } = data;
  const errors = { ...forms.launch.errors, ...forms.subordinates.errors, ...forms.criterion.errors };
  const labels: Record<string, string> = { _form: "", participants: v.t("movements.participants"), criteria: v.t("criteria.title"), unitIds: v.t("movements.subordinates"), ...criterionLabels(v) };
  return (
    <Layout v={v} title={m.name}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={errors} labels={labels} />
      <p><a href="/movements">{v.t("movements.title")}</a></p>
      <h1>{m.name}</h1>
      <p>
        <MovementStatus v={v} status={m.status} /> <span class="muted">{data.unit.name} · {v.t(`movements.kind.${m.kind}`)}</span>
      </p>
      <div class="actions">
        {can.edit ? <a class="button" href={`/movements/${m.id}/edit`}>{v.t("movements.edit")}</a> : null}
        {can.launch ? <PostButton v={v} action={`/movements/${m.id}/launch`} label={v.t("movements.launch")} /> : null}
        {can.close ? <PostButton v={v} action={`/movements/${m.id}/close`} label={v.t("movements.close")} secondary /> : null}
      </div>
      {m.status !== "draft" ? (
        <p class="subnav">
          <a href={`/movements/${m.id}/progress`}>{v.t("movements.link_progress")}</a> · <a href={`/movements/${m.id}/activities`}>{v.t("movements.link_activities")}</a>
        </p>
      ) : null}
      <dl class="summary-list">
        <dt>{v.t("movements.period")}</dt>
        <dd>{period(v, m)}</dd>
        <dt>{v.t("movements.registration_deadline")}</dt>
        <dd>{m.registrationDeadline ? v.date(m.registrationDeadline) : v.t("movements.no_deadline")}</dd>
        <dt>{v.t("movements.plan")}</dt>
        <dd>
          {data.plan ? (
            <a href={`/documents/${data.plan.id}`}>
              <span lang="vi">{planCitation(data.plan)}</span>: {data.plan.summary}
            </a>
          ) : (
            v.t("movements.no_plan")
          )}
        </dd>
        {data.parent ? (
          <>
            <dt>{v.t("movements.parent")}</dt>
            <dd><a href={`/movements/${data.parent.id}`}>{data.parent.name}</a> ({data.parent.unitName})</dd>
          </>
        ) : null}
      </dl>
      {m.description ? <p>{m.description}</p> : null}

      <h2>{v.t("movements.milestones")}</h2>
      {data.milestones.length === 0 ? <p>{v.t("movements.no_milestones")}</p> : (
        <ul>
          {data.milestones.map((ms) => (
            <li>{v.date(ms.on)}: {ms.name} <span class="muted">({v.t(`movements.milestone.${ms.kind}`)})</span></li>
          ))}
        </ul>
      )}

      {data.linked.length > 0 ? (
        <>
          <h2>{v.t("movements.linked")}</h2>
          <ul>{data.linked.map((l) => <li><a href={`/movements/${l.id}`}>{l.name}</a> <span class="muted">({l.unitName})</span></li>)}</ul>
        </>
      ) : null}

      <h2>{v.t("movements.participants")}</h2>
      {data.participants.length === 0 ? <p>{v.t("movements.no_participants")}</p> : (
        <ul>
          {data.participants.map((p) => (
            <li>
              {p.name} <span class="muted">({kindLabel(v, p.kind)})</span>
              {m.status !== "draft" ? (
                <>
                  {" "}· <a href={`/movements/${m.id}/checkins/${p.unitId}`}>{v.t("movements.link_checkins")}</a> · <a href={`/movements/${m.id}/reviews/${p.unitId}`}>{v.t("movements.link_reviews")}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h2>{v.t("criteria.title")}</h2>
      {data.groups.length === 0 ? <p>{v.t("criteria.none")}</p> : null}
      {data.groups.map((g) => (
        <DataTable
          rows={g.criteria}
          caption={g.groupName}
          columns={[
            { header: v.t("criteria.name"), cell: (c) => c.name },
            { header: v.t("criteria.target"), cell: (c) => targetText(v, c, c.target) },
            { header: v.t("criteria.points"), cell: (c) => `${c.maxPoints === null ? "—" : number(v, c.maxPoints)}${c.bonusPoints ? ` (+${number(v, c.bonusPoints)})` : ""}` },
            { header: v.t("criteria.applies_to"), cell: (c) => (c.appliesTo ? kindLabel(v, c.appliesTo) : v.t("criteria.applies_to_all")) },
            can.editCriteria && {
              header: <span class="visually-hidden">{v.t("criteria.edit")}</span>,
              cell: (c) => (
                <a href={`/movements/${m.id}/criteria/${c.id}`}>
                  {v.t("criteria.edit")}
                  <span class="visually-hidden">: {c.name}</span>
                </a>
              ),
            },
          ]}
        />
      ))}
      {can.editCriteria ? (
        <form method="post" action={`/movements/${m.id}/criteria`} class="panel" novalidate>
          <h3>{v.t("criteria.add")}</h3>
          <Csrf v={v} />
          <CriterionFields v={v} form={forms.criterion} />
          <button class="button" type="submit">{v.t("criteria.add")}</button>
        </form>
      ) : m.status !== "draft" ? <p class="hint">{v.t("criteria.fixed_after_launch")}</p> : null}

      {data.registerFor.length > 0 ? (
        <div class="panel">
          <h2>{v.t("registrations.register")}</h2>
          <ul>
            {data.registerFor.map((p) => <li><a href={`/movements/${m.id}/registrations/${p.unitId}`}>{v.t("registrations.register_for", { unit: p.name })}</a></li>)}
          </ul>
        </div>
      ) : null}

      <h2>{v.t("registrations.title")}</h2>
      <DataTable
        rows={data.registrations}
        empty={v.t("registrations.none")}
        columns={[
          { header: v.t("field.unit"), cell: (r) => <a href={`/movements/${m.id}/registrations/${r.unitId}`}>{r.unitName}</a> },
          { header: v.t("registrations.titles"), cell: (r) => r.titles.join("; ") || "—" },
          {
            header: v.t("registrations.state"),
            cell: (r) => (
              <>
                <MovementStatus v={v} status={r.status} />
                {r.belowTarget ? <strong class="tag tag--submitted"> {v.t("registrations.below_target")}</strong> : null}
              </>
            ),
          },
        ]}
      />

      <h2 id="not-registered">{v.t("registrations.not_registered")}</h2>
      {data.missing.length === 0 ? <p>{v.t("registrations.everyone_registered")}</p> : (
        <>
          {data.deadlinePassed ? (
            <div class="error-summary" role="region" aria-labelledby="not-registered">
              <p><strong>{v.t("registrations.overdue_count", { n: data.missing.length, date: v.date(m.registrationDeadline!) })}</strong></p>
            </div>
          ) : null}
          <ul>
            {data.missing.map((x) => (
              <li>
                {x.overdue ? <strong>{x.participant.name} – {v.t("registrations.overdue")}</strong> : x.participant.name}
              </li>
            ))}
          </ul>
        </>
      )}

      {data.parts.length > 0 ? (
        <>
          <h2>{v.t("movements.parts")}</h2>
          <ul>{data.parts.map((p) => <li><a href={`/movements/${p.id}`}>{p.unitName}</a> <MovementStatus v={v} status={p.status} /></li>)}</ul>
        </>
      ) : null}
      {can.launchToSubordinates ? (
        <form method="post" action={`/movements/${m.id}/subordinates`} class="panel" novalidate>
          <h2>{v.t("movements.launch_to_subordinates")}</h2>
          <Csrf v={v} />
          <CheckboxGroup
            v={v}
            form={forms.subordinates}
            name="unitIds"
            legend={v.t("movements.subordinates")}
            hint={v.t("movements.subordinates_hint")}
            items={data.subordinates.map((s) => ({ name: `sub.${s.id}`, label: `${s.name} (${kindLabel(v, s.kind)})`, checked: forms.subordinates.values[`sub.${s.id}`] === "on" }))}
          />
          <button class="button button--secondary" type="submit">{v.t("movements.launch_to_subordinates")}</button>
        </form>
      ) : null}
    </Layout>
  );
}

export function CriterionPage({ v, movement, criterionId, form }: { v: View; movement: { id: number; name: string }; criterionId: number; form: FormState }) {
  return (
    <Layout v={v} title={v.t("criteria.edit_title")}>
      <ErrorSummary v={v} errors={form.errors} labels={{ _form: "", ...criterionLabels(v) }} />
      <p><a href={`/movements/${movement.id}`}>{v.t("common.back")}</a></p>
      <h1>{v.t("criteria.edit_title")}</h1>
      <p>{movement.name}</p>
      <form method="post" action={`/movements/${movement.id}/criteria/${criterionId}`} novalidate>
        <Csrf v={v} />
        <CriterionFields v={v} form={form} />
        <button class="button" type="submit">{v.t("movements.save")}</button>
      </form>
    </Layout>
  );
}

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
          ...Object.fromEntries(REGISTRATION_TITLES.map((t, i) => [`title.${i}`, chosenTitles.has(t) ? "on" : ""])),
          otherTitle: (r?.titles ?? []).filter((t) => !(REGISTRATION_TITLES as readonly string[]).includes(t)).join("; "),
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
          <p>{v.t("registrations.titles")}: {r.titles.join("; ") || "—"}</p>
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
            {REGISTRATION_TITLES.map((t, i) => (
              <div class="checkbox">
                <input type="checkbox" id={fieldId(`title.${i}`)} name={`title.${i}`} value="on" checked={submitForm.values[`title.${i}`] === "on"} />
                <label for={fieldId(`title.${i}`)}>{t}</label>
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
