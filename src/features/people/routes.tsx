import { personPolicy } from "./policy";
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { readFileForm } from "../../web/file-forms";
import { downloadResponse } from "../../web/download";
import { idFrom } from "../../web/params";
import { noticeOf } from "../../web/workflow";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { addMembership } from "./add-membership";
import { createPerson } from "./create-person";
import { getPerson } from "./get-person";
import { factsForPersonPage } from "../eligibility/get-facts";
import { relativesForPersonPage } from "../relatives/list-relatives";
import { listPeople } from "./list-people";
import { manageableUnits } from "./manageable-units";
import { ImportPage } from "./pages/import";
import { PreviewPage } from "./pages/import-preview";
import { PeoplePage } from "./pages/list";
import { NewPersonPage } from "./pages/new-person";
import { PersonPage } from "./pages/person";
import { assertMayImportPeople, importPeople } from "./import-people";
import { peopleTemplate } from "./people-template";
import { readOwnFile, storeFile } from "../../platform/file-store";
import { contentTypeOf } from "../../platform/uploads";
import { fields, parseInput } from "../../platform/validation";
import { z } from "zod";

const UnitChoice = z.object({ unitId: fields.id("errors.choose_unit") });

export const peopleRoutes = new Hono<AppEnv>();
peopleRoutes.use("/people", requireUser);
peopleRoutes.use("/people/*", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;

peopleRoutes.get("/people", async (c) => {
  const actor = c.get("actor")!;
  const list = await listPeople(actor, db(c), c.req.query());
  const imported = c.req.query("imported");
  const notice = imported ? c.get("t")("people.imported", { n: imported }) : undefined;
  return c.html(<PeoplePage v={viewOf(c)} list={list} canCreate={personPolicy.manageSomewhere(actor)} notice={notice} />);
});

async function showNew(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const units = await manageableUnits(c.get("actor")!, db(c));
  return c.html(<NewPersonPage v={viewOf(c)} form={form} units={units} />, status);
}

peopleRoutes.get("/people/new", (c) => showNew(c, emptyForm({ unitId: c.req.query("unit") ?? "" })));

peopleRoutes.post("/people/new", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => createPerson(c.get("actor")!, values, db(c)),
    (form) => showNew(c, form, 422),
    (person) => c.redirect(`/people/${person.id}?created=1`, 303),
  );
});

async function showPerson(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const actor = c.get("actor")!;
  const profile = await getPerson(actor, db(c), idFrom(c.req.param("id"), "person"));
  const units = profile.canManage ? await manageableUnits(actor, db(c)) : [];
  // The eligibility facts: only for those who may see them; for anyone else, nothing at all.
  const facts = await factsForPersonPage(actor, db(c), profile.person.id);
  // Relatives (for recusal): only for those who see personal details.
  const relatives = await relativesForPersonPage(actor, profile.person.id, db(c));
  const notice = noticeOf(c, {
    created: "people.created", membership: "people.membership_added", fact: "eligibility.saved", removed: "eligibility.removed", ended: "eligibility.hold_ended_notice",
    relative_confirmed: "relatives.confirmed", relative_rejected: "relatives.rejected", relative_declared: "relatives.declared",
  });
  return c.html(<PersonPage v={viewOf(c)} profile={profile} membershipForm={form} units={units} notice={notice} facts={facts} relatives={relatives} />, status);
}

peopleRoutes.get("/people/template.xlsx", async (c) =>
  downloadResponse(c, { name: "mau-nhap-nguoi-dan.xlsx", bytes: await peopleTemplate(), contentType: contentTypeOf("xlsx") }),
);

async function showImport(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const units = await manageableUnits(c.get("actor")!, db(c));
  return c.html(<ImportPage v={viewOf(c)} form={form} units={units} />, status);
}

peopleRoutes.get("/people/import", (c) => {
  assertMayImportPeople(c.get("actor")!);
  return showImport(c, emptyForm({ unitId: c.req.query("unit") ?? "" }));
});

peopleRoutes.post("/people/import", async (c) => {
  const actor = c.get("actor")!;
  assertMayImportPeople(actor); // before the spreadsheet is read
  const form = await readFileForm(c);
  const values = { unitId: form.values.unitId ?? "" };
  const file = form.files.file?.[0];
  if (!file || file.bytes.length === 0) return showImport(c, { values, errors: { file: { key: "errors.choose_file" } } }, 422);
  return handleForm(
    values,
    async () => {
      const unitId = parseInput(UnitChoice, values).unitId;
      const preview = await importPeople(actor, db(c), { file, unitId, commit: false });
      // Kept until confirmed, so the confirmation imports exactly the file previewed.
      const fileId = await storeFile(db(c), actor, { ...file, kind: "xlsx" });
      return { preview, fileId };
    },
    (form) => showImport(c, form, 422),
    ({ preview, fileId }) => c.html(<PreviewPage v={viewOf(c)} preview={preview} fileId={fileId} />, preview.problems.length ? 422 : 200),
  );
});

peopleRoutes.post("/people/import/confirm", async (c) => {
  const values = await readForm(c);
  const actor = c.get("actor")!;
  const { unitId } = parseInput(UnitChoice, values);
  const file = await readOwnFile(db(c), actor, values.fileId ?? "");
  // Rows flagged as likely recorded already that the official chose to add anyway.
  const addAnyway = Object.keys(values).flatMap((k) => (/^addAnyway\.(\d{1,6})$/.exec(k) ? [Number(k.slice("addAnyway.".length))] : []));
  const preview = await importPeople(actor, db(c), { file, unitId, commit: true, addAnyway });
  if (!preview.committed) return c.html(<PreviewPage v={viewOf(c)} preview={preview} fileId={values.fileId!} />, 422);
  return c.redirect(`/people?unit=${unitId}&imported=${preview.toCreate}`, 303);
});

peopleRoutes.get("/people/:id{[0-9]+}", (c) => showPerson(c, emptyForm()));

peopleRoutes.post("/people/:id{[0-9]+}/memberships", async (c) => {
  const values = await readForm(c);
  const personId = idFrom(c.req.param("id"), "person");
  return handleForm(
    values,
    () => addMembership(c.get("actor")!, personId, values, db(c)),
    (form) => showPerson(c, form, 422),
    () => c.redirect(`/people/${personId}?membership=1`, 303),
  );
});
