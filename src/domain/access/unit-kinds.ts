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
