// What differs between the kinds of official document the product issues: how the content
// becomes the Decree 30 model, what issuing completes in the content (a decision's bonus depends
// on the issue date), and what issuing sets in motion in the same transaction (a plan's tasks, a
// decision's awards). Everything else — versions, submission, the register, signing — is shared.
import type { OfficialDocument } from "../../documents/model";
import { composePlanDocument } from "../../documents/compose-plan";
import { composeProposalDocument, type ProposalContent } from "../../documents/compose-proposal";
import type { DbOrTx, Tx } from "../../db/client";
import type { DocumentTypeCode } from "../../domain/documents/document-types";
import type { DocumentHeader, PlanContent } from "../../domain/plans/plan-content";
import type { Actor } from "../../platform/actor";
import type { FieldErrors } from "../../platform/errors";
import { DECISION } from "../decisions/decision-kind";
import { proposalIssued } from "../proposals/proposal-issued";
import { createTasksFromPlan } from "../tasks/create-tasks-from-plan";
import { missingParts } from "./document-input";
import type { DocumentRow } from "./find-document";

export interface DocumentKind {
  compose(content: unknown, header: DocumentHeader): OfficialDocument;
  /** The parts a draft must have before it goes for signature, as field errors (every one at once). */
  missingParts(content: unknown, extra: { recipients: number }): FieldErrors;
  /**
   * The content as it reads on `on`: for a draft's preview, today; inside the issuing transaction,
   * the issue date, and what it returns is what the issued document keeps.
   */
  contentOn?(db: DbOrTx, doc: DocumentRow, on: string, purpose: "preview" | "issue"): Promise<unknown>;
  /** What issuing sets in motion, in the issuing transaction (a failure here issues nothing). */
  issued?(tx: Tx, actor: Actor, issued: DocumentRow, context: { baseUrl: string }): Promise<void>;
}

const PLAN: DocumentKind = {
  compose: (content, header) => composePlanDocument(content as PlanContent, header),
  missingParts: (content, extra) => missingParts(content as PlanContent, extra),
  issued: async (tx, actor, doc) => void (await createTasksFromPlan(tx, actor, doc)),
};

/** A tờ trình to the level above (features/proposals): its content is drawn up from the council's results, issuing sends it. */
const PROPOSAL: DocumentKind = {
  compose: (content, header) => composeProposalDocument(content as ProposalContent, header),
  // Drawn up whole from the council's results: nothing for the clerk to fill in.
  missingParts: () => ({}),
  issued: (tx, actor, doc, context) => proposalIssued(tx, actor, doc, context),
};

/** One entry per type the product drafts; an area that adds a type adds its kind here. */
const KINDS: Partial<Record<DocumentTypeCode, DocumentKind>> = { KH: PLAN, QĐ: DECISION, TTr: PROPOSAL };

export function documentKind(typeCode: string): DocumentKind {
  const kind = KINDS[typeCode as DocumentTypeCode];
  if (!kind) throw new Error(`no document kind registered for ${typeCode}`);
  return kind;
}
