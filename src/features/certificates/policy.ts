import type { Actor } from "../../platform/actor";

type UnitRef = { path: string };

/**
 * Certificates are printed, and the ceremony prepared, by the unit that issued the decision: its
 * Chairman and Vice-Chairmen, the council's standing member and the culture officer. Anyone
 * else who sees the decision does not print it; another unit's decision is not found.
 * The verification page needs no policy: it is public, and shows only what the decision made public.
 */
export const certificatePolicy = {
  print: (actor: Actor, unit: UnitRef) => actor.can("certificate.print", unit.path),
  printSomewhere: (actor: Actor) => actor.scopes("certificate.print").length > 0,
  /** The layout (template, background, calibration) of the unit's certificates. */
  setLayout: (actor: Actor, unit: UnitRef) => actor.can("certificate.print", unit.path),
};
