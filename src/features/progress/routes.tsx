import { Hono } from "hono";
import type { UploadedFile } from "../../platform/uploads";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { readFileForm } from "../../web/file-forms";
import { imageOrDownload } from "../../web/download";
import { idFrom } from "../../web/params";
import { noticeOf } from "../../web/workflow";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { assessCriterion, STAGES, type Stage } from "./assess-criterion";
import { newRequestKey } from "./checkin-input";
import { listActivities } from "./list-activities";
import { listAssessments } from "./list-assessments";
import { listCheckins } from "./list-checkins";
import { ActivitiesPage } from "./pages/activities";
import { CheckinsPage } from "./pages/checkins";
import { DashboardPage } from "./pages/dashboard";
import { ReviewsPage } from "./pages/reviews";
import { progressDashboard } from "./progress-dashboard";
import { readEvidence } from "./read-evidence";
import { assertMayRecordActivity, recordActivity } from "./record-activity";
import { assertMayReport, recordCheckin } from "./record-checkin";

export const progressRoutes = new Hono<AppEnv>();
progressRoutes.use("/movements/:id/*", requireUser);
progressRoutes.use("/evidence/*", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const movementId = (c: Ctx) => idFrom(c.req.param("id"), "movement");
const unitId = (c: Ctx) => idFrom(c.req.param("unitId"), "unit");

/** The text fields and every chosen file of a multipart form, whatever the input's name. */
async function readMultipart(c: Ctx): Promise<{ values: Record<string, string>; files: UploadedFile[] }> {
  const { values, files } = await readFileForm(c);
  return { values, files: Object.values(files).flat() };
}

progressRoutes.get("/movements/:id/progress", async (c) => {
  const d = await progressDashboard(c.get("actor")!, db(c), movementId(c));
  return c.html(<DashboardPage v={viewOf(c)} d={d} />);
});

// ---- check-ins (phone-first)

async function showCheckins(c: Ctx, form: FormState | null, status: 200 | 422 = 200) {
  const data = await listCheckins(c.get("actor")!, db(c), movementId(c), unitId(c));
  const chosen = Number(form?.values.criterionId ?? c.req.query("criterion") ?? 0) || null;
  // A fresh one-time key for each form shown; a form shown again keeps the key it was sent with.
  const state = form ?? emptyForm({ requestKey: newRequestKey() });
  const notice = noticeOf(c, { saved: "checkins.saved" });
  return c.html(<CheckinsPage v={viewOf(c)} data={data} form={state} criterionId={chosen} notice={notice} />, status);
}

progressRoutes.get("/movements/:id/checkins/:unitId", (c) => showCheckins(c, null));

progressRoutes.post("/movements/:id/checkins/:unitId", async (c) => {
  await assertMayReport(c.get("actor")!, db(c), movementId(c), unitId(c)); // before the files are read
  const { values, files } = await readMultipart(c);
  return handleForm(
    values,
    () => recordCheckin(c.get("actor")!, movementId(c), { ...values, unitId: c.req.param("unitId") }, db(c), files),
    (form) => showCheckins(c, form, 422),
    () => c.redirect(`/movements/${movementId(c)}/checkins/${unitId(c)}?saved=1`, 303),
  );
});

// Photos open in the page (thumbnails); other files download.
progressRoutes.get("/evidence/:id", async (c) => imageOrDownload(c, await readEvidence(c.get("actor")!, db(c), idFrom(c.req.param("id"), "evidence"))));

// ---- reviews (sơ kết, tổng kết)

const stageOf = (s: string | undefined): Stage => ((STAGES as readonly string[]).includes(s ?? "") ? (s as Stage) : "interim");

async function showReviews(c: Ctx, stage: Stage, form: FormState | null, status: 200 | 422 = 200) {
  const data = await listAssessments(c.get("actor")!, db(c), movementId(c), unitId(c), stage);
  const notice = noticeOf(c, { saved: "assessments.saved" });
  return c.html(<ReviewsPage v={viewOf(c)} data={data} form={form} notice={notice} />, status);
}

progressRoutes.get("/movements/:id/reviews/:unitId", (c) => showReviews(c, stageOf(c.req.query("stage")), null));

progressRoutes.post("/movements/:id/reviews/:unitId", async (c) => {
  const values = await readForm(c);
  const stage = stageOf(values.stage);
  return handleForm(
    values,
    () => assessCriterion(c.get("actor")!, movementId(c), { ...values, unitId: c.req.param("unitId") }, db(c)),
    (form) => showReviews(c, stage, form, 422),
    () => c.redirect(`/movements/${movementId(c)}/reviews/${unitId(c)}?stage=${stage}&saved=1`, 303),
  );
});

// ---- activities

async function showActivities(c: Ctx, form: FormState | null, status: 200 | 422 = 200) {
  const data = await listActivities(c.get("actor")!, db(c), movementId(c));
  const notice = noticeOf(c, { saved: "activities.saved" });
  return c.html(<ActivitiesPage v={viewOf(c)} data={data} form={form ?? emptyForm({ requestKey: newRequestKey() })} notice={notice} />, status);
}

progressRoutes.get("/movements/:id/activities", (c) => showActivities(c, null));

progressRoutes.post("/movements/:id/activities", async (c) => {
  await assertMayRecordActivity(c.get("actor")!, db(c), movementId(c)); // before the photos are read
  const { values, files } = await readMultipart(c);
  return handleForm(
    values,
    () => recordActivity(c.get("actor")!, movementId(c), values, db(c), files),
    (form) => showActivities(c, form, 422),
    () => c.redirect(`/movements/${movementId(c)}/activities?saved=1`, 303),
  );
});
