// Kinds of unit in the tree; issue "Registry" refines them with official codes.
export const UNIT_KINDS = [
  "province",
  "commune",
  "ward",
  "special_zone",
  "residential_group",
  "village",
  "agency",
  "school",
  "front_committee",
  "mass_organisation",
  "branch",
  "other",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Kinds a first installation can start from: a commune-level unit, or a province. */
export const TOP_KINDS = ["ward", "commune", "special_zone", "province"] as const satisfies readonly UnitKind[];

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

/**
 * The levels of the tree, from the top (1). A unit sits only under a unit of a higher level:
 * a province under a ward, a ward under a residential group or a commune under a ward is
 * refused, and so is a province under a province or a ward under a ward. Below the commune,
 * units may also sit under one of their own level: a department under a department, a union
 * under the Front, a residential group under a residential quarter (khu phố → tổ dân phố),
 * a hamlet under a village, a branch under a branch. "other" has no level (the district level abolished in 2025, anything else): it fits
 * anywhere, and what is placed below it is judged against the nearest ancestor with a level.
 */
export const UNIT_LEVELS: Readonly<Record<UnitKind, number | null>> = {
  province: 1,
  commune: 2,
  ward: 2,
  special_zone: 2,
  agency: 3,
  school: 3,
  front_committee: 3,
  mass_organisation: 3,
  residential_group: 4,
  village: 4,
  branch: 5,
  other: null,
};

/** Levels whose units may sit under a unit of the same level. */
export const NESTING_LEVELS: ReadonlySet<number> = new Set([3, 4, 5]);

/**
 * Whether a unit of `kind` may sit under these ancestors (the top first, its parent last):
 * its level must be below that of the nearest ancestor that has one.
 */
export function mayPlaceUnder(kind: UnitKind, ancestors: readonly UnitKind[]): boolean {
  const level = UNIT_LEVELS[kind];
  if (level === null) return true;
  const above = ancestors.map((k) => UNIT_LEVELS[k]).filter((l): l is number => l !== null).at(-1);
  if (above === undefined) return true;
  return above < level || (above === level && NESTING_LEVELS.has(level));
}

/** Whether `successor` may replace `predecessor` in a merger: units of one level merge (wards with communes, provinces with provinces). */
export function mayReplace(successor: UnitKind, predecessor: UnitKind): boolean {
  const [a, b] = [UNIT_LEVELS[successor], UNIT_LEVELS[predecessor]];
  return a === null || b === null || a === b;
}
