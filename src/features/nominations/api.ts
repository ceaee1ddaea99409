import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { CheckEligibilityInput, checkEligibility } from "../eligibility/check-eligibility";
import { createNomination } from "./create-nomination";
import { GenerateDocumentInput, generateDossierDocument } from "./generate-dossier-document";
import { getNomination } from "./get-nomination";
import { ListNominationsInput, listNominations } from "./list-nominations";
import { AssignNominationInput, NominationInput, ResolveFlagInput, ReturnNominationInput } from "./nomination-input";
import { resolveFlag } from "./resolve-flag";
import { acceptNomination, assignNomination, returnNomination } from "./screen-nomination";
import { submitNomination } from "./submit-nomination";
import { updateNomination } from "./update-nomination";
import { withdrawNomination } from "./withdraw-nomination";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "nominations";
const id = (params: Record<string, string>) => idFrom(params.id, "nomination");

/** The file of a nomination as JSON: what the page shows, without the page's helpers. */
async function nominationJson(...args: Parameters<typeof getNomination>) {
  const { formNameOf: _names, ...data } = await getNomination(...args);
  return data;
}

export const nominationEndpoints: Endpoint[] = [
  {
    method: "get", path: "/nominations", tag, query: ListNominationsInput,
    summary: "Nominations the caller may see (its own units and organisations; view=intake: those it screens), newest first",
    handle: ({ actor, c, query }) => listNominations(actor, db(c), query),
  },
  {
    method: "get", path: "/nominations/:id", tag,
    summary: "A nomination's file: eligibility rule by rule with its article (facts only for those who may see them), the dossier's checklist and documents, duplicate flags, the timeline. A view from outside the nominating organisation is audited",
    handle: ({ actor, c, params }) => nominationJson(actor, id(params), db(c)),
  },
  { method: "post", path: "/nominations", tag, body: NominationInput, status: 201, summary: "Put a member of a unit or organisation forward (a draft)", handle: ({ actor, c, body }) => createNomination(actor, body, db(c)) },
  {
    method: "post", path: "/nominations/:id", tag, body: NominationInput.omit({ unitId: true }),
    summary: "Correct a draft or returned nomination", handle: ({ actor, c, params, body }) => updateNomination(actor, id(params), body, db(c)),
  },
  {
    method: "post", path: "/nominations/:id/submit", tag,
    summary: "Submit for screening: every missing document listed at once; routed to who decides on the decision date; eligibility recorded; duplicates flagged; a processing task made",
    handle: ({ actor, c, params }) => submitNomination(actor, id(params), db(c)),
  },
  {
    method: "post", path: "/nominations/:id/documents/generate", tag, body: GenerateDocumentInput, status: 201,
    summary: "Draw up a dossier item from the record (tờ trình, danh sách, báo cáo thành tích, tóm tắt thành tích, biên bản) in the nominating unit's own name and symbol, as .docx (default) or .pdf; it replaces the item's earlier document",
    handle: ({ actor, c, params, body }) => generateDossierDocument(actor, id(params), body, db(c)),
  },
  { method: "post", path: "/nominations/:id/assign", tag, body: AssignNominationInput, summary: "Assign the council's standing member who handles it", handle: ({ actor, c, params, body }) => assignNomination(actor, id(params), body, db(c)) },
  { method: "post", path: "/nominations/:id/accept", tag, summary: "Accept a complete nomination whose duplicates are decided", handle: ({ actor, c, params }) => acceptNomination(actor, id(params), db(c)) },
  {
    method: "post", path: "/nominations/:id/return", tag, body: ReturnNominationInput, summary: "Return a nomination with the reason the nominator reads",
    handle: ({ actor, c, params, body }) => returnNomination(actor, id(params), body, db(c), { baseUrl: c.get("deps").config.baseUrl }),
  },
  { method: "post", path: "/nominations/:id/withdraw", tag, body: ReturnNominationInput, summary: "Withdraw a nomination before it is accepted, with the reason", handle: ({ actor, c, params, body }) => withdrawNomination(actor, id(params), body, db(c)) },
  {
    method: "post", path: "/nominations/:id/flags/:flag", tag, body: ResolveFlagInput, summary: "Decide a duplicate flag: keep both (with a note) or set this one aside",
    handle: ({ actor, c, params, body }) => resolveFlag(actor, id(params), idFrom(params.flag, "flag"), body, db(c)),
  },
  {
    method: "post", path: "/eligibility/check", tag: "eligibility", body: CheckEligibilityInput,
    summary: "Check a person, household, collective or unit against a form for a year under the rules of a decision date: đạt / chưa đạt / cần xem xét per rule, with the article and what is missing",
    handle: ({ actor, c, body }) => checkEligibility(actor, body, db(c)),
  },
];
