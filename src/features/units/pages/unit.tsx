// One unit: its kind and code, its place in the tree and its history, its people and members.
import { Notice } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { View } from "../../../web/view";
import type { getUnit } from "../get-unit";

type UnitDetail = Awaited<ReturnType<typeof getUnit>>;

export function UnitPage({ v, detail, notice }: { v: View; detail: UnitDetail; notice?: string | undefined }) {
  const { unit, parent, children, members, predecessors, successors } = detail;
  return (
    <Layout v={v} title={unit.name}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{unit.name}</h1>
      <dl class="summary-list">
        <dt>{v.t("units.col_kind")}</dt>
        <dd>{v.t(`kind.${unit.kind}`)}</dd>
        {unit.code ? (
          <>
            <dt>{v.t("units.col_code")}</dt>
            <dd>{unit.code}</dd>
          </>
        ) : null}
        {unit.validTo ? (
          <>
            <dt>{v.t("units.valid_to")}</dt>
            <dd>{v.date(unit.validTo)}</dd>
          </>
        ) : null}
        {successors.map((s) => (
          <>
            <dt>{v.t("units.merged_into")}</dt>
            <dd>
              <a href={`/units/${s.id}`}>{s.name}</a> ({v.date(s.effectiveOn)})
            </dd>
          </>
        ))}
        {predecessors.length > 0 ? (
          <>
            <dt>{v.t("units.replaced")}</dt>
            <dd>
              {predecessors.map((p, i) => (
                <>
                  {i > 0 ? ", " : ""}
                  <a href={`/units/${p.id}`}>{p.name}</a>
                </>
              ))}
            </dd>
          </>
        ) : null}
        <dt>{v.t("nav.awards")}</dt>
        <dd>
          <a href={`/units/${unit.id}/awards`}>{v.t("awards.history_of", { name: unit.name })}</a> · <a href={`/awards?unit=${unit.id}`}>{v.t("awards.title")}</a>
        </dd>
        <dt>{v.t("people.title")}</dt>
        <dd>
          <a href={`/people?unit=${unit.id}`}>{v.t("units.residents", { n: detail.residents })}</a>
        </dd>
        {parent ? (
          <>
            <dt>{v.t("units.parent")}</dt>
            <dd>
              <a href={`/units/${parent.id}`}>{parent.name}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{v.t("units.children")}</h2>
      {children.length === 0 ? (
        <p>{v.t("units.none")}</p>
      ) : (
        <ul>
          {children.map((ch) => (
            <li>
              <a href={`/units/${ch.id}`}>{ch.name}</a> <span class="muted">({v.t(`kind.${ch.kind}`)})</span>
            </li>
          ))}
        </ul>
      )}
      {detail.collectives.length > 0 ? (
        <>
          <h2>{v.t("units.collectives")}</h2>
          <ul>
            {detail.collectives.map((g) => (
              <li>
                <a href={`/collectives/${g.id}/awards`}>{g.name}</a>
                {g.memberCount ? <span class="muted"> ({v.t("units.member_count", { n: g.memberCount })})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {detail.canAddChild ? (
        <p>
          <a class="button button--secondary" href={`/units/${unit.id}/new`}>
            {v.t("units.add_child")}
          </a>
        </p>
      ) : null}
      {members ? (
        <>
          <h2>{v.t("units.members")}</h2>
          {members.length === 0 ? (
            <p>{v.t("common.none")}</p>
          ) : (
            <ul>
              {members.map((m) => (
                <li>
                  <a href={`/users/${m.userId}`}>{m.fullName}</a> – {v.t(`role.${m.role}`)}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Layout>
  );
}
