import { signingFormsFor } from "../../domain/access/roles";
import type { Actor } from "../../platform/actor";

type DocumentRef = { status: string; unitPath: string };

/** Issued documents are seen across their unit; drafts only by those who write, review and sign. */
export const documentPolicy = {
  view: (actor: Actor, doc: DocumentRef) => actor.can(doc.status === "issued" ? "document.view" : "document.review", doc.unitPath),
  draft: (actor: Actor, unit: { path: string }) => actor.can("document.draft", unit.path),
  /** Drafts documents for some unit (offers "new plan"). */
  draftSomewhere: (actor: Actor) => actor.scopes("document.draft").length > 0,
  comment: (actor: Actor, doc: DocumentRef) => actor.can("document.review", doc.unitPath),
  /** Signing is a post on the issuing unit itself (see signingFormsFor). */
  signingForms: (actor: Actor, unit: { id: number }) => signingFormsFor(actor.assignments, unit.id),
};
