import type { Endpoint } from "../../web/api";
import { attachment } from "../../web/download";
import { idFrom } from "../../web/params";
import { createDirective, CreateDirectiveInput } from "../directives/create-directive";
import { listDirectives } from "../directives/list-directives";
import { commentDocument, CommentInput } from "./comment-document";
import { copyPlan } from "./copy-plan";
import { createPlan } from "./create-plan";
import { documentFile, type DocumentFormat } from "./document-file";
import { CreatePlanInput, UpdatePlanInput } from "./document-input";
import { getDocument } from "./get-document";
import { listInbox } from "./inbox";
import { issueDocument, IssueInput } from "./issue-document";
import { documentRegister, ListDocumentsInput, listDocuments, RegisterInput } from "./list-documents";
import { returnDocument, ReturnInput } from "./return-document";
import { GrantInput, grantSigningAuthority, listSigningAuthorities, revokeSigningAuthority } from "./signing-authorisations";
import { submitDocument } from "./submit-document";
import { updatePlan } from "./update-plan";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const docId = (params: Record<string, string>) => idFrom(params.id, "document");

function fileEndpoint(format: DocumentFormat): Endpoint {
  return {
    method: "get",
    path: `/documents/:id/${format}`,
    summary: `The document as .${format}: an issued one exactly as issued, a draft rendered now and marked DỰ THẢO`,
    tag: "documents",
    handle: async ({ actor, c, params }) => {
      const file = await documentFile(actor, db(c), docId(params), format);
      return new Response(Buffer.from(file.bytes), { headers: { "content-type": file.contentType, "content-disposition": attachment(file.name) } });
    },
  };
}

export const documentEndpoints: Endpoint[] = [
  { method: "get", path: "/directives", summary: "Incoming directives (văn bản đến) of the caller's units", tag: "documents", handle: ({ actor, c }) => listDirectives(actor, db(c)) },
  {
    method: "post", path: "/directives", summary: "Record an incoming directive (its file can be attached on the page)", tag: "documents", body: CreateDirectiveInput, status: 201,
    handle: ({ actor, c, body }) => createDirective(actor, body, db(c)),
  },
  { method: "get", path: "/documents", summary: "Outgoing documents the caller may see (drafts only for writers, reviewers and signers)", tag: "documents", query: ListDocumentsInput, handle: ({ actor, c, query }) => listDocuments(actor, db(c), query) },
  {
    method: "get", path: "/documents/:id", summary: "A document with its content, versions, history and recipients; opening an issued one as a recipient is recorded", tag: "documents",
    handle: ({ actor, c, params }) => getDocument(actor, db(c), docId(params)),
  },
  fileEndpoint("docx"),
  fileEndpoint("pdf"),
  { method: "post", path: "/plans", summary: "Start a plan as a draft", tag: "documents", body: CreatePlanInput, status: 201, handle: ({ actor, c, body }) => createPlan(actor, body, db(c)) },
  {
    method: "post", path: "/plans/:id", summary: "Save a draft plan as its next version (send the version you edited)", tag: "documents", body: UpdatePlanInput,
    handle: ({ actor, c, params, body }) => updatePlan(actor, docId(params), body, db(c)),
  },
  { method: "post", path: "/documents/:id/submit", summary: "Submit a complete draft for signature", tag: "documents", handle: ({ actor, c, params }) => submitDocument(actor, docId(params), db(c)) },
  { method: "post", path: "/documents/:id/return", summary: "Return a submitted draft to its writers, with the reason", tag: "documents", body: ReturnInput, handle: ({ actor, c, params, body }) => returnDocument(actor, docId(params), body, db(c)) },
  {
    method: "post", path: "/documents/:id/issue", summary: "Sign in your authority form, take the register's next number, render and deliver", tag: "documents", body: IssueInput,
    handle: ({ actor, c, params, body }) => issueDocument(actor, docId(params), body, db(c), { baseUrl: c.get("deps").config.baseUrl }),
  },
  { method: "post", path: "/documents/:id/comments", summary: "Comment on a draft", tag: "documents", body: CommentInput, status: 201, handle: ({ actor, c, params, body }) => commentDocument(actor, docId(params), body, db(c)) },
  {
    method: "post", path: "/documents/:id/correct", summary: "Start a draft that corrects or replaces an issued plan (the issued one never changes)", tag: "documents", status: 201,
    handle: ({ actor, c, params }) => copyPlan(actor, db(c), docId(params), { corrects: true }),
  },
  {
    method: "get", path: "/units/:id/signing-authorisations", summary: "Written authorisations to sign for the unit's Chairman (TL., TUQ.)", tag: "documents",
    handle: ({ actor, c, params }) => listSigningAuthorities(actor, db(c), idFrom(params.id, "unit")),
  },
  { method: "post", path: "/signing-authorisations", summary: "The Chairman authorises an official to sign TL. or TUQ. for a period", tag: "documents", body: GrantInput, status: 201, handle: ({ actor, c, body }) => grantSigningAuthority(actor, body, db(c)) },
  {
    method: "post", path: "/signing-authorisations/:id/revoke", summary: "Revoke a signing authorisation", tag: "documents",
    handle: ({ actor, c, params }) => revokeSigningAuthority(actor, idFrom(params.id, "signing_authorisation"), db(c)),
  },
  { method: "get", path: "/register", summary: "Sổ văn bản đi: a unit's issued documents of one year in number order", tag: "documents", query: RegisterInput, handle: ({ actor, c, query }) => documentRegister(actor, db(c), query) },
  { method: "get", path: "/inbox", summary: "Documents delivered to the caller's units", tag: "documents", handle: ({ actor, c }) => listInbox(actor, db(c)) },
];
