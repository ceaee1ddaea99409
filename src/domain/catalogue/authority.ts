// Who decides a form on a given day: the catalogue names a tier (commune, district, province,
// the central State); the unit that decides is the nearest unit of that tier, in the tree as it
// stood that day. Until 30 June 2025 a ward's "level above" was its district-level city; from
// 1 July 2025 it is the province.
import { GOVERNMENT_TIER, isUnitKind } from "../access/unit-kinds";
import type { AwardingTier } from "./entries";

export interface UnitOnDate {
  id: number;
  name: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
}

export function tierOf(kind: string): AwardingTier | null {
  return isUnitKind(kind) ? (GOVERNMENT_TIER[kind] ?? null) : null;
}

function existsOn(unit: UnitOnDate, on: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= on) && (unit.validTo === null || on <= unit.validTo);
}

/** The tiers of government from the bottom up. */
const TIER_ORDER: readonly AwardingTier[] = ["commune", "district", "province", "central"];

export interface Routing {
  /** The unit that decides, or null when the central State does (beyond the tree). */
  decidingUnit: UnitOnDate | null;
  tier: AwardingTier;
  /** The nominating unit's own government decides it (no proposal upward). */
  withinUnit: boolean;
}

/**
 * Routes a form that `tier` decides, nominated in `chain` (the nominating unit first, then its
 * ancestors up to the top), on the day `on`: the nearest unit of that tier that existed that day.
 * Units that did not exist that day are passed over: a ward's city that ended on 30/6/2025 is no
 * longer its level above on 15/9/2025.
 */
export function routeTo(tier: AwardingTier, chain: readonly UnitOnDate[], on: string): Routing {
  const ownGovernment = chain.find((u) => tierOf(u.kind) !== null && existsOn(u, on)) ?? null;
  if (tier === "central") return { decidingUnit: null, tier, withinUnit: false };
  const deciding = chain.find((u) => tierOf(u.kind) === tier && existsOn(u, on)) ?? null;
  return { decidingUnit: deciding, tier, withinUnit: deciding !== null && deciding.id === ownGovernment?.id };
}

/** The government immediately above the nominating unit's own on that day (where its proposals go). */
export function levelAbove(chain: readonly UnitOnDate[], on: string): UnitOnDate | null {
  const governments = chain.filter((u) => tierOf(u.kind) !== null && existsOn(u, on));
  const own = governments[0];
  if (!own) return null;
  const ownRank = TIER_ORDER.indexOf(tierOf(own.kind)!);
  return governments.find((u) => TIER_ORDER.indexOf(tierOf(u.kind)!) > ownRank) ?? null;
}
