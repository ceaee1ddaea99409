import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { AssessInput, assessCriterion, STAGES, type Stage } from "./assess-criterion";
import { listActivities } from "./list-activities";
import { listAssessments } from "./list-assessments";
import { listCheckins } from "./list-checkins";
import { progressDashboard } from "./progress-dashboard";
import { recordActivity, RecordActivityInput } from "./record-activity";
import { recordCheckin, RecordCheckinInput } from "./record-checkin";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const movementId = (params: Record<string, string>) => idFrom(params.id, "movement");
const stageOf = (s: string | undefined): Stage => ((STAGES as readonly string[]).includes(s ?? "") ? (s as Stage) : "interim");

export const progressEndpoints: Endpoint[] = [
  {
    method: "get", path: "/movements/:id/progress", summary: "Progress dashboard: each participant's completion by criteria group, or for a parent movement one row per subordinate unit", tag: "progress",
    handle: ({ actor, c, params }) => progressDashboard(actor, db(c), movementId(params)),
  },
  {
    method: "get", path: "/movements/:id/checkins/:unitId", summary: "A participant's check-ins, newest first, with their evidence files", tag: "progress",
    handle: ({ actor, c, params }) => listCheckins(actor, db(c), movementId(params), idFrom(params.unitId, "unit")),
  },
  {
    method: "post", path: "/movements/:id/checkins", summary: "Report progress on a criterion (evidence files are attached on the page); the same requestKey twice stores one check-in", tag: "progress",
    body: RecordCheckinInput, status: 201,
    handle: ({ actor, c, params, body }) => recordCheckin(actor, movementId(params), body, db(c)),
  },
  {
    method: "get", path: "/movements/:id/assessments/:unitId", summary: "A participant's review sheet (stage=interim|final): self and unit assessments with their history", tag: "progress",
    handle: ({ actor, c, params, query }) => listAssessments(actor, db(c), movementId(params), idFrom(params.unitId, "unit"), stageOf(query.stage)),
  },
  {
    method: "post", path: "/movements/:id/assessments", summary: "Assess a criterion (side=self by the participant, side=unit by the movement's unit after the self-assessment); a change needs a reason", tag: "progress",
    body: AssessInput,
    handle: ({ actor, c, params, body }) => assessCriterion(actor, movementId(params), body, db(c)),
  },
  { method: "get", path: "/movements/:id/activities", summary: "Activities and events of a movement, newest first", tag: "progress", handle: ({ actor, c, params }) => listActivities(actor, db(c), movementId(params)) },
  {
    method: "post", path: "/movements/:id/activities", summary: "Record an activity (photos are attached on the page); the same requestKey twice stores one", tag: "progress",
    body: RecordActivityInput, status: 201,
    handle: ({ actor, c, params, body }) => recordActivity(actor, movementId(params), body, db(c)),
  },
];
