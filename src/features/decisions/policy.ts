import type { Actor } from "../../platform/actor";

interface DecisionScope {
  /** The deciding unit's path. */
  path: string;
}

/**
 * Decisions are official documents: those who see the unit's documents see its issued decisions
 * (documents/policy.ts). Drafting them from the council's results, the payment list and recording
 * what a revocation recovered belong to the Chairman, the Vice-Chairmen and the standing member;
 * signing stays with document.sign.
 */
export const decisionPolicy = {
  draft: (actor: Actor, d: DecisionScope) => actor.can("decision.draft", d.path),
  pay: (actor: Actor, d: DecisionScope) => actor.can("decision.pay", d.path),
  /** Where the actor drafts decisions (unit paths). */
  draftScopes: (actor: Actor) => actor.scopes("decision.draft"),
  /** Where the actor sees the unit's decisions. */
  viewScopes: (actor: Actor) => actor.scopes("document.view"),
};
