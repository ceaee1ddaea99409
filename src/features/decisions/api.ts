// Decisions through the API. Submitting, signing and issuing are the documents' own endpoints
// (/documents/:id/submit, /documents/:id/issue): the bonus is computed there, for the issue date.
import type { Endpoint } from "../../web/api";
import { attachment } from "../../web/download";
import { idFrom } from "../../web/params";
import { createDecision } from "./create-decision";
import { createRevocation } from "./create-revocation";
import { CreateDecisionInput, CreateRevocationInput, DecisionTextsInput, RecoveryInput } from "./decision-input";
import { getDecision } from "./get-decision";
import { listDecisions } from "./list-decisions";
import { paymentList } from "./payment-list";
import { recordRecovery } from "./record-recovery";
import { removeDecisionLine } from "./remove-decision-line";
import { updateDecisionTexts } from "./update-decision-texts";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "decisions";
const decisionId = (params: Record<string, string>) => idFrom(params.id, "document");

/** A decision as the API answers it: its content as it reads now, the awards it made and their standing. */
async function decisionJson(actor: Parameters<Endpoint["handle"]>[0]["actor"], id: number, c: Parameters<Endpoint["handle"]>[0]["c"]) {
  const d = await getDecision(actor, id, db(c));
  return {
    id: d.doc.id, status: d.doc.status, numberSymbol: d.doc.numberSymbol, issuedOn: d.doc.issuedOn, unitId: d.unit.id, content: d.content, total: d.total,
    awards: [...d.awards.values()], revocations: [...d.revocations.values()],
  };
}

export const decisionEndpoints: Endpoint[] = [
  { method: "get", path: "/decisions", tag, summary: "Award and revocation decisions the caller sees (issued ones across their units, drafts where they write), and the units where passed nominations wait for a decision", handle: ({ actor, c }) => listDecisions(actor, db(c)) },
  {
    method: "post", path: "/decisions", tag, body: CreateDecisionInput, status: 201,
    summary: "Draft an award decision (QĐ) from nominations the unit's council passed and the unit decides; any other is refused by number (422) and nothing is drafted. Submit and issue it with /documents/{id}/submit and /documents/{id}/issue",
    handle: async ({ actor, c, body }) => decisionJson(actor, (await createDecision(actor, body, db(c))).id, c),
  },
  { method: "get", path: "/decisions/:id", tag, summary: "One decision: its lines with the bonus (a draft's provisional for today; an issued decision's for its issue date), the awards it made and whether they were revoked", handle: ({ actor, c, params }) => decisionJson(actor, decisionId(params), c) },
  {
    method: "post", path: "/decisions/:id/texts", tag, body: DecisionTextsInput,
    summary: "Save a draft's texts (summary, its own căn cứ lines one per line, proposal, fund; a revocation's grounds; Điều 3) as its next version",
    handle: async ({ actor, c, params, body }) => (await updateDecisionTexts(actor, decisionId(params), body, db(c)), decisionJson(actor, decisionId(params), c)),
  },
  {
    method: "post", path: "/decisions/:id/lines/:subject/remove", tag,
    summary: "Take a line out of a draft: the nomination id (award decision) or the award id (revocation); it is free for another draft",
    handle: async ({ actor, c, params }) => (await removeDecisionLine(actor, decisionId(params), { subjectId: params.subject }, db(c)), decisionJson(actor, decisionId(params), c)),
  },
  {
    method: "get", path: "/decisions/:id/payment-list", tag,
    summary: "The payment list of an issued award decision (.xlsx): one row per awardee, amounts in figures and words, a column to sign on receipt, the total per fund",
    handle: async ({ actor, c, params }) => {
      const file = await paymentList(actor, decisionId(params), db(c));
      return new Response(Buffer.from(file.bytes), { headers: { "content-type": file.contentType, "content-disposition": attachment(file.name) } });
    },
  },
  {
    method: "post", path: "/revocations", tag, body: CreateRevocationInput, status: 201,
    summary: "Draft a revocation decision (Law Art. 93) of awards the unit's own decisions made, with the grounds; issuing it marks them revoked with the bonus to pay back",
    handle: async ({ actor, c, body }) => decisionJson(actor, (await createRevocation(actor, body, db(c))).id, c),
  },
  {
    method: "post", path: "/revocations/:id/recovery", tag, body: RecoveryInput,
    summary: "Record what came back of a revoked award: money paid back (at most the bonus it carried) and the day the certificate and items were returned",
    handle: ({ actor, c, params, body }) => recordRecovery(actor, idFrom(params.id, "revocation"), body, db(c)),
  },
];
