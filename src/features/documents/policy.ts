import { signingFormsFor } from "../../domain/access/roles";
import type { Actor } from "../../platform/actor";

type DocumentRef = { status: string; unitPath: string };

/** Issued documents are seen across their unit; drafts only by those who write, review and sign. */
export const documentPolicy = {
  view: (actor: Actor, doc: DocumentRef) => actor.can(doc.status === "issued" ? "document.view" : "document.review", doc.unitPath),
  /** The same rule for lists: issued documents under these paths, drafts under those. */
  issuedScopes: (actor: Actor) => actor.scopes("document.view"),
  draftScopes: (actor: Actor) => actor.scopes("document.review"),
  /** The unit's register of issued documents. */
  viewRegister: (actor: Actor, unit: { path: string }) => actor.can("document.view", unit.path),
  /** The unit's signing authorisations, seen by those who review its drafts. */
  viewSigning: (actor: Actor, unit: { path: string }) => actor.can("document.review", unit.path),
  draft: (actor: Actor, unit: { path: string }) => actor.can("document.draft", unit.path),
  /** Drafts documents for some unit (offers "new plan"). */
  draftSomewhere: (actor: Actor) => actor.scopes("document.draft").length > 0,
  /** Where the actor writes documents, for the form's choice of unit. */
  writeScopes: (actor: Actor) => actor.scopes("document.draft"),
  comment: (actor: Actor, doc: DocumentRef) => actor.can("document.review", doc.unitPath),
  /** Signing is a post on the issuing unit itself (see signingFormsFor). */
  signingForms: (actor: Actor, unit: { id: number }) => signingFormsFor(actor.assignments, unit.id),
};
