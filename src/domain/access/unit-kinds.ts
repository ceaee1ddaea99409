// Kinds of unit in the tree; issue "Registry" refines them with official codes.
export const UNIT_KINDS = [
  "province",
  // The district level (cấp huyện), abolished on 1 July 2025: units of these kinds carry the
  // date they ended, so that "the level above" of a commune is right on each date.
  "district",
  "urban_district",
  "district_town",
  "provincial_city",
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
 * a hamlet under a village, a branch under a branch. "other" has no level: it fits
 * anywhere, and what is placed below it is judged against the nearest ancestor with a level.
 */
export const UNIT_LEVELS: Readonly<Record<UnitKind, number | null>> = {
  province: 1,
  district: 2,
  urban_district: 2,
  district_town: 2,
  provincial_city: 2,
  commune: 3,
  ward: 3,
  special_zone: 3,
  agency: 4,
  school: 4,
  front_committee: 4,
  mass_organisation: 4,
  residential_group: 5,
  village: 5,
  branch: 6,
  other: null,
};

/** Levels whose units may sit under a unit of the same level. */
export const NESTING_LEVELS: ReadonlySet<number> = new Set([4, 5, 6]);

/** The district level was abolished on 1 July 2025 (the two-tier reform): its units ended the day before. */
export const DISTRICT_LEVEL_ENDED_ON = "2025-06-30";

/** The last day a unit of this kind can exist, by law (the district level's), or null. */
export function lastDayByLaw(kind: UnitKind): string | null {
  return GOVERNMENT_TIER[kind] === "district" ? DISTRICT_LEVEL_ENDED_ON : null;
}

/**
 * The tier of government a unit of this kind is, for who may award what (the catalogue's
 * authority entries name a tier): the commune, the district (until 30 June 2025) or the province.
 * Agencies, organisations and groups award nothing in their own name here.
 */
export type GovernmentTier = "commune" | "district" | "province";
export const GOVERNMENT_TIER: Readonly<Partial<Record<UnitKind, GovernmentTier>>> = {
  province: "province",
  district: "district",
  urban_district: "district",
  district_town: "district",
  provincial_city: "district",
  commune: "commune",
  ward: "commune",
  special_zone: "commune",
};

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
