import { Hono } from "hono";
import { contentTypeOf } from "../../platform/uploads";
import type { AppEnv, Ctx } from "../../web/context";
import { downloadResponse } from "../../web/download";
import { readFileForm } from "../../web/file-forms";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf, workflowStep, type RecordPage } from "../../web/workflow";
import { addNominationDocument, assertMayAddDocument } from "./add-nomination-document";
import { createNomination } from "./create-nomination";
import { generateDossierDocument } from "./generate-dossier-document";
import { getNomination, nominationDocumentFile } from "./get-nomination";
import { listNominations } from "./list-nominations";
import { nominatingUnits, nominationChoices, possibleHandlers } from "./nomination-choices";
import { ChooseUnitPage, NominationFormPage } from "./pages/nomination-form";
import { NominationsPage } from "./pages/list";
import { NominationPage, type NominationForm } from "./pages/nomination";
import { fairnessPolicy } from "../fairness/policy";
import { nominationPolicy } from "./policy";
import { resolveFlag } from "./resolve-flag";
import { acceptNomination, assignNomination, returnNomination } from "./screen-nomination";
import { submitNomination } from "./submit-nomination";
import { updateNomination } from "./update-nomination";
import { withdrawNomination } from "./withdraw-nomination";
import { nominationComments } from "../disclosure/nomination-comments";

export const nominationRoutes = new Hono<AppEnv>();
for (const path of ["/nominations", "/nominations/*"]) nominationRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const idOf = (c: Ctx) => idFrom(c.req.param("id"), "nomination");

const NOTICES = {
  created: "nominations.created", updated: "nominations.updated", submitted: "nominations.submitted", accepted: "nominations.accepted_notice",
  returned: "nominations.returned_notice", withdrawn: "nominations.withdrawn_notice", assigned: "nominations.assigned_notice",
  document: "nominations.document_added", generated: "nominations.document_generated", flag: "nominations.flag_resolved",
} as const;

/** The form's one "nominee" field ("person:12") is the use case's kind and id. */
function nomineeFields(values: Record<string, string>) {
  const [kind, id] = (values.nominee ?? "").split(":");
  return { ...values, nomineeKind: kind ?? "", nomineeId: id ?? "" };
}

nominationRoutes.get("/nominations", async (c) => {
  const actor = actorOf(c);
  const list = await listNominations(actor, db(c), c.req.query());
  return c.html(<NominationsPage v={viewOf(c)} list={list} canCreate={nominationPolicy.createSomewhere(actor)} screens={nominationPolicy.screenScopes(actor).length > 0} fairness={fairnessPolicy.viewSomewhere(actor)} notice={noticeOf(c, NOTICES)} />);
});

async function showNew(c: Ctx, unitId: number, form: FormState, status: 200 | 422 = 200) {
  const choices = await nominationChoices(actorOf(c), db(c), unitId);
  return c.html(<NominationFormPage v={viewOf(c)} choices={choices} form={form} action="/nominations/new" title={c.get("t")("nominations.new")} />, status);
}

nominationRoutes.get("/nominations/new", async (c) => {
  const actor = actorOf(c);
  const units = await nominatingUnits(actor, db(c));
  const chosen = c.req.query("unit") ?? (units.length === 1 ? String(units[0]!.id) : undefined);
  if (!chosen) return c.html(<ChooseUnitPage v={viewOf(c)} units={units} movement={c.req.query("movement")} />);
  const prefill = c.req.query("nominee") ?? "";
  return showNew(c, idFrom(chosen, "unit"), emptyForm({ nominee: prefill, year: String(new Date().getFullYear()), commendationKind: "cong_trang", movementId: c.req.query("movement") ?? "" }));
});

nominationRoutes.post("/nominations/new", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => createNomination(actorOf(c), nomineeFields(values), db(c)),
    (form) => showNew(c, idFrom(values.unitId, "unit"), form, 422),
    (row) => c.redirect(`/nominations/${row.id}?created=1`, 303),
  );
});

async function showEdit(c: Ctx, form: FormState | null, status: 200 | 422 = 200) {
  const data = await getNomination(actorOf(c), idOf(c), db(c));
  const n = data.nomination;
  const choices = await nominationChoices(actorOf(c), db(c), n.unitId, n.decisionDate);
  const values = form ?? emptyForm({
    nominee: `${n.nomineeKind}:${n.personId ?? n.householdId ?? n.collectiveId ?? n.nomineeUnitId}`,
    formCode: n.formCode, year: String(n.year), commendationKind: n.commendationKind, movementId: n.movementId ? String(n.movementId) : "",
    achievement: n.achievement, decisionDate: n.decisionDate,
  });
  return c.html(<NominationFormPage v={viewOf(c)} choices={choices} form={values} action={`/nominations/${n.id}/edit`} title={c.get("t")("nominations.edit")} />, status);
}

nominationRoutes.get("/nominations/:id{[0-9]+}/edit", (c) => showEdit(c, null));
nominationRoutes.post("/nominations/:id{[0-9]+}/edit", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => updateNomination(actorOf(c), idOf(c), nomineeFields(values), db(c)),
    (form) => showEdit(c, form, 422),
    () => c.redirect(`/nominations/${idOf(c)}?updated=1`, 303),
  );
});

async function showNomination(c: Ctx, forms: Partial<Record<NominationForm, FormState>>, status: 200 | 422 = 200) {
  const data = await getNomination(actorOf(c), idOf(c), db(c));
  const handlers = data.can.screen ? await possibleHandlers(db(c), data.screeningPath) : [];
  const comments = await nominationComments(actorOf(c), idOf(c), db(c));
  return c.html(<NominationPage v={viewOf(c)} data={data} handlers={handlers} forms={forms} notice={noticeOf(c, NOTICES)} comments={comments} />, status);
}

nominationRoutes.get("/nominations/:id{[0-9]+}", (c) => showNomination(c, {}));

const page: RecordPage<NominationForm> = { address: (c) => `/nominations/${idOf(c)}`, showAgain: (c, forms) => showNomination(c, forms, 422) };
workflowStep(nominationRoutes, "/nominations/:id{[0-9]+}/submit", page, { form: "submit", run: (c) => submitNomination(actorOf(c), idOf(c), db(c)), done: "submitted" });
workflowStep(nominationRoutes, "/nominations/:id{[0-9]+}/accept", page, { form: "decide", run: (c) => acceptNomination(actorOf(c), idOf(c), db(c)), done: "accepted" });
workflowStep(nominationRoutes, "/nominations/:id{[0-9]+}/return", page, {
  form: "decide",
  run: (c, values) => returnNomination(actorOf(c), idOf(c), values, db(c), { baseUrl: c.get("deps").config.baseUrl }),
  done: "returned",
});
workflowStep(nominationRoutes, "/nominations/:id{[0-9]+}/withdraw", page, { form: "withdraw", run: (c, values) => withdrawNomination(actorOf(c), idOf(c), values, db(c)), done: "withdrawn" });
workflowStep(nominationRoutes, "/nominations/:id{[0-9]+}/assign", page, { form: "assign", run: (c, values) => assignNomination(actorOf(c), idOf(c), values, db(c)), done: "assigned" });
workflowStep(nominationRoutes, "/nominations/:id{[0-9]+}/flags/:flag{[0-9]+}", page, {
  form: "flag",
  run: (c, values) => resolveFlag(actorOf(c), idOf(c), idFrom(c.req.param("flag"), "flag"), values, db(c)),
  done: "flag",
});

workflowStep(nominationRoutes, "/nominations/:id{[0-9]+}/generate", page, { form: "generate", run: (c, values) => generateDossierDocument(actorOf(c), idOf(c), values, db(c)), done: "generated" });

nominationRoutes.post("/nominations/:id{[0-9]+}/documents", async (c) => {
  await assertMayAddDocument(actorOf(c), db(c), idOf(c)); // before the file is read
  const { values, files } = await readFileForm(c);
  return handleForm(
    values,
    () => addNominationDocument(actorOf(c), idOf(c), values, files.file?.find((f) => f.bytes.length > 0), db(c)),
    (form) => showNomination(c, { upload: form }, 422),
    () => c.redirect(`/nominations/${idOf(c)}?document=1`, 303),
  );
});

nominationRoutes.get("/nominations/:id{[0-9]+}/documents/:doc{[0-9]+}", async (c) => {
  const file = await nominationDocumentFile(actorOf(c), db(c), idOf(c), idFrom(c.req.param("doc"), "document"));
  return downloadResponse(c, { name: file.name, bytes: file.bytes, contentType: contentTypeOf(file.kind) });
});
