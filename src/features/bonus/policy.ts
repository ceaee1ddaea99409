import type { Actor } from "../../platform/actor";
import { cataloguePolicy } from "../catalogue/policy";

/**
 * The bonus calculator reads the catalogue: anyone who works in a unit may use it, with their
 * units' own rules; amounts are the law's, not personal data.
 */
export const bonusPolicy = {
  use: (actor: Actor) => actor.national || actor.scopes("catalogue.view").length > 0,
  forUnit: (actor: Actor, unit: { path: string }) => cataloguePolicy.view(actor, unit),
};
