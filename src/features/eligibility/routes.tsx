// Pages of the facts eligibility reads: a form per fact under the person's address, ending a
// hold, removing a wrong entry, and the import of yearly assessments.
import { Hono } from "hono";
import { z } from "zod";
import { readOwnFile, storeFile } from "../../platform/file-store";
import { contentTypeOf } from "../../platform/uploads";
import { fields, parseInput } from "../../platform/validation";
import type { AppEnv, Ctx } from "../../web/context";
import { downloadResponse } from "../../web/download";
import { readFileForm } from "../../web/file-forms";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { assessmentTemplate } from "./assessment-template";
import { endHold } from "./end-hold";
import { assessmentForEditing, factFormPerson, factToRemove, holdToEnd } from "./get-fact";
import { assertMayImportAssessments, importAssessments } from "./import-assessments";
import { importableUnits } from "./importable-units";
import { AssessmentFormPage } from "./pages/assessment-form";
import { DisciplineFormPage } from "./pages/discipline-form";
import { EndHoldPage } from "./pages/end-hold-form";
import { HoldFormPage } from "./pages/hold-form";
import { AssessmentImportPage } from "./pages/import";
import { AssessmentPreviewPage } from "./pages/import-preview";
import { InitiativeFormPage } from "./pages/initiative-form";
import { RemoveFactPage } from "./pages/remove-fact-form";
import { recordAssessment } from "./record-assessment";
import { recordDiscipline } from "./record-discipline";
import { recordHold } from "./record-hold";
import { recordInitiative } from "./record-initiative";
import { removeFact } from "./remove-fact";

export const eligibilityRoutes = new Hono<AppEnv>();
eligibilityRoutes.use("/people/:id{[0-9]+}/facts/*", requireUser);
eligibilityRoutes.use("/eligibility/*", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const personIdOf = (c: Ctx) => idFrom(c.req.param("id"), "person");
const backToPerson = (c: Ctx, flag: string) => c.redirect(`/people/${personIdOf(c)}?${flag}=1#eligibility-facts`, 303);

type FormPage = (props: { v: ReturnType<typeof viewOf>; person: { id: number; fullName: string }; form: FormState }) => ReturnType<typeof DisciplineFormPage>;

/** A fact recorded from its own form: GET shows it, POST records it and goes back to the person. */
function factForm(path: string, Page: FormPage, record: (actor: NonNullable<AppEnv["Variables"]["actor"]>, personId: number, values: Record<string, string>, database: ReturnType<typeof db>) => Promise<unknown>) {
  const show = async (c: Ctx, form: FormState, status: 200 | 422 = 200) => {
    const person = await factFormPerson(c.get("actor")!, db(c), personIdOf(c));
    return c.html(<Page v={viewOf(c)} person={person} form={form} />, status);
  };
  eligibilityRoutes.get(`/people/:id{[0-9]+}/facts/${path}`, (c) => show(c, emptyForm()));
  eligibilityRoutes.post(`/people/:id{[0-9]+}/facts/${path}`, async (c) => {
    const values = await readForm(c);
    return handleForm(
      values,
      () => record(c.get("actor")!, personIdOf(c), values, db(c)),
      (form) => show(c, form, 422),
      () => backToPerson(c, "fact"),
    );
  });
}

factForm("discipline", DisciplineFormPage, recordDiscipline);
factForm("hold", HoldFormPage, recordHold);
factForm("initiative", InitiativeFormPage, recordInitiative);

// The assessment form opens on a year's recorded rating when asked (?year=2023), to change it.
async function showAssessment(c: Ctx, form: FormState | null, status: 200 | 422 = 200) {
  const { person, values } = await assessmentForEditing(c.get("actor")!, db(c), personIdOf(c), c.req.query("year"));
  return c.html(<AssessmentFormPage v={viewOf(c)} person={person} form={form ?? emptyForm(values)} />, status);
}
eligibilityRoutes.get("/people/:id{[0-9]+}/facts/assessment", (c) => showAssessment(c, null));
eligibilityRoutes.post("/people/:id{[0-9]+}/facts/assessment", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => recordAssessment(c.get("actor")!, personIdOf(c), values, db(c)),
    (form) => showAssessment(c, form, 422),
    () => backToPerson(c, "fact"),
  );
});

async function showEndHold(c: Ctx, form: FormState | null, holdId: string | undefined, status: 200 | 422 = 200) {
  const { person, values } = await holdToEnd(c.get("actor")!, db(c), personIdOf(c), holdId);
  return c.html(<EndHoldPage v={viewOf(c)} person={person} form={form ?? emptyForm(values)} />, status);
}
eligibilityRoutes.get("/people/:id{[0-9]+}/facts/end-hold", (c) => showEndHold(c, null, c.req.query("hold")));
eligibilityRoutes.post("/people/:id{[0-9]+}/facts/end-hold", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => endHold(c.get("actor")!, personIdOf(c), values, db(c)),
    (form) => showEndHold(c, form, values.holdId, 422),
    () => backToPerson(c, "ended"),
  );
});

async function showRemove(c: Ctx, form: FormState | null, kind: string | undefined, factId: string | undefined, status: 200 | 422 = 200) {
  const { person, fact, values } = await factToRemove(c.get("actor")!, db(c), personIdOf(c), kind, factId);
  return c.html(<RemoveFactPage v={viewOf(c)} person={person} fact={fact} form={form ?? emptyForm(values)} />, status);
}
eligibilityRoutes.get("/people/:id{[0-9]+}/facts/remove", (c) => showRemove(c, null, c.req.query("kind"), c.req.query("fact")));
eligibilityRoutes.post("/people/:id{[0-9]+}/facts/remove", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => removeFact(c.get("actor")!, personIdOf(c), values, db(c)),
    (form) => showRemove(c, form, values.kind, values.factId, 422),
    () => backToPerson(c, "removed"),
  );
});

// ---- the import of yearly assessments ------------------------------------------

const UnitChoice = z.object({ unitId: fields.id("errors.choose_unit") });

eligibilityRoutes.get("/eligibility/assessments/template.xlsx", async (c) => {
  assertMayImportAssessments(c.get("actor")!);
  return downloadResponse(c, { name: "mau-nhap-xep-loai.xlsx", bytes: await assessmentTemplate(), contentType: contentTypeOf("xlsx") });
});

async function showImport(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const units = await importableUnits(c.get("actor")!, db(c));
  const [added, changed] = [c.req.query("added"), c.req.query("changed")];
  const notice = added !== undefined ? c.get("t")("eligibility.imported", { n: added, m: changed ?? "0" }) : undefined;
  return c.html(<AssessmentImportPage v={viewOf(c)} form={form} units={units} notice={notice} />, status);
}

eligibilityRoutes.get("/eligibility/assessments/import", (c) => {
  assertMayImportAssessments(c.get("actor")!);
  return showImport(c, emptyForm({ unitId: c.req.query("unit") ?? "" }));
});

eligibilityRoutes.post("/eligibility/assessments/import", async (c) => {
  const actor = c.get("actor")!;
  assertMayImportAssessments(actor); // before the spreadsheet is read
  const form = await readFileForm(c);
  const values = { unitId: form.values.unitId ?? "" };
  const file = form.files.file?.[0];
  if (!file || file.bytes.length === 0) return showImport(c, { values, errors: { file: { key: "errors.choose_file" } } }, 422);
  return handleForm(
    values,
    async () => {
      const unitId = parseInput(UnitChoice, values).unitId;
      const preview = await importAssessments(actor, db(c), { file, unitId, commit: false });
      // Kept until confirmed, so that the confirmation imports exactly the file previewed.
      const fileId = await storeFile(db(c), actor, { ...file, kind: "xlsx" });
      return { preview, fileId };
    },
    (form) => showImport(c, form, 422),
    ({ preview, fileId }) => c.html(<AssessmentPreviewPage v={viewOf(c)} preview={preview} fileId={fileId} />, preview.problems.length ? 422 : 200),
  );
});

eligibilityRoutes.post("/eligibility/assessments/import/confirm", async (c) => {
  const values = await readForm(c);
  const actor = c.get("actor")!;
  assertMayImportAssessments(actor);
  const { unitId } = parseInput(UnitChoice, values);
  const file = await readOwnFile(db(c), actor, values.fileId ?? "");
  return handleForm(
    values,
    () => importAssessments(actor, db(c), { file, unitId, commit: true }),
    (form) => showImport(c, { values: { unitId: String(unitId) }, errors: form.errors }, 422),
    (preview) =>
      preview.committed || preview.problems.length === 0
        ? c.redirect(`/eligibility/assessments/import?unit=${unitId}&added=${preview.toAdd}&changed=${preview.toChange}`, 303)
        : c.html(<AssessmentPreviewPage v={viewOf(c)} preview={preview} fileId={values.fileId!} />, 422),
  );
});
