import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { downloadResponse } from "../../web/download";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf, workflowStep, type RecordPage } from "../../web/workflow";
import { downloadProposalPackage } from "./build-package";
import { createProposal } from "./create-proposal";
import { decideProposal } from "./decide-proposal";
import { getProposal } from "./get-proposal";
import { listProposals } from "./list-proposals";
import { ProposalsPage } from "./pages/list";
import { ChooseProposingUnitPage, NewProposalPage } from "./pages/new";
import { ProposalPage, type ProposalForm } from "./pages/proposal";
import { proposalPolicy } from "./policy";
import { proposalCandidates, proposingUnits } from "./proposal-choices";
import { proposalFormValues } from "./proposal-input";
import { receiveProposal } from "./receive-proposal";
import { resendProposal } from "./resend-proposal";
import { returnProposal } from "./return-proposal";

export const proposalRoutes = new Hono<AppEnv>();
for (const path of ["/proposals", "/proposals/*"]) proposalRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const idOf = (c: Ctx) => idFrom(c.req.param("id"), "proposal");
const baseUrl = (c: Ctx) => c.get("deps").config.baseUrl;
const NOTICES = { created: "proposals.created_notice", received: "proposals.received_notice", returned: "proposals.returned_notice", decided: "proposals.decided_notice" } as const;

proposalRoutes.get("/proposals", async (c) => {
  const actor = actorOf(c);
  const list = await listProposals(actor, db(c), c.req.query());
  return c.html(<ProposalsPage v={viewOf(c)} list={list} canCreate={proposalPolicy.sendSomewhere(actor)} notice={noticeOf(c, NOTICES)} />);
});

async function showNew(c: Ctx, unitId: number, form: FormState, status: 200 | 422 = 200) {
  const data = await proposalCandidates(actorOf(c), db(c), unitId);
  return c.html(<NewProposalPage v={viewOf(c)} data={data} form={form} />, status);
}

proposalRoutes.get("/proposals/new", async (c) => {
  const units = await proposingUnits(actorOf(c), db(c));
  const chosen = c.req.query("unit") ?? (units.length === 1 ? String(units[0]!.id) : undefined);
  if (!chosen) return c.html(<ChooseProposingUnitPage v={viewOf(c)} units={units} />);
  return showNew(c, idFrom(chosen, "unit"), emptyForm({}));
});

proposalRoutes.post("/proposals/new", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => createProposal(actorOf(c), proposalFormValues(values), db(c)),
    (form) => showNew(c, idFrom(values.unitId, "unit"), form, 422),
    (row) => c.redirect(`/proposals/${row.id}?created=1`, 303),
  );
});

async function showProposal(c: Ctx, forms: Partial<Record<ProposalForm, FormState>>, status: 200 | 422 = 200) {
  const data = await getProposal(actorOf(c), idOf(c), db(c));
  return c.html(<ProposalPage v={viewOf(c)} data={data} forms={forms} notice={noticeOf(c, NOTICES)} />, status);
}

proposalRoutes.get("/proposals/:id{[0-9]+}", (c) => showProposal(c, {}));
proposalRoutes.get("/proposals/:id{[0-9]+}/package.zip", async (c) => downloadResponse(c, await downloadProposalPackage(actorOf(c), idOf(c), db(c))));

const page: RecordPage<ProposalForm> = { address: (c) => `/proposals/${idOf(c)}`, showAgain: (c, forms) => showProposal(c, forms, 422) };
const kick = async <T,>(c: Ctx, run: Promise<T>) => {
  const out = await run;
  c.get("deps").jobs.kick();
  return out;
};
workflowStep(proposalRoutes, "/proposals/:id{[0-9]+}/receive", page, { form: "receive", run: (c) => kick(c, receiveProposal(actorOf(c), idOf(c), db(c), { baseUrl: baseUrl(c) })), done: "received" });
workflowStep(proposalRoutes, "/proposals/:id{[0-9]+}/return", page, { form: "return", run: (c, values) => kick(c, returnProposal(actorOf(c), idOf(c), values, db(c), { baseUrl: baseUrl(c) })), done: "returned" });
workflowStep(proposalRoutes, "/proposals/:id{[0-9]+}/decide", page, { form: "decide", run: (c, values) => kick(c, decideProposal(actorOf(c), idOf(c), proposalFormValues(values), db(c), { baseUrl: baseUrl(c) })), done: "decided" });

proposalRoutes.post("/proposals/:id{[0-9]+}/resend", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => resendProposal(actorOf(c), idOf(c), values, db(c)),
    (form) => showProposal(c, { resend: form }, 422),
    (row) => c.redirect(`/proposals/${row.id}?created=1`, 303),
  );
});
