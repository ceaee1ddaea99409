import { documentPolicy } from "./policy";
import { Hono } from "hono";
import { z } from "zod";
import type { PlanContent } from "../../domain/plans/plan-content";
import { ValidationError } from "../../platform/errors";
import { contentTypeOf } from "../../platform/uploads";
import { fields, parseInput } from "../../platform/validation";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { downloadResponse } from "../../web/download";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf, workflowStep, type RecordPage } from "../../web/workflow";
import { commentDocument } from "./comment-document";
import { compareVersions } from "./compare-versions";
import { copyPlan } from "./copy-plan";
import { createPlan } from "./create-plan";
import { documentFile, type DocumentFormat } from "./document-file";
import { planFormValues as formToInput, type HeaderSettings } from "./document-input";
import { registerWorkbook } from "./export-register";
import { copyablePlans, draftingUnits } from "./form-choices";
import { getPlanForEditing } from "./get-plan-for-editing";
import { getDocument } from "./get-document";
import { listInbox } from "./inbox";
import { issueDocument } from "./issue-document";
import { documentRegister, listDocuments } from "./list-documents";
import { ComparePage } from "./pages/compare";
import { DocumentPage, type ActionForms } from "./pages/document";
import { EditPlanPage, planFormValues } from "./pages/edit-plan";
import { InboxPage } from "./pages/inbox";
import { DocumentsPage } from "./pages/list";
import { NewPlanPage } from "./pages/new-plan";
import { RegisterPage } from "./pages/register";
import { SigningPage } from "./pages/signing";
import { grantSigningAuthority, listSigningAuthorities, revokeSigningAuthority } from "./signing-authorisations";
import { PLAN_TEMPLATE } from "./plan-template";
import { returnDocument } from "./return-document";
import { submitDocument } from "./submit-document";
import { updatePlan } from "./update-plan";

export const documentRoutes = new Hono<AppEnv>();
for (const path of ["/documents", "/documents/*", "/inbox"]) documentRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const documentIdOf = (c: Ctx) => idFrom(c.req.param("id"), "document");

documentRoutes.get("/documents", async (c) => {
  const actor = actorOf(c);
  const list = await listDocuments(actor, db(c), c.req.query());
  return c.html(<DocumentsPage v={viewOf(c)} list={list} canDraft={documentPolicy.draftSomewhere(actor)} />);
});

// ---- a new plan: choose the unit and where to start, then write it on the edit page

async function showNew(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const actor = actorOf(c);
  const [units, plans] = await Promise.all([draftingUnits(actor, db(c)), copyablePlans(actor, db(c))]);
  return c.html(<NewPlanPage v={viewOf(c)} form={form} units={units} plans={plans} />, status);
}

documentRoutes.get("/documents/new", (c) => showNew(c, emptyForm({ copyOf: c.req.query("copy") ?? "", start: c.req.query("copy") ? "copy" : "" })));

const NewPlanChoice = z.object({
  start: z.enum(["template", "blank", "copy"]).default("template"),
  copyOf: z.preprocess((v) => (v === "" ? undefined : v), fields.id().optional()),
});

documentRoutes.post("/documents/new", async (c) => {
  const values = await readForm(c);
  const actor = actorOf(c);
  return handleForm(
    values,
    async () => {
      const { start, copyOf } = parseInput(NewPlanChoice, values);
      if (start === "copy") {
        if (!copyOf) throw ValidationError.field("copyOf", "errors.choose_plan");
        return copyPlan(actor, db(c), copyOf);
      }
      const content = start === "template" ? { ...PLAN_TEMPLATE, summary: values.summary?.trim() || PLAN_TEMPLATE.summary } : { summary: values.summary ?? "" };
      return createPlan(actor, { ...content, unitId: values.unitId }, db(c));
    },
    (form) => showNew(c, form, 422),
    (doc) => c.redirect(`/documents/${doc.id}/edit`, 303),
  );
});

// ---- editing a draft

async function showEdit(c: Ctx, id: number, form: FormState | null, status: 200 | 422 = 200) {
  const actor = actorOf(c);
  const { doc, choices, recipients: stored, basisIds } = await getPlanForEditing(actor, db(c), id);
  const values = form?.values ?? {
    ...planFormValues(doc.content as PlanContent, doc.header as HeaderSettings, doc.version),
    outsideRecipients: stored.filter((r) => !r.unitId).map((r) => r.label).join("\n"),
  };
  const chosen = new Map(stored.filter((r) => r.unitId).map((r) => [r.unitId!, r.label]));
  const recipients = choices.recipientUnits.map((u) => ({
    unitId: u.id,
    label: chosen.get(u.id) ?? u.name,
    checked: form ? values[`recipient.${u.id}`] === "on" : chosen.has(u.id),
  }));
  const basis = new Set(form ? Object.keys(values).flatMap((k) => (/^basis\.\d+$/.test(k) ? [Number(k.slice(6))] : [])) : basisIds);
  return c.html(<EditPlanPage v={viewOf(c)} id={id} form={form ?? emptyForm(values)} choices={choices} recipients={recipients} basis={basis} />, status);
}

documentRoutes.get("/documents/:id/edit", (c) => showEdit(c, documentIdOf(c), null));

documentRoutes.post("/documents/:id/edit", async (c) => {
  const id = documentIdOf(c);
  const values = await readForm(c);
  return handleForm(
    values,
    () => updatePlan(actorOf(c), id, formToInput(values), db(c)),
    (form) => showEdit(c, id, form, 422),
    () => c.redirect(`/documents/${id}?saved=1`, 303),
  );
});

// ---- reading, workflow and comments

const NOTICES = { saved: "documents.saved", submitted: "documents.submitted", returned: "documents.returned", issued: "documents.issued", commented: "documents.commented", copied: "documents.copied" } as const;

async function showDocument(c: Ctx, id: number, forms: Partial<ActionForms> = {}, status: 200 | 422 = 200) {
  const data = await getDocument(actorOf(c), db(c), id);
  const all: ActionForms = { comment: emptyForm(), return: emptyForm(), issue: emptyForm(), submit: emptyForm(), ...forms };
  return c.html(<DocumentPage v={viewOf(c)} data={data} forms={all} notice={noticeOf(c, NOTICES)} />, status);
}

documentRoutes.get("/documents/:id{[0-9]+}", (c) => showDocument(c, documentIdOf(c)));

const documentPage: RecordPage<keyof ActionForms> = {
  address: (c) => `/documents/${documentIdOf(c)}`,
  showAgain: (c, forms) => showDocument(c, documentIdOf(c), forms, 422),
};

workflowStep(documentRoutes, "/documents/:id/submit", documentPage, { form: "submit", run: (c) => submitDocument(actorOf(c), documentIdOf(c), db(c)), done: "submitted" });
workflowStep(documentRoutes, "/documents/:id/return", documentPage, { form: "return", run: (c, values) => returnDocument(actorOf(c), documentIdOf(c), values, db(c)), done: "returned" });
workflowStep(documentRoutes, "/documents/:id/issue", documentPage, {
  form: "issue",
  run: (c, values) => issueDocument(actorOf(c), documentIdOf(c), values, db(c), { baseUrl: c.get("deps").config.baseUrl }),
  done: "issued",
});
workflowStep(documentRoutes, "/documents/:id/comments", documentPage, { form: "comment", run: (c, values) => commentDocument(actorOf(c), documentIdOf(c), values, db(c)), done: "commented" });

documentRoutes.post("/documents/:id/copy", async (c) => {
  const copy = await copyPlan(actorOf(c), db(c), documentIdOf(c));
  return c.redirect(`/documents/${copy.id}/edit`, 303);
});

documentRoutes.post("/documents/:id/correct", async (c) => {
  const draft = await copyPlan(actorOf(c), db(c), documentIdOf(c), { corrects: true });
  return c.redirect(`/documents/${draft.id}/edit`, 303);
});

documentRoutes.get("/documents/:id/compare", async (c) => {
  const diff = await compareVersions(actorOf(c), db(c), documentIdOf(c), c.req.query());
  return c.html(<ComparePage v={viewOf(c)} diff={diff} />);
});

for (const format of ["docx", "pdf"] as const satisfies DocumentFormat[]) {
  documentRoutes.get(`/documents/:id/file.${format}`, async (c) => downloadResponse(c, await documentFile(actorOf(c), db(c), documentIdOf(c), format)));
}

// ---- the register and the inbox

documentRoutes.get("/documents/register", async (c) => {
  const actor = actorOf(c);
  const units = await draftingUnits(actor, db(c));
  const unit = c.req.query("unit") ?? (units[0] ? String(units[0].id) : undefined);
  const register = unit ? await documentRegister(actor, db(c), { unit, year: c.req.query("year") || undefined }) : null;
  return c.html(<RegisterPage v={viewOf(c)} register={register} units={units} />);
});

documentRoutes.get("/documents/register.xlsx", async (c) => {
  const register = await documentRegister(actorOf(c), db(c), c.req.query());
  return downloadResponse(c, {
    name: `so-van-ban-di-${register.year}.xlsx`,
    bytes: await registerWorkbook(register),
    contentType: contentTypeOf("xlsx"),
  });
});

// ---- written authorisations to sign (TL., TUQ.)

async function showSigning(c: Ctx, unitValue: string | undefined, form: FormState, status: 200 | 422 = 200) {
  const actor = actorOf(c);
  const units = await draftingUnits(actor, db(c));
  const unitId = unitValue ? idFrom(unitValue, "unit") : units[0]?.id;
  const data = unitId ? await listSigningAuthorities(actor, db(c), unitId) : null;
  return c.html(<SigningPage v={viewOf(c)} data={data} units={units} form={form} />, status);
}

documentRoutes.get("/documents/signing", (c) => showSigning(c, c.req.query("unit"), emptyForm({ form: "TL" })));

documentRoutes.post("/documents/signing", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => grantSigningAuthority(actorOf(c), values, db(c)),
    (form) => showSigning(c, values.unitId, form, 422),
    (row) => c.redirect(`/documents/signing?unit=${row.unitId}`, 303),
  );
});

documentRoutes.post("/documents/signing/:id/revoke", async (c) => {
  const row = await revokeSigningAuthority(actorOf(c), idFrom(c.req.param("id"), "signing_authorisation"), db(c));
  return c.redirect(`/documents/signing?unit=${row.unitId}`, 303);
});

documentRoutes.get("/inbox", async (c) => c.html(<InboxPage v={viewOf(c)} items={await listInbox(actorOf(c), db(c))} />));
