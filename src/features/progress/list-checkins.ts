// A participant's check-ins in a movement, newest first, with their evidence.
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { checkins, criteria, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { evidenceOf } from "./evidence";
import { criteriaOf, findVisibleMovement } from "./find-movement";
import { progressPolicy } from "./policy";

export async function listCheckins(actor: Actor, db: DbOrTx, movementId: number, unitId: number) {
  const movement = await findVisibleMovement(actor, db, movementId);
  const participant = movement.participants.find((p) => p.unitId === unitId);
  if (!participant || !progressPolicy.viewParticipant(actor, { path: movement.unitPath }, participant)) throw new NotFound("participant");
  const rows = await db
    .select({
      id: checkins.id, criterionId: checkins.criterionId, criterionName: criteria.name, measure: criteria.measure, unitLabel: criteria.unitLabel,
      reportedOn: checkins.reportedOn, status: checkins.status, value: checkins.value, narrative: checkins.narrative,
      createdAt: checkins.createdAt, createdBy: users.fullName,
    })
    .from(checkins)
    .innerJoin(criteria, eq(criteria.id, checkins.criterionId))
    .leftJoin(users, eq(users.id, checkins.createdBy))
    .where(and(eq(checkins.movementId, movement.id), eq(checkins.unitId, participant.unitId)))
    .orderBy(desc(checkins.reportedOn), desc(checkins.id))
    .limit(500);
  const files = await evidenceOf(db, "checkin", rows.map((r) => r.id));
  const list = rows.map((r) => ({ ...r, evidence: files.filter((f) => f.checkinId === r.id).map(({ id, name, kind, width, height, sha256 }) => ({ id, name, kind, width, height, sha256 })) }));
  const allCriteria = await criteriaOf(db, movement.id);
  return {
    movement,
    participant,
    criteria: allCriteria.filter((c) => c.appliesTo === null || c.appliesTo === participant.kind),
    checkins: list,
    canReport: movement.status === "launched" && progressPolicy.participate(actor, participant),
  };
}
