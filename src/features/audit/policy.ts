import type { Actor } from "../../platform/actor";

export const auditPolicy = {
  browse: (actor: Actor) => actor.scopes("audit.view").length > 0,
  scopes: (actor: Actor) => actor.scopes("audit.view"),
  /** Entries not tied to a unit (sign-ins, tokens) are for administrators of a top-level unit. */
  seeUnitless: (actor: Actor) => actor.scopes("audit.view").some((p) => /^\/\d+\/$/.test(p) || p === "/"),
};
