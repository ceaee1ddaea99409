// Proposals to the level above through the API: the same use cases as the pages.
import type { Endpoint } from "../../web/api";
import { attachment } from "../../web/download";
import { idFrom } from "../../web/params";
import { downloadProposalPackage } from "./build-package";
import { createProposal } from "./create-proposal";
import { decideProposal } from "./decide-proposal";
import { getProposal } from "./get-proposal";
import { ListProposalsInput, listProposals } from "./list-proposals";
import { CreateProposalInput, DecideProposalInput, ResendProposalInput, ReturnProposalInput } from "./proposal-input";
import { receiveProposal } from "./receive-proposal";
import { resendProposal } from "./resend-proposal";
import { returnProposal } from "./return-proposal";

type C = Parameters<Endpoint["handle"]>[0]["c"];
const db = (c: C) => c.get("deps").database.db;
const baseUrl = (c: C) => c.get("deps").config.baseUrl;
const id = (params: Record<string, string>) => idFrom(params.id, "proposal");
const tag = "proposals";
/** A step that notifies the other side: the e-mails go out now. */
const kicked = async <T,>(c: C, run: Promise<T>) => {
  const out = await run;
  c.get("deps").jobs.kick();
  return out;
};

export const proposalEndpoints: Endpoint[] = [
  {
    method: "get", path: "/proposals", tag, query: ListProposalsInput,
    summary: "Proposals to the level above (tờ trình): view=sent, those the caller's units drafted; view=inbox, those sent to the governments the caller reviews for (superior_reviewer)",
    handle: ({ actor, c, query }) => listProposals(actor, db(c), query),
  },
  {
    method: "post", path: "/proposals", tag, body: CreateProposalInput, status: 201,
    summary: "Draft a proposal (a TTr document) from nominations the unit's council passed that are beyond its authority; submit, sign and issue it through /documents to send it",
    handle: ({ actor, c, body }) => createProposal(actor, body, db(c)),
  },
  {
    method: "get", path: "/proposals/:id", tag,
    summary: "A proposal: its tờ trình, the items with the council's results and the level above's answers, the timeline, what the caller may do",
    handle: ({ actor, c, params }) => getProposal(actor, id(params), db(c)),
  },
  { method: "post", path: "/proposals/:id/receive", tag, summary: "The level above receives a sent proposal", handle: ({ actor, c, params }) => kicked(c, receiveProposal(actor, id(params), db(c), { baseUrl: baseUrl(c) })) },
  {
    method: "post", path: "/proposals/:id/return", tag, body: ReturnProposalInput, summary: "The level above returns a sent or received proposal with the reason; its items may be sent again in a new proposal",
    handle: ({ actor, c, params, body }) => kicked(c, returnProposal(actor, id(params), body, db(c), { baseUrl: baseUrl(c) })),
  },
  {
    method: "post", path: "/proposals/:id/decide", tag, body: DecideProposalInput,
    summary: "The level above records its decision (number, date, who decided; outcomes by nomination id: awarded or not_awarded); awarded items enter the proposing unit's registry (source superior)",
    handle: ({ actor, c, params, body }) => kicked(c, decideProposal(actor, id(params), body, db(c), { baseUrl: baseUrl(c) })),
  },
  {
    method: "post", path: "/proposals/:id/resend", tag, body: ResendProposalInput, status: 201,
    summary: "Draft a new proposal with the items of a returned one (the returned one stays as it was)",
    handle: ({ actor, c, params, body }) => resendProposal(actor, id(params), body, db(c)),
  },
  {
    method: "get", path: "/proposals/:id/package", tag,
    summary: "The package for systems outside, as .zip: the issued tờ trình (.docx, .pdf), the list (.xlsx), each nomination's dossier, the council's minutes and ballot count, and manifest.json with every file's SHA-256 and size",
    handle: async ({ actor, c, params }) => {
      const file = await downloadProposalPackage(actor, id(params), db(c));
      return new Response(Buffer.from(file.bytes), { headers: { "content-type": file.contentType, "content-disposition": attachment(file.name) } });
    },
  },
];
