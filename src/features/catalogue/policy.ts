import type { Actor } from "../../platform/actor";

type UnitRef = { path: string };

/**
 * The legal catalogue: everyone reads the catalogue in force for the units they see. The
 * national layer is national data (national administrators and the console only, like the
 * working-day calendar); a province's own version is made by the province's officials, a
 * unit's own version by the unit's. What a layer may replace at all is the law's business
 * (`mayOverride` in src/domain/catalogue/entries.ts), checked by the use case.
 */
export const cataloguePolicy = {
  view: (actor: Actor, unit: UnitRef) => actor.can("catalogue.view", unit.path),
  /** The units whose catalogue the actor reads (unit paths). */
  viewScopes: (actor: Actor) => actor.scopes("catalogue.view"),
  manageNational: (actor: Actor) => actor.national,
  /** A province's (unit = the province) or a unit's own version. */
  manage: (actor: Actor, unit: UnitRef) => actor.can("catalogue.manage", unit.path),
};
