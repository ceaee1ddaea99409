// A movement's progress: each participant's completion by group of criteria, or each part's for a movement launched to subordinates.
import { percentShown } from "../../../domain/progress/rollup";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import type { progressDashboard } from "../progress-dashboard";
import { MovementNav } from "./parts";

type Dashboard = Awaited<ReturnType<typeof progressDashboard>>;

const pct = (ratio: number) => `${percentShown(ratio)}%`;

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
