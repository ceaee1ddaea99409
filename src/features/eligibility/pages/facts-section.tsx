// The "Thi đua, khen thưởng" section of a person's page, for those who may see the facts:
// the last ten years' ratings, discipline, holds (those lasting today highlighted),
// initiatives, the links to record each, and the history of changes.
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import type { Facts } from "../get-facts";
import { changeText } from "./fact-text";

export function FactsSection({ v, facts }: { v: View; facts: Facts | null }) {
  if (!facts) return null;
  const id = facts.person.id;
  const date = (d: string | null) => (d ? v.date(d) : "—");
  const manage = facts.canManage;
  const removeLink = (kind: string, factId: number) => (manage ? <a href={`/people/${id}/facts/remove?kind=${kind}&fact=${factId}`}>{v.t("eligibility.remove")}</a> : null);
  return (
    <section id="eligibility-facts" aria-labelledby="eligibility-facts-title">
      <h2 id="eligibility-facts-title">{v.t("eligibility.section")}</h2>
      <p class="hint">{v.t("eligibility.section_hint")}</p>

      <h3>{v.t("eligibility.assessments_recent")}</h3>
      <DataTable
        rows={facts.assessments}
        empty={v.t("eligibility.none")}
        columns={[
          { header: v.t("eligibility.year"), cell: (a) => a.year },
          { header: v.t("eligibility.rating"), cell: (a) => v.t(`eligibility.rating.${a.rating}`) },
          { header: v.t("eligibility.note"), cell: (a) => a.note },
          ...(manage
            ? [{ header: "", cell: (a: Facts["assessments"][number]) => <><a href={`/people/${id}/facts/assessment?year=${a.year}`}>{v.t("eligibility.edit")}</a> {removeLink("assessment", a.id)}</> }]
            : []),
        ]}
      />
      {manage ? (
        <p>
          <a href={`/people/${id}/facts/assessment`}>{v.t("eligibility.add_assessment")}</a> ·{" "}
          <a href={`/eligibility/assessments/import?unit=${facts.person.unitId}`}>{v.t("eligibility.import")}</a>
        </p>
      ) : null}

      <h3>{v.t("eligibility.disciplines")}</h3>
      <DataTable
        rows={facts.disciplines}
        empty={v.t("eligibility.none")}
        columns={[
          { header: v.t("eligibility.form"), cell: (d) => v.t(`eligibility.form.${d.form}`) },
          { header: v.t("eligibility.decision"), cell: (d) => d.decision },
          { header: v.t("eligibility.decided_on"), cell: (d) => date(d.decidedOn) },
          { header: v.t("eligibility.discipline_ends_on"), cell: (d) => date(d.endsOn) },
          ...(manage ? [{ header: "", cell: (d: Facts["disciplines"][number]) => removeLink("discipline", d.id) }] : []),
        ]}
      />
      {manage ? <p><a href={`/people/${id}/facts/discipline`}>{v.t("eligibility.add_discipline")}</a></p> : null}

      <h3>{v.t("eligibility.holds")}</h3>
      <DataTable
        rows={facts.holds}
        empty={v.t("eligibility.none")}
        rowClass={(h) => (h.current ? "row--warning" : undefined)}
        columns={[
          { header: v.t("eligibility.hold_reason"), cell: (h) => <>{h.current ? <strong class="tag tag--warning">{v.t("eligibility.hold_current")}</strong> : null} {v.t(`eligibility.hold_reason.${h.reason}`)}</> },
          { header: v.t("eligibility.starts_on"), cell: (h) => date(h.startsOn) },
          { header: v.t("eligibility.ends_on"), cell: (h) => (h.endsOn ? date(h.endsOn) : v.t("eligibility.lasting")) },
          ...(manage
            ? [{ header: "", cell: (h: Facts["holds"][number]) => <>{h.endsOn ? null : <a href={`/people/${id}/facts/end-hold?hold=${h.id}`}>{v.t("eligibility.end_hold")}</a>} {removeLink("hold", h.id)}</> }]
            : []),
        ]}
      />
      {manage ? <p><a href={`/people/${id}/facts/hold`}>{v.t("eligibility.add_hold")}</a></p> : null}

      <h3>{v.t("eligibility.initiatives")}</h3>
      <DataTable
        rows={facts.initiatives}
        empty={v.t("eligibility.none")}
        columns={[
          { header: v.t("eligibility.initiative_title"), cell: (i) => i.title },
          { header: v.t("eligibility.scope"), cell: (i) => v.t(`eligibility.scope.${i.scope}`) },
          { header: v.t("eligibility.recognised_on"), cell: (i) => date(i.recognisedOn) },
          { header: v.t("eligibility.recognised_by"), cell: (i) => i.recognisedBy },
          ...(manage ? [{ header: "", cell: (i: Facts["initiatives"][number]) => removeLink("initiative", i.id) }] : []),
        ]}
      />
      {manage ? <p><a href={`/people/${id}/facts/initiative`}>{v.t("eligibility.add_initiative")}</a></p> : null}

      <h3>{v.t("eligibility.history")}</h3>
      <DataTable
        rows={facts.history}
        empty={v.t("eligibility.no_history")}
        columns={[
          { header: v.t("eligibility.when"), cell: (h) => v.dateTime(h.at) },
          { header: v.t("eligibility.who"), cell: (h) => h.actorLabel },
          { header: v.t("eligibility.what"), cell: (h) => <><strong>{v.t(`eligibility.action.${h.action}`)}:</strong> {changeText(v, h)}</> },
        ]}
      />
    </section>
  );
}
