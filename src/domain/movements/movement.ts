// Movements (phong trào thi đua) as plain data: kinds, the status flow, and the rules on
// dates that a period, its registration deadline and its milestones must follow.
// No I/O: use cases turn the problems returned here into field errors.

export const MOVEMENT_KINDS = ["regular", "campaign"] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MILESTONE_KINDS = ["anniversary", "interim_review", "final_review", "other"] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export type MovementStatus = "draft" | "launched" | "closed";
export type MovementAction = "edit" | "launch" | "close" | "edit_criteria" | "register" | "decide" | "launch_to_subordinates";

/**
 * What each status allows. Criteria and targets are fixed at launch: participants commit to
 * them when they register, so changing one afterwards would change what they signed up for.
 * Registrations are taken once the movement is launched, late ones too (the overview shows
 * who is late); a closed movement takes nothing more.
 */
const ALLOWED: Record<MovementStatus, readonly MovementAction[]> = {
  draft: ["edit", "launch", "edit_criteria", "launch_to_subordinates"],
  launched: ["close", "register", "decide", "launch_to_subordinates"],
  closed: [],
};

export function movementAllows(status: string, action: MovementAction): boolean {
  return (ALLOWED[status as MovementStatus] ?? []).includes(action);
}

/** Field name → message key. */
export type Problems = Record<string, string>;

export interface PeriodInput {
  startsOn: string;
  endsOn: string;
  registrationDeadline: string | null;
  milestones: readonly { on: string }[];
}

/** ISO dates ("YYYY-MM-DD") compare correctly as strings. */
export function periodProblems(p: PeriodInput): Problems {
  const problems: Problems = {};
  if (p.endsOn < p.startsOn) problems.endsOn = "errors.end_before_start";
  const within = (d: string) => d >= p.startsOn && d <= p.endsOn;
  if (p.registrationDeadline && !problems.endsOn && !within(p.registrationDeadline)) problems.registrationDeadline = "errors.movement_deadline_outside";
  p.milestones.forEach((m, i) => {
    if (!problems.endsOn && !within(m.on)) problems[`milestones.${i}.on`] = "errors.movement_milestone_outside";
  });
  return problems;
}

/** A movement can be launched once someone takes part and something is measured. */
export function launchProblems(counts: { participants: number; criteria: number }): Problems {
  const problems: Problems = {};
  if (counts.participants === 0) problems.participants = "errors.movement_needs_participant";
  if (counts.criteria === 0) problems.criteria = "errors.movement_needs_criterion";
  return problems;
}

/** The milestones of the seed plan (Cam Phú, 2024), offered to fill the form. */
export const SEED_MILESTONES_2024 = [
  { on: "2024-05-07", name: "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", kind: "anniversary" },
  { on: "2024-12-22", name: "80 năm Ngày thành lập Quân đội nhân dân Việt Nam; 35 năm Ngày hội Quốc phòng toàn dân", kind: "anniversary" },
] as const satisfies readonly { on: string; name: string; kind: MilestoneKind }[];
