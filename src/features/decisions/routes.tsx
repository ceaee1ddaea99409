// Decisions in the browser: the list, a new award decision from the council's results, the
// decision's page with its texts, lines, payment list, revocation and recovery. Submitting,
// signing and issuing are the document's own steps, on /documents/:id.
import { Hono } from "hono";
import { parseFormBody } from "../../web/body-limit";
import type { AppEnv, Ctx } from "../../web/context";
import { downloadResponse } from "../../web/download";
import { handleForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf, workflowStep, type RecordPage } from "../../web/workflow";
import { createDecision } from "./create-decision";
import { createRevocation } from "./create-revocation";
import { decisionChoices } from "./decision-choices";
import { getDecision } from "./get-decision";
import { listDecisions } from "./list-decisions";
import { DecisionPage, type DecisionForm } from "./pages/decision";
import { DecisionsPage } from "./pages/list";
import { NewDecisionPage } from "./pages/new";
import { paymentList } from "./payment-list";
import { recordRecovery } from "./record-recovery";
import { removeDecisionLine } from "./remove-decision-line";
import { updateDecisionTexts } from "./update-decision-texts";

export const decisionRoutes = new Hono<AppEnv>();
decisionRoutes.use("/decisions", requireUser);
decisionRoutes.use("/decisions/*", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const idOf = (c: Ctx) => idFrom(c.req.param("id"), "document");

const NOTICES = { created: "decisions.created_notice", saved: "decisions.saved_notice", removed: "decisions.removed_notice", recovered: "decisions.recovery_saved" } as const;

decisionRoutes.get("/decisions", async (c) => c.html(<DecisionsPage v={viewOf(c)} data={await listDecisions(actorOf(c), db(c))} notice={noticeOf(c, NOTICES)} />));

async function showNew(c: Ctx, unitId: number, form: FormState, status: 200 | 422 = 200) {
  return c.html(<NewDecisionPage v={viewOf(c)} data={await decisionChoices(actorOf(c), unitId, db(c))} form={form} />, status);
}
decisionRoutes.get("/decisions/new", (c) => showNew(c, idFrom(c.req.query("unit"), "unit"), emptyForm()));
decisionRoutes.post("/decisions", async (c) => {
  // Ticked nominations arrive as one field repeated.
  const body = await parseFormBody(c, { all: true });
  const values = { unitId: String(body.unitId ?? ""), nominationIds: [body.nominationIds ?? []].flat().filter((x): x is string => typeof x === "string") };
  return handleForm(
    { ...values, nominationIds: values.nominationIds.join(",") },
    () => createDecision(actorOf(c), values, db(c)),
    (form) => showNew(c, idFrom(values.unitId, "unit"), form, 422),
    (doc) => c.redirect(`/decisions/${doc.id}?created=1`, 303),
  );
});

async function showDecision(c: Ctx, forms: Partial<Record<DecisionForm, FormState>>, status: 200 | 422 = 200) {
  return c.html(<DecisionPage v={viewOf(c)} data={await getDecision(actorOf(c), idOf(c), db(c))} forms={forms} notice={noticeOf(c, NOTICES)} />, status);
}
decisionRoutes.get("/decisions/:id{[0-9]+}", (c) => showDecision(c, {}));

const page: RecordPage<DecisionForm> = { address: (c) => `/decisions/${idOf(c)}`, showAgain: (c, forms) => showDecision(c, forms, 422) };
const step = (path: string, form: DecisionForm, done: string, run: (c: Ctx, values: Record<string, string>) => Promise<unknown>) => workflowStep(decisionRoutes, `/decisions/:id{[0-9]+}${path}`, page, { form, run, done });

step("/texts", "texts", "saved", (c, values) => updateDecisionTexts(actorOf(c), idOf(c), values, db(c)));
step("/lines/:subject{[0-9]+}/remove", "line", "removed", (c) => removeDecisionLine(actorOf(c), idOf(c), { subjectId: c.req.param("subject") }, db(c)));
step("/recoveries/:revocation{[0-9]+}", "recovery", "recovered", (c, values) => recordRecovery(actorOf(c), idFrom(c.req.param("revocation"), "revocation"), values, db(c), { decisionId: idOf(c) }));

decisionRoutes.post("/decisions/:id{[0-9]+}/revocations", async (c) => {
  const body = await parseFormBody(c, { all: true });
  const decision = await getDecision(actorOf(c), idOf(c), db(c));
  const values = { unitId: decision.unit.id, awardIds: [body.awardIds ?? []].flat().filter((x): x is string => typeof x === "string"), grounds: String(body.grounds ?? "") };
  return handleForm(
    { grounds: values.grounds },
    () => createRevocation(actorOf(c), values, db(c)),
    (form) => showDecision(c, { revoke: form }, 422),
    (doc) => c.redirect(`/decisions/${doc.id}?created=1`, 303),
  );
});

decisionRoutes.get("/decisions/:id{[0-9]+}/payment-list.xlsx", async (c) => downloadResponse(c, await paymentList(actorOf(c), idOf(c), db(c))));
