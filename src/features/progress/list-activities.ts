import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { activities, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { evidenceOf } from "./evidence";
import { findVisibleMovement } from "./find-movement";
import { activityUnits } from "./record-activity";

/** A movement's activities, newest first, with their photos. */
export async function listActivities(actor: Actor, db: DbOrTx, movementId: number) {
  const movement = await findVisibleMovement(actor, db, movementId);
  const rows = await db
    .select({
      id: activities.id, title: activities.title, kind: activities.kind, happenedOn: activities.happenedOn, place: activities.place,
      participants: activities.participants, description: activities.description, unitId: activities.unitId, unitName: units.name, createdAt: activities.createdAt,
    })
    .from(activities)
    .innerJoin(units, eq(units.id, activities.unitId))
    .where(eq(activities.movementId, movement.id))
    .orderBy(desc(activities.happenedOn), desc(activities.id))
    .limit(500);
  const files = await evidenceOf(db, "activity", rows.map((r) => r.id));
  return {
    movement,
    units: movement.status === "draft" ? [] : activityUnits(actor, movement),
    activities: rows.map((r) => ({ ...r, evidence: files.filter((f) => f.activityId === r.id).map(({ id, name, kind, width, height }) => ({ id, name, kind, width, height })) })),
  };
}
