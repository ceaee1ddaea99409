// A movement's overview: its plan, milestones, participants, criteria and registrations, and what is done from it.
import { citeDocument } from "../../../domain/documents/citation";
import { citedIssuer } from "../../../domain/documents/issuing-body";
import { Csrf, ErrorSummary, Notice, PostButton } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { FormState, View } from "../../../web/view";
import { policyUnit } from "../../documents/policy-unit";
import type { MovementView } from "../get-movement";
import { CheckboxGroup, CriterionFields, MovementStatus, criterionLabels, kindLabel, numberText, period, targetText, titlesText } from "./parts";

/** The plan a movement comes from, cited in Vietnamese whatever the interface language. */
const planCitation = (p: { typeCode: string; numberSymbol: string | null; issuedOn: string | null; unitName: string; unitKind: string }) =>
  citeDocument({ kind: p.typeCode, numberSymbol: p.numberSymbol, issuedOn: p.issuedOn, issuer: citedIssuer(policyUnit({ name: p.unitName, kind: p.unitKind })) });

export interface OverviewForms {
  criterion: FormState;
  launch: FormState;
  subordinates: FormState;
}

export function MovementPage({ v, data, forms, notice, canNominate = false }: { v: View; data: MovementView; forms: OverviewForms; notice?: string | undefined; canNominate?: boolean }) {
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
      {canNominate && m.status !== "draft" ? (
        <p>
          <a href={`/nominations/new?movement=${m.id}`}>{v.t("nominations.new_in_movement")}</a>
        </p>
      ) : null}
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
            { header: v.t("criteria.points"), cell: (c) => `${c.maxPoints === null ? "—" : numberText(v, c.maxPoints)}${c.bonusPoints ? ` (+${numberText(v, c.bonusPoints)})` : ""}` },
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
          { header: v.t("registrations.titles"), cell: (r) => titlesText(v, r.titleLabels, r.otherTitle) },
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
