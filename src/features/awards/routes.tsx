import { Hono } from "hono";
import { z } from "zod";
import type { RecipientKind } from "../../domain/catalogue/entries";
import { readOwnFile, storeFile } from "../../platform/file-store";
import { contentTypeOf } from "../../platform/uploads";
import { fields, parseInput } from "../../platform/validation";
import type { AppEnv, Ctx } from "../../web/context";
import { downloadResponse } from "../../web/download";
import { readFileForm } from "../../web/file-forms";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf } from "../../web/workflow";
import { awardsTemplate } from "./awards-template";
import { correctAward } from "./correct-award";
import { awardFormChoices } from "./form-choices";
import { getAward } from "./get-award";
import { assertMayImportAwards, importAwards } from "./import-awards";
import { awardImportUnits } from "./import-units";
import { listAwards } from "./list-awards";
import { AwardPage } from "./pages/award";
import { CorrectAwardPage, NewAwardPage } from "./pages/award-form";
import { RecipientAwardsPage } from "./pages/history";
import { AwardImportPage } from "./pages/import";
import { AwardPreviewPage } from "./pages/import-preview";
import { AwardsPage } from "./pages/list";
import { recipientAwards } from "./recipient-awards";
import { recordAward } from "./record-award";
import { removeAward } from "./remove-award";

const UnitChoice = z.object({ unitId: fields.id("errors.choose_unit") });

export const awardRoutes = new Hono<AppEnv>();
for (const path of ["/awards", "/awards/*", "/people/:id/awards", "/households/*", "/collectives/*", "/units/:id/awards"]) awardRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;

awardRoutes.get("/awards", async (c) => {
  const list = await listAwards(c.get("actor")!, db(c), c.req.query());
  const imported = c.req.query("imported");
  const notice = imported ? c.get("t")("awards.imported", { n: imported }) : c.req.query("removed") ? c.get("t")("awards.removed") : undefined;
  return c.html(<AwardsPage v={viewOf(c)} list={list} notice={notice} />);
});

async function showNew(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const choices = await awardFormChoices(c.get("actor")!, db(c), { kind: form.values.recipientKind ?? c.req.query("kind"), id: form.values.recipientId ?? c.req.query("id") });
  return c.html(<NewAwardPage v={viewOf(c)} form={form} recipient={choices.recipient} forms={choices.forms} kinds={choices.kinds} />, status);
}

awardRoutes.get("/awards/new", (c) => showNew(c, emptyForm({ commendationKind: "cong_trang" })));

awardRoutes.post("/awards/new", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => recordAward(c.get("actor")!, values, db(c)),
    (form) => showNew(c, form, 422),
    (award) => c.redirect(`/awards/${award.id}?recorded=1`, 303),
  );
});

awardRoutes.get("/awards/import/template", async (c) => {
  assertMayImportAwards(c.get("actor")!);
  return downloadResponse(c, { name: "mau-nhap-khen-thuong.xlsx", bytes: await awardsTemplate(db(c)), contentType: contentTypeOf("xlsx") });
});

async function showImport(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const units = await awardImportUnits(c.get("actor")!, db(c));
  return c.html(<AwardImportPage v={viewOf(c)} form={form} units={units} />, status);
}

awardRoutes.get("/awards/import", (c) => showImport(c, emptyForm({ unitId: c.req.query("unit") ?? "" })));

awardRoutes.post("/awards/import", async (c) => {
  const actor = c.get("actor")!;
  assertMayImportAwards(actor); // before the spreadsheet is read
  const form = await readFileForm(c);
  const values = { unitId: form.values.unitId ?? "" };
  const file = form.files.file?.[0];
  if (!file || file.bytes.length === 0) return showImport(c, { values, errors: { file: { key: "errors.choose_file" } } }, 422);
  return handleForm(
    values,
    async () => {
      const unitId = parseInput(UnitChoice, values).unitId;
      const preview = await importAwards(actor, db(c), { file, unitId, commit: false });
      // Kept until confirmed, so the confirmation imports exactly the file previewed.
      const fileId = await storeFile(db(c), actor, { ...file, kind: "xlsx" });
      return { preview, fileId };
    },
    (form) => showImport(c, form, 422),
    ({ preview, fileId }) => c.html(<AwardPreviewPage v={viewOf(c)} preview={preview} fileId={fileId} />, preview.problems.length ? 422 : 200),
  );
});

awardRoutes.post("/awards/import/confirm", async (c) => {
  const values = await readForm(c);
  const actor = c.get("actor")!;
  assertMayImportAwards(actor);
  const { unitId } = parseInput(UnitChoice, values);
  const file = await readOwnFile(db(c), actor, values.fileId ?? "");
  return handleForm(
    values,
    () => importAwards(actor, db(c), { file, unitId, commit: true }),
    (form) => showImport(c, { values: { unitId: String(unitId) }, errors: form.errors }, 422),
    (preview) => (preview.committed ? c.redirect(`/awards?unit=${unitId}&imported=${preview.toCreate}`, 303) : c.html(<AwardPreviewPage v={viewOf(c)} preview={preview} fileId={values.fileId!} />, 422)),
  );
});

async function showAward(c: Ctx, removeForm: FormState = emptyForm(), status: 200 | 422 = 200) {
  const detail = await getAward(c.get("actor")!, db(c), idFrom(c.req.param("id"), "award"));
  const notice = noticeOf(c, { recorded: "awards.recorded", corrected: "awards.corrected" });
  return c.html(<AwardPage v={viewOf(c)} detail={detail} removeForm={removeForm} notice={notice} />, status);
}

awardRoutes.get("/awards/:id{[0-9]+}", (c) => showAward(c));

async function showCorrect(c: Ctx, form: FormState | null, status: 200 | 422 = 200) {
  const detail = await getAward(c.get("actor")!, db(c), idFrom(c.req.param("id"), "award"));
  if (!detail.canCorrect) return showAward(c, { values: {}, errors: { _form: { key: "errors.award_decided_fixed" } } }, 422);
  const a = detail.award;
  const values = form ?? {
    values: {
      formCode: a.formCode,
      year: a.year ? String(a.year) : "",
      periodFrom: a.periodFrom ?? "",
      periodTo: a.periodTo ?? "",
      commendationKind: a.commendationKind,
      decidingBody: a.decidingBody,
      decisionNumber: a.decisionNumber,
      decisionDate: a.decisionDate,
      achievement: a.achievement,
    },
    errors: {},
  };
  const choices = await awardFormChoices(c.get("actor")!, db(c), {});
  return c.html(<CorrectAwardPage v={viewOf(c)} form={values} awardId={a.id} recipientName={a.recipientName} forms={choices.forms} kinds={choices.kinds} />, status);
}

awardRoutes.get("/awards/:id{[0-9]+}/edit", (c) => showCorrect(c, null));

awardRoutes.post("/awards/:id{[0-9]+}/edit", async (c) => {
  const values = await readForm(c);
  const id = idFrom(c.req.param("id"), "award");
  return handleForm(
    values,
    () => correctAward(c.get("actor")!, id, values, db(c)),
    (form) => showCorrect(c, form, 422),
    () => c.redirect(`/awards/${id}?corrected=1`, 303),
  );
});

awardRoutes.post("/awards/:id{[0-9]+}/remove", async (c) => {
  const values = await readForm(c);
  const id = idFrom(c.req.param("id"), "award");
  return handleForm(
    values,
    () => removeAward(c.get("actor")!, id, values, db(c)),
    (form) => showAward(c, form, 422),
    () => c.redirect("/awards?removed=1", 303),
  );
});

const HISTORY: [string, RecipientKind, string][] = [
  ["/people/:id{[0-9]+}/awards", "person", "person"],
  ["/households/:id{[0-9]+}/awards", "household", "household"],
  ["/collectives/:id{[0-9]+}/awards", "collective", "collective"],
  ["/units/:id{[0-9]+}/awards", "unit", "unit"],
];
for (const [path, kind, entity] of HISTORY) {
  awardRoutes.get(path, async (c) => {
    const history = await recipientAwards(c.get("actor")!, db(c), kind, idFrom(c.req.param("id"), entity));
    return c.html(<RecipientAwardsPage v={viewOf(c)} history={history} />);
  });
}
