// The progress dashboard of a movement: participants × criteria groups with completion, status
// counts and the latest check-in dates; for a parent movement (run by each subordinate unit as
// its own movement), one row per subordinate unit.
import { and, eq, ne, sql } from "drizzle-orm";
import { selectRows, type DbOrTx } from "../../db/client";
import { movements, registrations, registrationTargets } from "../../db/schema";
import { rollupMovement, rollupParent, type ChildMovementRollup, type LatestCheckin } from "../../domain/progress/rollup";
import type { Actor } from "../../platform/actor";
import { criteriaOf, findVisibleMovement } from "./find-movement";
import { progressPolicy } from "./policy";

/** The latest check-in of each participant on each criterion, chosen in the database. */
export async function latestCheckins(db: DbOrTx, movementId: number, unitIds: readonly number[]): Promise<LatestCheckin[]> {
  if (unitIds.length === 0) return [];
  return selectRows<LatestCheckin>(
    db,
    sql`SELECT DISTINCT ON (unit_id, criterion_id) unit_id AS "unitId", criterion_id AS "criterionId", value::float8 AS value, status, reported_on::text AS "reportedOn"
        FROM checkins
        WHERE movement_id = ${movementId} AND unit_id IN (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})
        ORDER BY unit_id, criterion_id, reported_on DESC, id DESC`,
  );
}

async function registeredTargets(db: DbOrTx, movementId: number) {
  const rows = await db
    .select({ unitId: registrations.unitId, criterionId: registrationTargets.criterionId, target: registrationTargets.target })
    .from(registrationTargets)
    .innerJoin(registrations, eq(registrations.id, registrationTargets.registrationId))
    .where(and(eq(registrations.movementId, movementId), ne(registrations.status, "returned")));
  const byUnit = new Map<number, Map<number, number | null>>();
  for (const r of rows) {
    if (!byUnit.has(r.unitId)) byUnit.set(r.unitId, new Map());
    byUnit.get(r.unitId)!.set(r.criterionId, r.target);
  }
  return byUnit;
}

/**
 * Each child movement's totals, aggregated in the database: a province holds a hundred communes
 * of fifty participants with a dozen check-ins per criterion, too many rows to carry into the
 * app. The arithmetic is the one of src/domain/progress/rollup.ts, written in SQL (the
 * integration test checks that both agree).
 */
export async function childMovementTotals(db: DbOrTx, parentId: number): Promise<ChildMovementRollup[]> {
  const kids = await db.select({ id: movements.id }).from(movements).where(eq(movements.parentId, parentId)).orderBy(movements.id);
  // Chunks of subordinate movements run side by side on the pool's connections: the work is
  // one index probe per cell, and a province has about 100,000 cells.
  const chunks: number[][] = [];
  for (let i = 0; i < kids.length; i += CHUNK) chunks.push(kids.slice(i, i + CHUNK).map((k) => k.id));
  const parts = await Promise.all(chunks.map((ids) => totalsOf(db, ids)));
  return parts.flat().sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.movementId - b.movementId)).map(({ sortKey: _, ...row }) => row);
}

/** Measured on 2 cores with 100 communes: 2 queries of 50 took 240 ms, 4 of 25 took 300 ms, 1 of 100 took 400 ms. */
const CHUNK = 50;

async function totalsOf(db: DbOrTx, movementIds: number[]) {
  type Row = { sortKey: string; movementId: number; unitId: number; unitName: string; participants: number; completion: number; points: number; maxPoints: number; onTrack: number; late: number; atRisk: number; none: number; latestOn: string | null };
  const rows = await selectRows<Row>(
    db,
    sql`WITH kids AS (SELECT m.id, m.unit_id, u.name, u.sort_key FROM movements m JOIN units u ON u.id = m.unit_id WHERE m.id IN (${sql.join(movementIds.map((id) => sql`${id}`), sql`, `)})),
      p AS (SELECT mp.movement_id, mp.unit_id, u.kind FROM movement_participants mp JOIN units u ON u.id = mp.unit_id WHERE mp.movement_id IN (SELECT id FROM kids)),
      cells AS (
        SELECT p.movement_id, p.unit_id, cr.measure, cr.max_points, cr.bonus_points, l.value, l.status, l.reported_on,
          CASE WHEN cr.measure = 'boolean' THEN 1 ELSE coalesce(rt.target, cr.target) END AS target
        FROM p
        JOIN criteria cr ON cr.movement_id = p.movement_id AND (cr.applies_to IS NULL OR cr.applies_to = p.kind)
        LEFT JOIN registrations r ON r.movement_id = p.movement_id AND r.unit_id = p.unit_id AND r.status <> 'returned'
        LEFT JOIN registration_targets rt ON rt.registration_id = r.id AND rt.criterion_id = cr.id
        -- One index probe per cell, newest first: the cost grows with participants × criteria,
        -- not with the check-ins piling up over the year. Among check-ins of the same date the
        -- backward scan meets the last stored first (equal keys are kept in heap order, and
        -- check-ins are only ever appended).
        LEFT JOIN LATERAL (
          SELECT c.value, c.status, c.reported_on FROM checkins c
          WHERE c.movement_id = p.movement_id AND c.unit_id = p.unit_id AND c.criterion_id = cr.id
          ORDER BY c.reported_on DESC LIMIT 1) l ON true),
      rated AS (
        SELECT *, CASE WHEN value IS NULL THEN 0
                       WHEN measure = 'boolean' THEN CASE WHEN value >= 1 THEN 1 ELSE 0 END
                       WHEN target IS NULL OR target <= 0 THEN 1
                       ELSE value / target END::float8 AS ratio
        FROM cells),
      per_unit AS (
        SELECT movement_id, unit_id,
          avg(least(ratio, 1)) AS completion,
          coalesce(sum(least(ratio, 1) * max_points + CASE WHEN measure <> 'boolean' AND ratio > 1 THEN coalesce(bonus_points, 0) ELSE 0 END), 0) AS points,
          coalesce(sum(max_points), 0) AS max_points,
          count(*) FILTER (WHERE status IS NOT NULL AND status NOT IN ('late', 'at_risk')) AS on_track,
          count(*) FILTER (WHERE status = 'late') AS late,
          count(*) FILTER (WHERE status = 'at_risk') AS at_risk,
          count(*) FILTER (WHERE status IS NULL) AS none,
          max(reported_on) AS latest_on
        FROM rated GROUP BY movement_id, unit_id)
    SELECT k.id AS "movementId", k.unit_id AS "unitId", k.name AS "unitName",
      count(p.unit_id)::int AS participants,
      coalesce(sum(coalesce(pu.completion, 0)) / nullif(count(p.unit_id), 0), 0)::float8 AS completion,
      coalesce(sum(pu.points), 0)::float8 AS points, coalesce(sum(pu.max_points), 0)::float8 AS "maxPoints",
      coalesce(sum(pu.on_track), 0)::int AS "onTrack", coalesce(sum(pu.late), 0)::int AS late,
      coalesce(sum(pu.at_risk), 0)::int AS "atRisk", coalesce(sum(pu.none), 0)::int AS none,
      max(pu.latest_on)::text AS "latestOn", k.sort_key AS "sortKey"
    FROM kids k
    LEFT JOIN p ON p.movement_id = k.id
    LEFT JOIN per_unit pu ON pu.movement_id = p.movement_id AND pu.unit_id = p.unit_id
    GROUP BY k.id, k.unit_id, k.name, k.sort_key`,
  );
  return rows.map((r) => ({
    sortKey: r.sortKey,
    movementId: r.movementId, unitId: r.unitId, unitName: r.unitName, participants: r.participants, completion: r.completion,
    points: r.points, maxPoints: r.maxPoints, counts: { on_track: r.onTrack, late: r.late, at_risk: r.atRisk, none: r.none }, latestOn: r.latestOn,
  }));
}

/** One movement's roll-up through the pure domain function (small enough to compute in the app). */
export async function movementRollup(db: DbOrTx, movementId: number, participants: readonly { unitId: number; name: string; kind: string }[]) {
  const [criteria, targets, latest] = await Promise.all([
    criteriaOf(db, movementId),
    registeredTargets(db, movementId),
    latestCheckins(db, movementId, participants.map((p) => p.unitId)),
  ]);
  const rollup = rollupMovement(
    participants.map((p) => ({ unitId: p.unitId, name: p.name, kind: p.kind, targets: targets.get(p.unitId) ?? new Map() })),
    criteria,
    latest,
  );
  return { criteria, rollup };
}

export async function progressDashboard(actor: Actor, db: DbOrTx, movementId: number) {
  const movement = await findVisibleMovement(actor, db, movementId);
  const seesAll = progressPolicy.viewAll(actor, { path: movement.unitPath });
  const [child] = await db.select({ id: movements.id }).from(movements).where(eq(movements.parentId, movement.id)).limit(1);
  const parent = movement.parentId ? (await db.select({ id: movements.id, name: movements.name }).from(movements).where(eq(movements.id, movement.parentId)))[0] ?? null : null;
  if (child && seesAll) {
    const children = rollupParent((await childMovementTotals(db, movement.id)).map((c) => ({ ...c, rollup: c })));
    return { movement, parent, kind: "parent" as const, children, rollup: null, criteria: [] };
  }
  // A participant without a view of the whole movement sees its own rows only.
  const shown = seesAll ? movement.participants : movement.participants.filter((p) => progressPolicy.viewParticipant(actor, { path: movement.unitPath }, p));
  const { criteria, rollup } = await movementRollup(db, movement.id, shown);
  return { movement, parent, kind: "movement" as const, children: null, rollup, criteria };
}
