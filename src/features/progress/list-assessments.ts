// A participant's review sheet for one stage: each criterion with its latest check-in, the
// self-assessment, the unit's assessment and the history of changes.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { assessmentChanges, assessments, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import type { Stage } from "./assess-criterion";
import { criteriaOf, findVisibleMovement } from "./find-movement";
import { progressPolicy } from "./policy";
import { latestCheckins } from "./progress-dashboard";

export async function listAssessments(actor: Actor, db: DbOrTx, movementId: number, unitId: number, stage: Stage) {
  const movement = await findVisibleMovement(actor, db, movementId);
  const participant = movement.participants.find((p) => p.unitId === unitId);
  if (!participant || !progressPolicy.viewParticipant(actor, { path: movement.unitPath }, participant)) throw new NotFound("participant");
  const [criteria, rows, latest] = await Promise.all([
    criteriaOf(db, movement.id),
    db.select().from(assessments).where(and(eq(assessments.movementId, movement.id), eq(assessments.unitId, unitId), eq(assessments.stage, stage))),
    latestCheckins(db, movement.id, [unitId]),
  ]);
  const changes = rows.length
    ? await db
        .select({ assessmentId: assessmentChanges.assessmentId, side: assessmentChanges.side, oldValue: assessmentChanges.oldValue, newValue: assessmentChanges.newValue, reason: assessmentChanges.reason, changedAt: assessmentChanges.changedAt, changedBy: users.fullName })
        .from(assessmentChanges)
        .leftJoin(users, eq(users.id, assessmentChanges.changedBy))
        .where(inArray(assessmentChanges.assessmentId, rows.map((r) => r.id)))
        .orderBy(asc(assessmentChanges.changedAt), asc(assessmentChanges.id))
    : [];
  return {
    movement,
    participant,
    stage,
    canSelf: movement.status !== "draft" && progressPolicy.participate(actor, participant),
    canUnit: movement.status !== "draft" && progressPolicy.assessAsUnit(actor, { path: movement.unitPath }),
    criteria: criteria
      .filter((c) => c.appliesTo === null || c.appliesTo === participant.kind)
      .map((c) => {
        const a = rows.find((r) => r.criterionId === c.id) ?? null;
        return { criterion: c, latest: latest.find((l) => l.criterionId === c.id) ?? null, assessment: a, changes: a ? changes.filter((ch) => ch.assessmentId === a.id) : [] };
      }),
  };
}
