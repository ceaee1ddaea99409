// The roll-up of progress: from the latest check-in of each participant on each criterion to
// a completion per participant, per movement, and per subordinate unit for the level above.
//
// The rules, simply:
// - Target of a cell: the participant's registered target when it committed one, else the
//   criterion's. A yes/no criterion's target is "yes" (1).
// - Achieved ratio = latest value / target (raw, may exceed 1). No check-in yet counts 0.
//   A number or percentage criterion without a target (or a target of 0) counts as reached
//   once anything is reported: nothing to fall short of.
// - Completion of a participant = mean over its criteria of the ratio capped at 1, so that
//   going far beyond one target does not hide another left undone.
// - Points, when the criterion has maxPoints: min(ratio, 1) × maxPoints, plus the criterion's
//   bonusPoints in full when the target was exceeded (raw ratio > 1). Yes/no earns no bonus.
// - Status counts: the status of each criterion's latest check-in; "none" where nothing is reported.
// - A movement's totals: mean completion of its participants, summed points and status counts.
import type { CheckinStatus, Measure } from "./values";

export interface RollupCriterion {
  id: number;
  groupName: string;
  measure: Measure;
  target: number | null;
  maxPoints: number | null;
  bonusPoints: number | null;
  /** A unit kind or null for every participant. */
  appliesTo: string | null;
}

export interface RollupParticipant {
  unitId: number;
  name: string;
  kind: string;
  /** Registered targets by criterion id. */
  targets?: ReadonlyMap<number, number | null>;
}

export interface LatestCheckin {
  unitId: number;
  criterionId: number;
  value: number | null;
  status: string;
  reportedOn: string;
}

export type StatusCounts = Record<CheckinStatus | "none", number>;

export interface Cell {
  criterionId: number;
  target: number | null;
  value: number | null;
  /** Raw achieved ratio (may exceed 1); 0 when nothing is reported. */
  ratio: number;
  /** The ratio capped at 1, as shown (100%). */
  shown: number;
  points: number | null;
  status: CheckinStatus | "none";
  reportedOn: string | null;
}

export interface GroupCompletion {
  groupName: string;
  completion: number;
  criteria: number;
}

export interface ParticipantRollup {
  unitId: number;
  name: string;
  completion: number;
  points: number;
  maxPoints: number;
  counts: StatusCounts;
  groups: GroupCompletion[];
  latestOn: string | null;
  cells: Cell[];
}

export interface MovementRollup {
  participants: ParticipantRollup[];
  completion: number;
  points: number;
  maxPoints: number;
  counts: StatusCounts;
  latestOn: string | null;
  groups: string[];
}

export const emptyCounts = (): StatusCounts => ({ on_track: 0, late: 0, at_risk: 0, none: 0 });

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const asStatus = (s: string): CheckinStatus => (s === "late" || s === "at_risk" ? s : "on_track");

/** The achieved ratio of a value against its target, raw (see the rules above). */
export function achievedRatio(measure: Measure, value: number | null, target: number | null): number {
  if (value === null) return 0;
  if (measure === "boolean") return value >= 1 ? 1 : 0;
  if (target === null || target <= 0) return 1;
  return value / target;
}

export function pointsFor(criterion: Pick<RollupCriterion, "measure" | "maxPoints" | "bonusPoints">, ratio: number): number | null {
  if (criterion.maxPoints === null) return null;
  const base = Math.min(ratio, 1) * criterion.maxPoints;
  const bonus = criterion.measure !== "boolean" && ratio > 1 ? (criterion.bonusPoints ?? 0) : 0;
  return base + bonus;
}

export const appliesTo = (criterion: RollupCriterion, participant: RollupParticipant) => criterion.appliesTo === null || criterion.appliesTo === participant.kind;

export function rollupParticipant(participant: RollupParticipant, criteria: readonly RollupCriterion[], latest: ReadonlyMap<number, LatestCheckin>): ParticipantRollup {
  const counts = emptyCounts();
  const cells: Cell[] = [];
  const byGroup = new Map<string, number[]>();
  let points = 0;
  let maxPoints = 0;
  let latestOn: string | null = null;
  for (const criterion of criteria) {
    if (!appliesTo(criterion, participant)) continue;
    const registered = participant.targets?.get(criterion.id);
    const target = criterion.measure === "boolean" ? 1 : registered ?? criterion.target;
    const checkin = latest.get(criterion.id);
    const value = checkin?.value ?? null;
    const ratio = achievedRatio(criterion.measure, value, target);
    const shown = Math.min(ratio, 1);
    const cellPoints = pointsFor(criterion, ratio);
    const status = checkin ? asStatus(checkin.status) : "none";
    counts[status] += 1;
    if (cellPoints !== null) {
      points += cellPoints;
      maxPoints += criterion.maxPoints!;
    }
    latestOn = later(latestOn, checkin?.reportedOn ?? null);
    if (!byGroup.has(criterion.groupName)) byGroup.set(criterion.groupName, []);
    byGroup.get(criterion.groupName)!.push(shown);
    cells.push({ criterionId: criterion.id, target, value, ratio, shown, points: cellPoints, status, reportedOn: checkin?.reportedOn ?? null });
  }
  return {
    unitId: participant.unitId,
    name: participant.name,
    completion: mean(cells.map((c) => c.shown)),
    points,
    maxPoints,
    counts,
    groups: [...byGroup].map(([groupName, shown]) => ({ groupName, completion: mean(shown), criteria: shown.length })),
    latestOn,
    cells,
  };
}

/** Every participant of one movement, and the movement's totals. */
export function rollupMovement(participants: readonly RollupParticipant[], criteria: readonly RollupCriterion[], checkins: readonly LatestCheckin[]): MovementRollup {
  const byUnit = new Map<number, Map<number, LatestCheckin>>();
  for (const c of checkins) {
    if (!byUnit.has(c.unitId)) byUnit.set(c.unitId, new Map());
    const cells = byUnit.get(c.unitId)!;
    const seen = cells.get(c.criterionId);
    // The caller passes the latest per cell; should several come, the latest date wins.
    if (!seen || c.reportedOn > seen.reportedOn) cells.set(c.criterionId, c);
  }
  const rows = participants.map((p) => rollupParticipant(p, criteria, byUnit.get(p.unitId) ?? new Map()));
  return { ...totals(rows), participants: rows, groups: [...new Set(criteria.map((c) => c.groupName))] };
}

/** Sums of several rows (participants of a movement, or the child movements of a parent). */
export function totals(rows: readonly { completion: number; points: number; maxPoints: number; counts: StatusCounts; latestOn: string | null }[]) {
  const counts = emptyCounts();
  let latestOn: string | null = null;
  for (const r of rows) {
    for (const k of Object.keys(counts) as (keyof StatusCounts)[]) counts[k] += r.counts[k];
    latestOn = later(latestOn, r.latestOn);
  }
  return {
    completion: mean(rows.map((r) => r.completion)),
    points: rows.reduce((a, r) => a + r.points, 0),
    maxPoints: rows.reduce((a, r) => a + r.maxPoints, 0),
    counts,
    latestOn,
  };
}

export interface ChildMovementRollup {
  movementId: number;
  unitId: number;
  unitName: string;
  participants: number;
  completion: number;
  points: number;
  maxPoints: number;
  counts: StatusCounts;
  latestOn: string | null;
}

/**
 * "To the level above by itself": a parent movement shows one row per subordinate unit's own
 * movement, each the totals of that movement, and the parent's total is the mean of those rows
 * (every subordinate unit weighs the same, however many participants it has).
 */
export function rollupParent(children: readonly { movementId: number; unitId: number; unitName: string; rollup: Pick<MovementRollup, "completion" | "points" | "maxPoints" | "counts" | "latestOn"> & { participants: readonly unknown[] | number } }[]) {
  const rows: ChildMovementRollup[] = children.map((c) => ({
    movementId: c.movementId,
    unitId: c.unitId,
    unitName: c.unitName,
    participants: typeof c.rollup.participants === "number" ? c.rollup.participants : c.rollup.participants.length,
    completion: c.rollup.completion,
    points: c.rollup.points,
    maxPoints: c.rollup.maxPoints,
    counts: c.rollup.counts,
    latestOn: c.rollup.latestOn,
  }));
  return { rows, ...totals(rows) };
}

/** A ratio as a whole percentage for display, capped at 100. */
export const percentShown = (ratio: number) => Math.round(Math.min(ratio, 1) * 100);
